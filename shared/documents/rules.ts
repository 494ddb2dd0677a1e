/**
 * The legal facts the counter documents print, as data: which article a decision cites,
 * how long the applicant has to seek review or go to court, how many working days the
 * counter has to issue a one-time notice, which documents may print a full identity number.
 * Builders read them from here (or from rules a hall passes in), so a change in the law or
 * in provincial practice is a data change, and no renderer ever decides any of it.
 */
import type { MatterType } from '../catalog/vocabulary';

/** A statute and, where one applies, the article (第…条第…款第…项). */
export interface LegalCitation {
  law: string;
  article?: string;
}

export const DOCUMENT_KINDS = [
  'acceptanceNotice',
  'supplementNotice',
  'rejectionNotice',
  'materialReceipt',
  'handoverReceipt',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Grounds for 不予受理 that 《行政许可法》第三十二条 distinguishes; `other` covers the rest
 * (e.g. the applicant lacks standing), stated in the reason.
 */
export const REJECTION_GROUNDS = ['notCompetent', 'notRequired', 'other'] as const;
export type RejectionGround = (typeof REJECTION_GROUNDS)[number];
export const rejectionGroundLabels: Readonly<Record<RejectionGround, string>> = {
  notCompetent: '申请事项依法不属于本机关职权范围',
  notRequired: '申请事项依法不需要取得行政许可',
  other: '其他不予受理情形',
};

export const REMEDY_KINDS = ['administrativeReview', 'administrativeLitigation'] as const;
export type RemedyKind = (typeof REMEDY_KINDS)[number];

export interface RemedyPeriod {
  value: number;
  unit: 'days' | 'months';
}

export interface RemedyRule {
  /** Short name, e.g. 行政复议. */
  name: string;
  /** The verb phrase after the body, e.g. 申请行政复议. */
  action: string;
  /** Counted from the day the applicant receives the decision (知道或者应当知道之日). */
  period: RemedyPeriod;
  basis: LegalCitation;
}

/** Procedural articles a decision on a matter of one type cites; absent: none is cited. */
export interface ProceduralBases {
  accept?: LegalCitation;
  supplement?: LegalCitation;
  reject?: Readonly<Record<RejectionGround, LegalCitation>>;
}

export interface DocumentRules {
  /**
   * By matter type. Only 行政许可 has a statute on intake decisions (《行政许可法》第三十二条);
   * citing it on a public-service matter would misstate the law, so other types cite only
   * the matter's own legal basis unless a province configures otherwise.
   */
  procedural: Readonly<Partial<Record<MatterType, ProceduralBases>>>;
  remedies: Readonly<Record<RemedyKind, RemedyRule>>;
  /**
   * 《行政许可法》第三十二条第一款第（四）项: the one-time notice is due on the spot or within
   * five days (working days, art. 82) of receipt; later, the application counts as accepted
   * from the day of receipt. Applied to every matter type: it only ever favours the applicant.
   */
  supplementWindowWorkingDays: number;
  /**
   * Documents that may print a full identity number (option `revealIdentity`). Everything
   * else prints the mask (first 6, eight asterisks, last 4) and masked phone numbers.
   */
  identityReveal: Readonly<Record<DocumentKind, boolean>>;
  /** Printed when a date was counted over a year whose holidays are not yet published. */
  provisionalDateNote: string;
}

const LICENSING_LAW = '《中华人民共和国行政许可法》';

export const remedyRules: Readonly<Record<RemedyKind, RemedyRule>> = {
  administrativeReview: {
    name: '行政复议',
    action: '申请行政复议',
    period: { value: 60, unit: 'days' },
    basis: { law: '《中华人民共和国行政复议法》', article: '第二十条' },
  },
  administrativeLitigation: {
    name: '行政诉讼',
    action: '提起行政诉讼',
    period: { value: 6, unit: 'months' },
    basis: { law: '《中华人民共和国行政诉讼法》', article: '第四十六条' },
  },
};

export const defaultDocumentRules: DocumentRules = {
  procedural: {
    licensing: {
      accept: { law: LICENSING_LAW, article: '第三十二条第一款第（五）项' },
      supplement: { law: LICENSING_LAW, article: '第三十二条第一款第（四）项' },
      reject: {
        notCompetent: { law: LICENSING_LAW, article: '第三十二条第一款第（二）项' },
        notRequired: { law: LICENSING_LAW, article: '第三十二条第一款第（一）项' },
        other: { law: LICENSING_LAW, article: '第三十二条' },
      },
    },
  },
  remedies: remedyRules,
  supplementWindowWorkingDays: 5,
  identityReveal: {
    // Handed to the applicant and often photocopied or left lying about: masked always.
    acceptanceNotice: false,
    supplementNotice: false,
    materialReceipt: false,
    // A written administrative decision the applicant may take to review or to court:
    // the party it addresses must be identifiable beyond doubt.
    rejectionNotice: true,
    // Kept by the hall as proof of who took the result away after the identity check.
    handoverReceipt: true,
  },
  provisionalDateNote: '日期依据尚未公布的节假日安排推算，以实际为准。',
};
