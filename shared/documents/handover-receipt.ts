/**
 * 出件回执: what result was handed over, to whom (and how their identity was checked),
 * when, and by which clerk. The recipient signs it and the hall keeps it, so it may carry
 * the full identity number (revealIdentity) as the proof of who took the result away.
 */
import { parseCaseNumber } from '../case-number';
import { err, ok } from '../result';
import type { DocumentOptions, DocumentResult } from './common';
import { contextFor, documentHead, sealOf, validate } from './common';
import { chinaDateOf, formatDateTime } from './format';
import type { HandoverCase, IdentityCheck, RecipientRole } from './inputs';
import { handoverCaseSchema } from './inputs';
import type { HandoverReceipt } from './model';
import { clerkLabel } from './parties';

const TITLE = '出件回执';

export const recipientRoleLabels: Readonly<Record<RecipientRole, string>> = {
  applicant: '申请人本人',
  legalRepresentative: '法定代表人',
  agent: '受托代领人',
};

export const identityCheckLabels: Readonly<Record<IdentityCheck, string>> = {
  idCardReader: '居民身份证读卡核验',
  faceMatch: '读卡并人证比对核验',
  documentInspection: '查验身份证件原件',
};

export function buildHandoverReceipt(input: HandoverCase, options: DocumentOptions = {}): DocumentResult<HandoverReceipt> {
  const context = contextFor('handoverReceipt', TITLE, options);
  if (!context.ok) return context;
  const ctx = context.value;
  const valid = validate(handoverCaseSchema, input);
  if (!valid.ok) return valid;
  const c = valid.value;
  const h = c.handover;

  if (h.items.length === 0) return err('NOTHING_HANDED_OVER', '请登记交付的办理结果（证照、文书等）');
  const mismatch = recipientMismatch(c);
  if (mismatch !== null) return err('RECIPIENT_MISMATCH', mismatch);
  const handedOverOn = chinaDateOf(h.handedOverAt);
  const parsed = parseCaseNumber(c.caseNumber);
  if (parsed.ok && handedOverOn < parsed.value.date) return err('DATE_ORDER', '出件时间早于办件编号的收件日期');

  const head = documentHead('handoverReceipt', c.authority, c.caseNumber, ctx);
  const applicantLabel = c.applicant.kind === 'person' ? '申请人' : '申请单位';

  const model: HandoverReceipt = {
    kind: head.kind,
    title: TITLE,
    issuer: head.issuer,
    documentNumber: head.documentNumber,
    caseNumber: head.caseNumber,
    barcode: head.barcode,
    copies: [{ label: null }],
    sections: [
      {
        kind: 'fields',
        heading: '办件信息',
        fields: [
          { label: '办件编号', value: head.caseNumber },
          { label: applicantLabel, value: c.applicant.name },
          { label: '申请事项', value: c.matter.name },
          { label: '事项编码', value: c.matter.code },
          { label: '办理结果', value: c.matter.resultName },
        ],
      },
      {
        kind: 'table',
        heading: '出件清单',
        columns: [
          { header: '序号', weight: 1, align: 'center' },
          { header: '出件内容', weight: 6, align: 'left' },
          { header: '数量', weight: 2, align: 'center' },
          { header: '证照编号', weight: 4, align: 'left' },
        ],
        rows: h.items.map((item, i) => [String(i + 1), item.name, `${item.count}份`, item.serialNumber ?? '—']),
        summary: `共${h.items.length}项、${h.items.reduce((n, item) => n + item.count, 0)}份`,
      },
      {
        kind: 'fields',
        heading: '领取信息',
        fields: [
          { label: '领取人', value: h.recipient.name },
          { label: '领取人身份', value: recipientRoleLabels[h.recipient.role] },
          { label: '领取人身份证号码', value: ctx.show.residentId(h.recipient.residentId) },
          { label: '身份核验方式', value: identityCheckLabels[h.identityCheck] },
          { label: '出件时间', value: formatDateTime(h.handedOverAt) },
          { label: '出件人', value: clerkLabel(c.clerk) },
        ],
      },
      { kind: 'text', paragraphs: ['本人已核对身份并如数领取上述办理结果。'] },
    ],
    notes: [],
    signatures: [
      { label: '领取人（签字）', withDate: true },
      { label: '出件人', name: clerkLabel(c.clerk), withDate: false },
    ],
    seal: sealOf(c.authority, handedOverOn),
    identityRevealed: head.identityRevealed,
  };
  return ok(model);
}

/** The recipient must be who the role says: the applicant, or the organisation's legal representative. */
function recipientMismatch(c: HandoverCase): string | null {
  const r = c.handover.recipient;
  const a = c.applicant;
  if (r.role === 'applicant') {
    if (a.kind !== 'person') return '申请人为单位，应由法定代表人或受托代领人领取';
    if (r.residentId !== a.residentId) return '领取人身份证号码与申请人不一致；他人代领请选择“受托代领人”';
  }
  if (r.role === 'legalRepresentative') {
    if (a.kind !== 'legalPerson') return '申请人为自然人，领取人身份不能为法定代表人';
    if (r.residentId !== a.legalRepresentative.residentId) return '领取人身份证号码与法定代表人不一致';
  }
  return null;
}
