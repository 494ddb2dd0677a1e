/**
 * What the counter knows when it issues a document, as zod schemas. These are the
 * documents' own input types, not the stored application record: the caller copies the
 * facts in by value (matter limits, material names and standards as they were when the
 * case was taken), so a document printed again later says what the first print said.
 *
 * Identity numbers arrive normalised (shared/identity parsed them at intake); here they
 * are checked for shape and check character only, so building a document is
 * deterministic — no "today" enters a birth-date rule.
 */
import { z } from 'zod';
import { timeLimitSchema } from '../catalog/schema';
import { APPLICANT_KINDS, DELIVERY_OPTIONS, HANDLING_TYPES, MATTER_TYPES, NECESSITIES } from '../catalog/vocabulary';
import { isIsoDate } from '../calendar';
import { parseCaseNumber } from '../case-number';
import { isOverridableCreditCodeError, parseCreditCode, parsePhone, residentIdCheckChar } from '../identity';
import { REJECTION_GROUNDS, REMEDY_KINDS } from './rules';

const text = (max = 200) => z.string().trim().min(1, '不能为空').max(max, `不能超过${max}个字`);
const count = z.number().int().min(0).max(999);

export const isoDateSchema = z.string().refine(isIsoDate, { error: '日期应为真实存在的“年-月-日”（YYYY-MM-DD）' });

export const residentIdSchema = z
  .string()
  .regex(/^\d{17}[\dX]$/, '身份证号码应为18位（末位可为X）')
  .refine((id) => residentIdCheckChar(id.slice(0, 17)) === id[17], { error: '身份证号码校验位不正确' });

/** A failed check character is accepted: some genuinely issued codes fail it (supervisor override at intake). */
export const creditCodeSchema = z.string().refine(
  (code) => {
    const parsed = parseCreditCode(code);
    return parsed.ok ? parsed.value.code === code : isOverridableCreditCodeError(parsed.code) && code.length === 18;
  },
  { error: '统一社会信用代码格式不正确' },
);

export const phoneSchema = z.string().refine((p) => parsePhone(p).ok, { error: '联系电话格式不正确' });

export const caseNumberSchema = z.string().refine((n) => parseCaseNumber(n).ok, { error: '办件编号无效' });

/** The hall or department issuing the document in its own name, under its seal. */
export const authoritySchema = z.object({
  /** 杭州市西湖区行政服务中心 */
  name: text(100),
  /** The seal's legend, e.g. 杭州市西湖区行政服务中心综合受理专用章. */
  sealName: text(100),
  address: text(),
  /** Hall phone for questions (may be a hotline such as 12345, so not parsed as a personal number). */
  phone: text(40),
  /** Progress query page; the QR code on documents points here with the case number. */
  queryWebsite: z.string().regex(/^https?:\/\/[^\s]+$/, '查询网址应以 http:// 或 https:// 开头'),
});
export type Authority = z.infer<typeof authoritySchema>;

export const clerkSchema = z.object({
  name: text(64),
  staffNumber: text(32),
});
export type Clerk = z.infer<typeof clerkSchema>;

export const personApplicantSchema = z.object({
  kind: z.literal('person'),
  name: text(64),
  residentId: residentIdSchema,
  phone: phoneSchema,
  address: text(),
});

/** Kind names follow the catalog's APPLICANT_KINDS, so a matter's applicantKinds can be checked. */
export const legalPersonApplicantSchema = z.object({
  kind: z.literal('legalPerson'),
  name: text(100),
  creditCode: creditCodeSchema,
  legalRepresentative: z.object({ name: text(64), residentId: residentIdSchema }),
  contact: z.object({ name: text(64), phone: phoneSchema }),
  address: text(),
});

export const applicantSchema = z.discriminatedUnion('kind', [personApplicantSchema, legalPersonApplicantSchema]);
export type PersonApplicant = z.infer<typeof personApplicantSchema>;
export type LegalPersonApplicant = z.infer<typeof legalPersonApplicantSchema>;
export type DocumentApplicant = z.infer<typeof applicantSchema>;

/** 代办人: acts for the applicant; both identities are recorded. */
export const agentSchema = z.object({
  name: text(64),
  residentId: residentIdSchema,
  phone: phoneSchema,
  /** e.g. 配偶, 子女, 受托人 */
  relationship: text(32).optional(),
});
export type Agent = z.infer<typeof agentSchema>;

/** The matter as the catalog described it when the case was taken (see `matterFacts`). */
export const matterFactsSchema = z.object({
  /** Implementation code, e.g. 330100-GA-XK-0001-01. */
  code: text(64),
  name: text(),
  type: z.enum(MATTER_TYPES),
  department: text(100),
  handlingType: z.enum(HANDLING_TYPES),
  legalBasis: z.array(z.object({ name: text(), article: text(100).optional() })).min(1),
  limits: z.object({
    statutory: timeLimitSchema.nullable(),
    /** After situation answers (the checklist's promisedLimit), not the catalog default. */
    promised: timeLimitSchema,
  }),
  delivery: z.array(z.enum(DELIVERY_OPTIONS)).min(1),
  applicantKinds: z.array(z.enum(APPLICANT_KINDS)).min(1),
  resultName: text(),
  catalogVersion: z.number().int().positive(),
});
export type MatterFacts = z.infer<typeof matterFactsSchema>;

/** An answered situation question, in words (情形). */
export const situationFactSchema = z.object({ question: text(), answer: text() });
export type SituationFact = z.infer<typeof situationFactSchema>;

const paperCounts = z.object({ originals: count, copies: count });
export type PaperCounts = z.infer<typeof paperCounts>;

