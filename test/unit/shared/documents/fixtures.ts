/**
 * Realistic counter cases built from the bundled catalog and its real checklists.
 * Every person, company, address and number here is invented; identity numbers are
 * synthetic with valid check characters.
 */
import type { Answers, ApplicableChecklist } from '../../../../shared/catalog/checklist';
import { requiredMaterials } from '../../../../shared/catalog/checklist';
import { defaultCatalog } from '../../../../shared/catalog/data';
import type { Matter } from '../../../../shared/catalog/schema';
import { formatCaseNumber } from '../../../../shared/case-number';
import type {
  Authority,
  Clerk,
  CounterCase,
  IntakeStatus,
  LegalPersonApplicant,
  PersonApplicant,
} from '../../../../shared/documents/inputs';
import { intakeFromChecklist, matterFacts, situationFacts } from '../../../../shared/documents/from-catalog';
import type { CounterDocument, Field, Section, TableSection } from '../../../../shared/documents/model';
import { makeCreditCode, makeResidentId } from '../identity/generate';

export function matterNamed(name: string): Matter {
  const m = defaultCatalog.matters.find((x) => x.name === name);
  if (!m) throw new Error(`fixture matter ${name} missing from the bundled catalog`);
  return m;
}

export function checklistOf(m: Matter, answers: Answers): ApplicableChecklist {
  const r = requiredMaterials(m, answers);
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  if (!r.value.applicable) throw new Error(`not applicable: ${r.value.reason}`);
  return r.value;
}

export const authority: Authority = {
  name: '杭州市西湖区行政服务中心',
  sealName: '杭州市西湖区行政服务中心综合受理专用章',
  address: '杭州市西湖区示例路100号',
  phone: '0571-88880000',
  queryWebsite: 'https://zwfw.example.gov.cn/progress',
};

export const clerk: Clerk = { name: '林晓岚', staffNumber: 'XH0123' };

export const APPLICANT_ID = makeResidentId('330106', '19880512', 123);
export const AGENT_ID = makeResidentId('330102', '19850220', 244);
export const LEGAL_REP_ID = makeResidentId('330108', '19790903', 511);
export const CREDIT_CODE = makeCreditCode('91', '330106', 'MA2H7K3Q0');

export const person: PersonApplicant = {
  kind: 'person',
  name: '周明远',
  residentId: APPLICANT_ID,
  phone: '13900001234',
  address: '杭州市西湖区示例路8号3单元501室',
};

export const company: LegalPersonApplicant = {
  kind: 'legalPerson',
  name: '杭州示例餐饮管理有限公司',
  creditCode: CREDIT_CODE,
  legalRepresentative: { name: '沈佳宁', residentId: LEGAL_REP_ID },
  contact: { name: '陈一帆', phone: '13700005678' },
  address: '杭州市西湖区示例街道12号',
};

export const agent = { name: '周明慧', residentId: AGENT_ID, phone: '13600009876', relationship: '姐姐' };

/** 330106-260302-007-0042-? : Xihu district, terminal 7, 42nd case of 2 March 2026. */
export const CASE_NUMBER = formatCaseNumber({ divisionCode: '330106', date: '2026-03-02', terminal: 7, sequence: 42 });

/** A paper material received in full, as the checklist asks. */
export function paperAsRequired(c: ApplicableChecklist, materialId: string, scannedPages = 2): IntakeStatus {
  const item = c.items.find((i) => i.materialId === materialId);
  if (!item || item.provision.kind !== 'paper') throw new Error(`${materialId} is not a paper item`);
  return { kind: 'paper', originals: item.provision.originals, copies: item.provision.copies, scannedPages };
}

/** Every paper item received in full; e-licence and shared-data items 免提交. */
export function allProvided(c: ApplicableChecklist, overrides: Readonly<Record<string, IntakeStatus>> = {}): CounterCase['materials'] {
  const recorded: Record<string, IntakeStatus> = {};
  for (const item of c.items) {
    if (item.provision.kind === 'paper') recorded[item.materialId] = paperAsRequired(c, item.materialId);
  }
  return intakeFromChecklist(c, { ...recorded, ...overrides });
}

