/**
 * Closed vocabularies of the matter catalog (GB/T 39554 / GB/T 39048 terms).
 * Code and data use the stable English keys; the Chinese labels live only in the label
 * maps, so wording can change without touching data or stored applications.
 */

export const MATTER_TYPES = [
  'licensing',
  'benefit',
  'confirmation',
  'adjudication',
  'reward',
  'otherPower',
  'publicService',
] as const;
export type MatterType = (typeof MATTER_TYPES)[number];
export const matterTypeLabels: Readonly<Record<MatterType, string>> = {
  licensing: '行政许可',
  benefit: '行政给付',
  confirmation: '行政确认',
  adjudication: '行政裁决',
  reward: '行政奖励',
  otherPower: '其他行政权力',
  publicService: '公共服务',
};

export const HANDLING_TYPES = ['onTheSpot', 'promised', 'joint'] as const;
export type HandlingType = (typeof HANDLING_TYPES)[number];
export const handlingTypeLabels: Readonly<Record<HandlingType, string>> = {
  onTheSpot: '即办件',
  promised: '承诺件',
  joint: '联办件',
};

export const TIME_UNITS = ['onTheSpot', 'workingDays', 'naturalDays'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];
export const timeUnitLabels: Readonly<Record<TimeUnit, string>> = {
  onTheSpot: '当场办结',
  workingDays: '个工作日',
  naturalDays: '日',
};

export const DELIVERY_OPTIONS = ['pickup', 'post'] as const;
export type DeliveryOption = (typeof DELIVERY_OPTIONS)[number];
export const deliveryOptionLabels: Readonly<Record<DeliveryOption, string>> = {
  pickup: '窗口领取',
  post: '邮寄送达',
};

export const APPOINTMENT_POLICIES = ['none', 'optional', 'required'] as const;
export type AppointmentPolicy = (typeof APPOINTMENT_POLICIES)[number];
export const appointmentPolicyLabels: Readonly<Record<AppointmentPolicy, string>> = {
  none: '无需预约',
  optional: '可预约',
  required: '须预约',
};

export const APPLICANT_KINDS = ['person', 'legalPerson'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];
export const applicantKindLabels: Readonly<Record<ApplicantKind, string>> = {
  person: '自然人',
  legalPerson: '法人',
};

/**
 * 容缺后补: required, but the applicant may deliver it later with a written commitment.
 * 信息免交: required information the department obtains itself by data sharing.
 */
export const NECESSITIES = ['required', 'optional', 'deferrable', 'dataShared'] as const;
export type Necessity = (typeof NECESSITIES)[number];
export const necessityLabels: Readonly<Record<Necessity, string>> = {
  required: '必要',
  optional: '非必要',
  deferrable: '容缺后补',
  dataShared: '信息免交',
};

/** What the applicant hands over on paper, derived from the original and copy counts. */
export const MATERIAL_FORM_KINDS = ['original', 'copy', 'both'] as const;
export type MaterialFormKind = (typeof MATERIAL_FORM_KINDS)[number];
export const materialFormKindLabels: Readonly<Record<MaterialFormKind, string>> = {
  original: '原件',
  copy: '复印件',
  both: '原件和复印件',
};

export const SOURCE_CHANNELS = ['applicant', 'department', 'eLicence'] as const;
export type SourceChannel = (typeof SOURCE_CHANNELS)[number];
export const sourceChannelLabels: Readonly<Record<SourceChannel, string>> = {
  applicant: '申请人自备',
  department: '政府部门核发',
  eLicence: '电子证照调取',
};

export const PAPER_SIZES = ['A4', 'A3', 'asIs'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
export const paperSizeLabels: Readonly<Record<PaperSize, string>> = {
  A4: 'A4',
  A3: 'A3',
  asIs: '原件规格',
};

export const QUESTION_KINDS = ['yesNo', 'single'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const questionKindLabels: Readonly<Record<QuestionKind, string>> = {
  yesNo: '是否题',
  single: '单选题',
};

/** The fixed option ids of a yes/no question, so answers read the same across matters. */
export const YES_NO_OPTION_IDS = ['yes', 'no'] as const;

/** Label shown for a material the applicant does not hand over on paper. */
export const EXEMPT_LABEL = '免提交';