/**
 * What happened to one checklist item at the counter.
 * - paper: handed over; counts received and pages scanned (材料电子化).
 * - eLicence / dataShared: 免提交 — fetched from the e-licence library or by data sharing.
 * - deferred: 容缺后补, with the applicant's signed commitment and the date promised.
 * - nonconforming: handed over but does not meet the standard (expired, unsigned …).
 * - missing: not handed over.
 */
export const intakeStatusSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('paper'), originals: count, copies: count, scannedPages: count })
    .refine((s) => s.originals + s.copies > 0, { error: '未收到任何原件或复印件的材料应记为未提交' }),
  z.object({ kind: z.literal('eLicence'), licence: text() }),
  z.object({ kind: z.literal('dataShared') }),
  z.object({
    kind: z.literal('deferred'),
    commitment: z.object({ signedBy: text(64), signedOn: isoDateSchema, deliverBy: isoDateSchema }),
  }),
  z.object({ kind: z.literal('nonconforming'), problem: text(), originals: count, copies: count }),
  z.object({ kind: z.literal('missing') }),
]);
export type IntakeStatus = z.infer<typeof intakeStatusSchema>;

export const materialIntakeSchema = z.object({
  materialId: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: text(),
  necessity: z.enum(NECESSITIES),
  acceptanceStandard: text(500),
  /** Paper the checklist asks for; null when nothing is handed over (免提交). */
  required: paperCounts.nullable(),
  status: intakeStatusSchema,
});
export type MaterialIntake = z.infer<typeof materialIntakeSchema>;

/** Who hears an appeal: the rule (period, statute) comes from DocumentRules.remedies. */
export const remedySchema = z.object({
  kind: z.enum(REMEDY_KINDS),
  /** 杭州市西湖区人民政府 / 杭州市西湖区人民法院 */
  body: text(100),
});
export type Remedy = z.infer<typeof remedySchema>;

export const competentAuthoritySchema = z.object({
  name: text(100),
  address: text().optional(),
  phone: text(40).optional(),
});
export type CompetentAuthority = z.infer<typeof competentAuthoritySchema>;

/**
 * The decision (《行政许可法》第三十二条). Reason and remedies are allowed empty here so that
 * the rejection builder can name exactly what is missing (REJECTION_REASON_MISSING …).
 */
export const decisionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('accept'), acceptedOn: isoDateSchema }),
  z.object({ kind: z.literal('supplement'), notifiedOn: isoDateSchema }),
  z.object({
    kind: z.literal('reject'),
    decidedOn: isoDateSchema,
    ground: z.enum(REJECTION_GROUNDS),
    reason: z.string().trim().max(500),
    competentAuthority: competentAuthoritySchema.optional(),
    remedies: z.array(remedySchema),
  }),
]);
export type Decision = z.infer<typeof decisionSchema>;

export const deliverySchema = z.discriminatedUnion('method', [
  /** 窗口领取: where, e.g. 西湖区行政服务中心一楼综合出件窗口. */
  z.object({ method: z.literal('pickup'), place: text() }),
  /** 邮寄送达 */
  z.object({
    method: z.literal('post'),
    recipient: text(64),
    phone: phoneSchema,
    address: text(),
    postalCode: z.string().regex(/^\d{6}$/, '邮政编码应为6位数字').optional(),
  }),
]);
export type Delivery = z.infer<typeof deliverySchema>;

/** Everything the counter holds about one case when it issues intake documents. */
export const counterCaseSchema = z.object({
  authority: authoritySchema,
  clerk: clerkSchema,
  applicant: applicantSchema,
  agent: agentSchema.optional(),
  matter: matterFactsSchema,
  caseNumber: caseNumberSchema,
  receivedOn: isoDateSchema,
  /** When the last supplement material arrived; acceptance counts from then (第三十二条). */
  supplementReceivedOn: isoDateSchema.optional(),
  situations: z.array(situationFactSchema),
  /** One entry per checklist item, in checklist order. */
  materials: z.array(materialIntakeSchema),
  decision: decisionSchema.optional(),
  delivery: deliverySchema.optional(),
  /** 查询密码 printed for the applicant; never put into the QR code. */
  queryPassword: z.string().regex(/^[0-9A-Za-z]{4,12}$/, '查询密码应为4–12位字母或数字').optional(),
});
export type CounterCase = z.infer<typeof counterCaseSchema>;

export const RECIPIENT_ROLES = ['applicant', 'legalRepresentative', 'agent'] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

export const IDENTITY_CHECKS = ['idCardReader', 'faceMatch', 'documentInspection'] as const;
export type IdentityCheck = (typeof IDENTITY_CHECKS)[number];

/** 出件: the result handed over at the window. */
export const handoverSchema = z.object({
  /** Instant of hand-over, with offset; printed in China time. */
  handedOverAt: z.iso.datetime({ offset: true, error: '出件时间应为带时区的 ISO 时间' }),
  recipient: z.object({ role: z.enum(RECIPIENT_ROLES), name: text(64), residentId: residentIdSchema }),
  identityCheck: z.enum(IDENTITY_CHECKS),
  /** May be empty here so the builder can say NOTHING_HANDED_OVER. */
  items: z.array(z.object({ name: text(), count: z.number().int().min(1).max(999), serialNumber: text(64).optional() })),
});
export type Handover = z.infer<typeof handoverSchema>;

export const handoverCaseSchema = z.object({
  authority: authoritySchema,
  clerk: clerkSchema,
  applicant: applicantSchema,
  matter: matterFactsSchema,
  caseNumber: caseNumberSchema,
  handover: handoverSchema,
});
export type HandoverCase = z.infer<typeof handoverCaseSchema>;
