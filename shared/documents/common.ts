/**
 * What every builder does the same way: validate the input at the boundary, check the
 * consistency rules shared by all intake documents, and lay down the head of the model
 * (number, barcode, QR code, seal).
 */
import type { z } from 'zod';
import { applicantKindLabels, handlingTypeLabels } from '../catalog/vocabulary';
import type { WorkingCalendar } from '../calendar';
import { defaultCalendar } from '../calendar';
import { parseCaseNumber } from '../case-number';
import { err, ok } from '../result';
import type { Err, Result } from '../result';
import { documentNumber } from './document-number';
import { formatCitations, formatDate } from './format';
import type { Authority, CounterCase, MatterFacts } from './inputs';
import { counterCaseSchema } from './inputs';
import type { BarcodeBlock, CounterDocument, Field, QrBlock, SealBlock } from './model';
import type { Disclosure } from './parties';
import { masked, revealed } from './parties';
import type { DocumentKind, DocumentRules } from './rules';
import { defaultDocumentRules } from './rules';

export type DocumentErrorCode =
  | 'INVALID_INPUT'
  | 'IDENTITY_REVEAL_NOT_ALLOWED'
  | 'WRONG_DECISION'
  | 'APPLICANT_KIND_NOT_ALLOWED'
  | 'DUPLICATE_MATERIAL'
  | 'DEFERRAL_NOT_ALLOWED'
  | 'DATE_ORDER'
  | 'DELIVERY_MISSING'
  | 'DELIVERY_NOT_OFFERED'
  | 'MATERIALS_INCOMPLETE'
  | 'ACCEPTANCE_DATE_TOO_LATE'
  | 'NOTHING_TO_SUPPLEMENT'
  | 'SUPPLEMENT_NOTICE_OVERDUE'
  | 'REJECTION_REASON_MISSING'
  | 'COMPETENT_AUTHORITY_MISSING'
  | 'REMEDIES_MISSING'
  | 'NO_MATERIALS'
  | 'NOTHING_HANDED_OVER'
  | 'RECIPIENT_MISMATCH';

export type DocumentError = Err<DocumentErrorCode>;
export type DocumentResult<T> = Result<T, DocumentErrorCode>;

export interface DocumentOptions {
  /** Print full identity numbers and phones; refused on documents whose purpose does not need it. */
  revealIdentity?: boolean;
  /** Issue ordinal within the case for this document type (1–99); default 1. */
  ordinal?: number;
  rules?: DocumentRules;
  /** Working-day calendar for promised dates and the 5-day notice window; default: bundled. */
  calendar?: WorkingCalendar;
}

export interface Context {
  rules: DocumentRules;
  calendar: WorkingCalendar;
  show: Disclosure;
  revealed: boolean;
  ordinal: number;
}

/** At most this many zod issues are spelled out in the message. */
const SHOWN_ISSUES = 3;

export function validate<S extends z.ZodType>(schema: S, input: unknown): DocumentResult<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const shown = parsed.error.issues
    .slice(0, SHOWN_ISSUES)
    .map((i) => (i.path.length > 0 ? `${i.path.map(String).join('.')}：${i.message}` : i.message));
  const more = parsed.error.issues.length > SHOWN_ISSUES ? `等${parsed.error.issues.length}处` : '';
  return err('INVALID_INPUT', `文书数据有误，无法出具：${shown.join('；')}${more}`);
}

export function contextFor(kind: DocumentKind, title: string, options: DocumentOptions): DocumentResult<Context> {
  const rules = options.rules ?? defaultDocumentRules;
  const reveal = options.revealIdentity === true;
  if (reveal && !rules.identityReveal[kind]) {
    return err('IDENTITY_REVEAL_NOT_ALLOWED', `${title}不得显示完整身份证号码，请使用脱敏号码`);
  }
  const ordinal = options.ordinal ?? 1;
  if (!Number.isInteger(ordinal) || ordinal < 1 || ordinal > 99) {
    return err('INVALID_INPUT', `文书序号应为1–99，当前为${ordinal}`);
  }
  return ok({
    rules,
    calendar: options.calendar ?? defaultCalendar,
    show: reveal ? revealed : masked,
    revealed: reveal,
    ordinal,
  });
}

