/**
 * Realistic models of the five counter documents, built by shared/documents from the
 * bundled catalog (fixtures of its own tests), with the applicant's name as a
 * parameter so that rare characters (䶮 in Ext-A, 𠇔 outside the BMP) can be printed.
 * Every person and number is invented; identity numbers are synthetic.
 */
import {
  buildAcceptanceNotice,
  buildHandoverReceipt,
  buildMaterialReceipt,
  buildRejectionNotice,
  buildSupplementNotice,
  standardRemedies,
} from '../../../../shared/documents';
import type { CounterCase, CounterDocument, DocumentKind, HandoverCase, MaterialIntake } from '../../../../shared/documents';
import { APPLICANT_ID, allProvided, authority, clerk, expectOk, moveInCase, moveInChecklist, person } from '../documents/fixtures';

export const SAMPLE_NAMES = { plain: '周明远', extA: '刘䶮', extB: '张𠇔' } as const;

/** The supplement case: one material missing, one handed over unsigned, the rest provided. */
export const SUPPLEMENT_GAPS = {
  missing: 'host-consent',
  nonconforming: 'move-in-application',
} as const;

export function supplementCase(name: string): CounterCase {
  return moveInCase({
    applicant: { ...person, name },
    materials: allProvided(moveInChecklist(), {
      [SUPPLEMENT_GAPS.missing]: { kind: 'missing' },
      [SUPPLEMENT_GAPS.nonconforming]: { kind: 'nonconforming', problem: '申请人未在申请表上签字', originals: 1, copies: 0 },
    }),
    decision: { kind: 'supplement', notifiedOn: '2026-03-02' },
  });
}

export function handoverCase(name: string): HandoverCase {
  const c = moveInCase();
  return {
    authority,
    clerk,
    applicant: { ...person, name },
    matter: c.matter,
    caseNumber: c.caseNumber,
    handover: {
      handedOverAt: '2026-03-09T02:35:00Z',
      recipient: { role: 'applicant', name, residentId: APPLICANT_ID },
      identityCheck: 'faceMatch',
      items: [
        { name: '准予迁入证明', count: 1, serialNumber: 'ZR3301062026000123' },
        { name: '申请材料原件（户口迁移申请表）', count: 1 },
      ],
    },
  };
}

export function rejectionCase(name: string): CounterCase {
  return moveInCase({
    applicant: { ...person, name },
    decision: {
      kind: 'reject',
      decidedOn: '2026-03-02',
      ground: 'other',
      reason: '申请人与户主的夫妻关系登记在外省，尚未办理婚姻登记信息共享核验，不符合夫妻投靠迁入条件',
      remedies: standardRemedies('杭州市西湖区人民政府', '杭州市西湖区人民法院'),
    },
  });
}

/** One model of each kind for an applicant of this name. */
export function sampleModels(name: string = SAMPLE_NAMES.plain): Record<DocumentKind, CounterDocument> {
  return {
    acceptanceNotice: expectOk(buildAcceptanceNotice(moveInCase({ applicant: { ...person, name } }))),
    supplementNotice: expectOk(buildSupplementNotice(supplementCase(name))),
    rejectionNotice: expectOk(buildRejectionNotice(rejectionCase(name))),
    materialReceipt: expectOk(buildMaterialReceipt(supplementCase(name))),
    handoverReceipt: expectOk(buildHandoverReceipt(handoverCase(name))),
  };
}

export const DOCUMENT_TITLES: Record<DocumentKind, string> = {
  acceptanceNotice: '受理通知书',
  supplementNotice: '补正材料通知书',
  rejectionNotice: '不予受理通知书',
  materialReceipt: '材料接收凭证',
  handoverReceipt: '出件回执',
};

/** Material names long enough to wrap, numbered so each can be found in extracted text. */
export function longMaterialName(i: number): string {
  return `第${i}项材料：申请人及共同生活家庭成员近三年内由所在单位或者街道出具的收入情况证明（原件，加盖公章）`;
}

/** A receipt for an application of `count` materials: more than one page holds. */
export function longReceipt(count: number, name: string = SAMPLE_NAMES.plain): CounterDocument {
  const materials: MaterialIntake[] = Array.from({ length: count }, (_v, k) => ({
    materialId: `material-${k + 1}`,
    name: longMaterialName(k + 1),
    necessity: 'required',
    acceptanceStandard: '内容完整、信息真实，加盖出具单位公章',
    required: { originals: 1, copies: 1 },
    status: { kind: 'paper', originals: 1, copies: 1, scannedPages: 2 },
  }));
  return expectOk(buildMaterialReceipt(moveInCase({ applicant: { ...person, name }, materials })));
}