/** 户口迁移（准予迁入）, 夫妻投靠, done in person: a licensing matter, 20/5 working days. */
export function moveInCase(overrides: Partial<CounterCase> = {}): CounterCase {
  const m = matterNamed('户口迁移（准予迁入）');
  const answers = { 'move-reason': 'spouse', 'by-agent': 'no' };
  const c = checklistOf(m, answers);
  return {
    authority,
    clerk,
    applicant: person,
    matter: matterFacts(m, c),
    caseNumber: CASE_NUMBER,
    receivedOn: '2026-03-02',
    situations: situationFacts(m, answers),
    materials: allProvided(c),
    decision: { kind: 'accept', acceptedOn: '2026-03-02' },
    delivery: { method: 'pickup', place: '西湖区行政服务中心一楼综合出件窗口' },
    queryPassword: 'K7P2Q9',
    ...overrides,
  };
}

export function moveInChecklist(): ApplicableChecklist {
  return checklistOf(matterNamed('户口迁移（准予迁入）'), { 'move-reason': 'spouse', 'by-agent': 'no' });
}

/** 食品经营许可 for a company, ordinary (not 告知承诺) procedure: 10/5 working days. */
export function foodLicenceChecklist(): ApplicableChecklist {
  return checklistOf(matterNamed('食品经营许可'), { 'prepackaged-only': 'no', commitment: 'no' });
}

export function foodLicenceCase(overrides: Partial<CounterCase> = {}): CounterCase {
  const m = matterNamed('食品经营许可');
  const answers = { 'prepackaged-only': 'no', commitment: 'no' };
  const c = checklistOf(m, answers);
  return {
    authority,
    clerk,
    applicant: company,
    matter: matterFacts(m, c),
    caseNumber: CASE_NUMBER,
    receivedOn: '2026-03-02',
    situations: situationFacts(m, answers),
    materials: allProvided(c),
    decision: { kind: 'supplement', notifiedOn: '2026-03-02' },
    delivery: { method: 'post', recipient: '陈一帆', phone: '13700005678', address: '杭州市西湖区示例街道12号', postalCode: '310012' },
    ...overrides,
  };
}

// ---------------------------------------------------------------------------
// Reading models in tests.

const fieldsOf = (s: Section): Field[] => (s.kind === 'fields' ? s.fields : []);

export function allFields(doc: CounterDocument): Field[] {
  return doc.sections.flatMap(fieldsOf);
}

/** The value of the one field with this label; fails when absent or ambiguous. */
export function fieldValue(doc: CounterDocument, label: string): string {
  const found = allFields(doc).filter((f) => f.label === label);
  if (found.length !== 1) throw new Error(`expected one field “${label}”, found ${found.length}`);
  return (found[0] as Field).value;
}

export function hasField(doc: CounterDocument, label: string): boolean {
  return allFields(doc).some((f) => f.label === label);
}

export function tableNamed(doc: CounterDocument, heading: string): TableSection {
  const t = doc.sections.find((s): s is TableSection => s.kind === 'table' && s.heading === heading);
  if (!t) throw new Error(`no table “${heading}”`);
  return t;
}

/** Every string a renderer could print, for “appears nowhere” checks. */
export const serialised = (doc: unknown): string => JSON.stringify(doc);

export function expectOk<T>(r: { ok: true; value: T } | { ok: false; code: string; message: string }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message}`);
  return r.value;
}

/** A case number issued on `date` (the counter allocates it on the day of receipt). */
export const caseNumberOn = (date: string, sequence = 42): string =>
  formatCaseNumber({ divisionCode: '330106', date, terminal: 7, sequence });

/** The documented mask: first 6, eight asterisks, last 4 — written out independently of maskResidentId. */
export const expectedMask = (id: string): string => `${id.slice(0, 6)}********${id.slice(-4)}`;