/** Progress query link: the case number only, so a photographed code reveals nothing personal. */
export function progressQuery(authority: Authority, compactCaseNumber: string): QrBlock {
  const sep = authority.queryWebsite.includes('?') ? '&' : '?';
  return {
    text: `${authority.queryWebsite}${sep}caseNo=${encodeURIComponent(compactCaseNumber)}`,
    caption: '扫码查询办理进度',
  };
}

type Head<K extends DocumentKind> = Pick<
  CounterDocument<K>,
  'kind' | 'issuer' | 'documentNumber' | 'caseNumber' | 'barcode' | 'identityRevealed'
>;

export function documentHead<K extends DocumentKind>(
  kind: K,
  authority: Authority,
  caseNumber: string,
  ctx: Context,
): Head<K> & { compact: string } {
  const parsed = parseCaseNumber(caseNumber);
  // The schemas validated the case number; reaching this is a bug.
  if (!parsed.ok) throw new RangeError(`invalid case number reached a builder: ${caseNumber}`);
  const barcode: BarcodeBlock = { symbology: 'code128', text: parsed.value.compact, caption: `办件编号 ${parsed.value.display}` };
  return {
    kind,
    issuer: authority.name,
    documentNumber: documentNumber(caseNumber, kind, ctx.ordinal),
    caseNumber: parsed.value.display,
    barcode,
    identityRevealed: ctx.revealed,
    compact: parsed.value.compact,
  };
}

export const sealOf = (a: Authority, date: string): SealBlock => ({
  authority: a.name,
  sealName: a.sealName,
  date: formatDate(date),
});

export function matterFields(m: MatterFacts): Field[] {
  return [
    { label: '申请事项', value: m.name },
    { label: '事项编码', value: m.code },
    { label: '实施部门', value: m.department },
    { label: '办件类型', value: handlingTypeLabels[m.handlingType] },
  ];
}

export const legalBasisText = (m: MatterFacts): string =>
  formatCitations(m.legalBasis.map((b) => (b.article === undefined ? { law: b.name } : { law: b.name, article: b.article })));

/** Consistency rules every intake document shares. */
export function checkCase(c: CounterCase): DocumentError | null {
  if (!c.matter.applicantKinds.includes(c.applicant.kind)) {
    const allowed = c.matter.applicantKinds.map((k) => applicantKindLabels[k]).join('、');
    return err('APPLICANT_KIND_NOT_ALLOWED', `「${c.matter.name}」的申请人应为${allowed}，与当前申请人类型不符`);
  }
  const seen = new Set<string>();
  for (const m of c.materials) {
    if (seen.has(m.materialId)) {
      return err('DUPLICATE_MATERIAL', `材料「${m.name}」（${m.materialId}）在收件记录中出现了两次`);
    }
    seen.add(m.materialId);
    if (m.status.kind === 'deferred') {
      if (m.necessity !== 'deferrable') {
        return err('DEFERRAL_NOT_ALLOWED', `材料「${m.name}」不属于可容缺后补的材料，不能按容缺受理`);
      }
      if (m.status.commitment.deliverBy < c.receivedOn) {
        return err('DATE_ORDER', `材料「${m.name}」的承诺补交日期早于收件日期`);
      }
    }
  }
  if (c.supplementReceivedOn !== undefined && c.supplementReceivedOn < c.receivedOn) {
    return err('DATE_ORDER', '补正材料接收日期早于收件日期');
  }
  return null;
}

export function wrongDecision(title: string, expected: string): DocumentError {
  return err('WRONG_DECISION', `出具${title}须先作出“${expected}”的决定`);
}

/**
 * The common start of every builder that takes a whole counter case: options allowed for
 * this document, the case valid against its schema, and consistent.
 */
export function prepareCounterCase(
  kind: DocumentKind,
  title: string,
  input: unknown,
  options: DocumentOptions,
): DocumentResult<{ ctx: Context; c: CounterCase }> {
  const context = contextFor(kind, title, options);
  if (!context.ok) return context;
  const valid = validate(counterCaseSchema, input);
  if (!valid.ok) return valid;
  const inconsistent = checkCase(valid.value);
  if (inconsistent) return inconsistent;
  return ok({ ctx: context.value, c: valid.value });
}
