/**
 * Document numbers (文书编号), derived from the case number so that any terminal, offline,
 * numbers its documents uniquely without a counter of its own:
 *
 *     330106-260302-007-0042-M-SL01
 *     └──── case number ───────┘ │ └ issue ordinal within the case (01–99)
 *                                └ document type (pinyin initials of its name)
 *
 * The ordinal separates documents of one type issued more than once in a case (a second
 * 材料接收凭证 when the supplement arrives); a reprint (补打) keeps the original's number.
 */
import { parseCaseNumber } from '../case-number';
import type { DocumentKind } from './rules';

export const documentTypeCodes: Readonly<Record<DocumentKind, string>> = {
  acceptanceNotice: 'SL', // 受理
  supplementNotice: 'BZ', // 补正
  rejectionNotice: 'BY', // 不予受理
  materialReceipt: 'SJ', // 收件
  handoverReceipt: 'CJ', // 出件
};

export const MAX_DOCUMENT_ORDINAL = 99;

/** Throws RangeError on an invalid case number or ordinal: both are validated upstream. */
export function documentNumber(caseNumber: string, kind: DocumentKind, ordinal = 1): string {
  const parsed = parseCaseNumber(caseNumber);
  if (!parsed.ok) throw new RangeError(`not a valid case number: “${caseNumber}”`);
  if (!Number.isInteger(ordinal) || ordinal < 1 || ordinal > MAX_DOCUMENT_ORDINAL) {
    throw new RangeError(`document ordinal must be 1–${MAX_DOCUMENT_ORDINAL}, got ${ordinal}`);
  }
  return `${parsed.value.display}-${documentTypeCodes[kind]}${String(ordinal).padStart(2, '0')}`;
}
