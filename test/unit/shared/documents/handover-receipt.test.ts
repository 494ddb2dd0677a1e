import { describe, expect, it } from 'vitest';
import { buildHandoverReceipt } from '../../../../shared/documents/handover-receipt';
import { matterFacts } from '../../../../shared/documents/from-catalog';
import type { Handover, HandoverCase } from '../../../../shared/documents/inputs';
import {
  AGENT_ID,
  APPLICANT_ID,
  CASE_NUMBER,
  LEGAL_REP_ID,
  authority,
  clerk,
  company,
  expectOk,
  expectedMask,
  fieldValue,
  matterNamed,
  moveInChecklist,
  person,
  serialised,
  tableNamed,
} from './fixtures';

function handoverCase(handover: Partial<Handover> = {}, overrides: Partial<HandoverCase> = {}): HandoverCase {
  return {
    authority,
    clerk,
    applicant: person,
    matter: matterFacts(matterNamed('户口迁移（准予迁入）'), moveInChecklist()),
    caseNumber: CASE_NUMBER,
    handover: {
      // 02:35 UTC is 10:35 in Hangzhou.
      handedOverAt: '2026-03-09T02:35:00Z',
      recipient: { role: 'applicant', name: '周明远', residentId: APPLICANT_ID },
      identityCheck: 'faceMatch',
      items: [{ name: '准予迁入证明', count: 1, serialNumber: 'ZR3301062026000123' }, { name: '申请材料原件（户口迁移申请表）', count: 1 }],
      ...handover,
    },
    ...overrides,
  };
}

describe('buildHandoverReceipt: the applicant collects a 准予迁入证明', () => {
  const doc = expectOk(buildHandoverReceipt(handoverCase()));

  it('is numbered from the case and names the case, applicant, matter and result', () => {
    expect(doc.kind).toBe('handoverReceipt');
    expect(doc.title).toBe('出件回执');
    expect(doc.documentNumber).toBe(`${CASE_NUMBER}-CJ01`);
    expect(fieldValue(doc, '办件编号')).toBe(CASE_NUMBER);
    expect(fieldValue(doc, '申请人')).toBe('周明远');
    expect(fieldValue(doc, '申请事项')).toBe('户口迁移（准予迁入）');
    expect(fieldValue(doc, '办理结果')).toBe('准予迁入证明（跨省迁移为一站式迁入，直接办理落户）');
  });

  it('lists what was handed over', () => {
    const table = tableNamed(doc, '出件清单');
    expect(table.columns.map((c) => c.header)).toEqual(['序号', '出件内容', '数量', '证照编号']);
    expect(table.rows).toEqual([
      ['1', '准予迁入证明', '1份', 'ZR3301062026000123'],
      ['2', '申请材料原件（户口迁移申请表）', '1份', '—'],
    ]);
    expect(table.summary).toBe('共2项、2份');
  });

  it('says to whom, how the identity was checked, when (China time) and by whom', () => {
    expect(fieldValue(doc, '领取人')).toBe('周明远');
    expect(fieldValue(doc, '领取人身份')).toBe('申请人本人');
    expect(fieldValue(doc, '领取人身份证号码')).toBe(expectedMask(APPLICANT_ID));
    expect(fieldValue(doc, '身份核验方式')).toBe('读卡并人证比对核验');
    expect(fieldValue(doc, '出件时间')).toBe('2026年3月9日 10:35');
    expect(fieldValue(doc, '出件人')).toBe('林晓岚（工号 XH0123）');
    expect(doc.signatures).toEqual([
      { label: '领取人（签字）', withDate: true },
      { label: '出件人', name: '林晓岚（工号 XH0123）', withDate: false },
    ]);
    expect(doc.seal?.date).toBe('2026年3月9日');
  });

  it('dates by the hall’s day, not UTC, late in the evening', () => {
    const late = expectOk(buildHandoverReceipt(handoverCase({ handedOverAt: '2026-03-09T17:10:00Z' })));
    expect(fieldValue(late, '出件时间')).toBe('2026年3月10日 01:10');
    const offset = expectOk(buildHandoverReceipt(handoverCase({ handedOverAt: '2026-03-09T16:05:00+08:00' })));
    expect(fieldValue(offset, '出件时间')).toBe('2026年3月9日 16:05');
  });

  it('may print the full ID on the copy the hall keeps as proof', () => {
    const full = expectOk(buildHandoverReceipt(handoverCase(), { revealIdentity: true }));
    expect(fieldValue(full, '领取人身份证号码')).toBe(APPLICANT_ID);
    expect(full.identityRevealed).toBe(true);
    expect(serialised(doc)).not.toContain(APPLICANT_ID);
  });

  it('accepts an agent and an organisation’s legal representative', () => {
    const byAgent = expectOk(buildHandoverReceipt(handoverCase({ recipient: { role: 'agent', name: '周明慧', residentId: AGENT_ID } })));
    expect(fieldValue(byAgent, '领取人身份')).toBe('受托代领人');
    const org = expectOk(
      buildHandoverReceipt(
        handoverCase(
          { recipient: { role: 'legalRepresentative', name: '沈佳宁', residentId: LEGAL_REP_ID } },
          { applicant: company, matter: matterFacts(matterNamed('食品经营许可')) },
        ),
      ),
    );
    expect(fieldValue(org, '申请单位')).toBe('杭州示例餐饮管理有限公司');
    expect(fieldValue(org, '领取人身份')).toBe('法定代表人');
  });
});

describe('buildHandoverReceipt: inconsistent input', () => {
  const code = (c: HandoverCase) => {
    const r = buildHandoverReceipt(c);
    return r.ok ? 'OK' : r.code;
  };

  it('NOTHING_HANDED_OVER', () => {
    expect(code(handoverCase({ items: [] }))).toBe('NOTHING_HANDED_OVER');
  });

  it('RECIPIENT_MISMATCH: “the applicant” with someone else’s ID, or a role the applicant cannot have', () => {
    expect(code(handoverCase({ recipient: { role: 'applicant', name: '周明慧', residentId: AGENT_ID } }))).toBe('RECIPIENT_MISMATCH');
    expect(code(handoverCase({ recipient: { role: 'legalRepresentative', name: '周明远', residentId: APPLICANT_ID } }))).toBe(
      'RECIPIENT_MISMATCH',
    );
    expect(
      code(handoverCase({ recipient: { role: 'legalRepresentative', name: '沈佳宁', residentId: AGENT_ID } }, { applicant: company })),
    ).toBe('RECIPIENT_MISMATCH');
    expect(code(handoverCase({ recipient: { role: 'applicant', name: '沈佳宁', residentId: LEGAL_REP_ID } }, { applicant: company }))).toBe(
      'RECIPIENT_MISMATCH',
    );
  });

  it('DATE_ORDER: handed over before the case existed', () => {
    expect(code(handoverCase({ handedOverAt: '2026-03-01T08:00:00+08:00' }))).toBe('DATE_ORDER');
  });

  it('INVALID_INPUT: a time without offset', () => {
    expect(code(handoverCase({ handedOverAt: '2026-03-09T10:35:00' }))).toBe('INVALID_INPUT');
  });
});
