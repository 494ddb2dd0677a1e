import { err, ok } from '../result';
import type { Err, Ok } from '../result';
import type { Bundle, Material, MaterialSource, Matter, Situation, TimeLimit } from './schema';
import { matterKey } from './schema';
import type { Necessity, PaperSize } from './vocabulary';

/**
 * The personalised checklist (材料清单 / 私人定制办事指南): from a matter and the
 * applicant's answers to its situation questions, which materials to ask for, in what
 * form, and what time limit to promise.
 */

/** Question id → chosen option id. */
export type Answers = Readonly<Record<string, string>>;

export interface AnswerRef {
  question: string;
  option: string;
}

/** How the material reaches the department: on paper, or not at all (免提交). */
export type MaterialProvision =
  | { kind: 'paper'; originals: number; copies: number; paperSize?: PaperSize }
  | { kind: 'eLicence'; licence: string }
  | { kind: 'dataShared' };

export interface ChecklistItem {
  materialId: string;
  name: string;
  necessity: Necessity;
  provision: MaterialProvision;
  /** 免提交: nothing is handed over; the clerk must not ask for paper. */
  exempt: boolean;
  source: MaterialSource;
  acceptanceStandard: string;
  blankForm: boolean;
  sample: boolean;
  /** The answer that brought the material in, when it is not needed by default. */
  addedBy?: AnswerRef;
}

interface ChecklistHead {
  matterCode: string;
  matterName: string;
  /** The catalog version of the matter, recorded with the application. */
  matterVersion: number;
}

export interface ApplicableChecklist extends ChecklistHead {
  applicable: true;
  items: ChecklistItem[];
  promisedLimit: TimeLimit;
  statutoryLimit: TimeLimit | null;
}

/** An answer put the matter outside this counter's competence: the basis of 不予受理. */
export interface NotApplicableChecklist extends ChecklistHead {
  applicable: false;
  reason: string;
  competentAuthority?: string;
  decidedBy: AnswerRef;
}

export type Checklist = ApplicableChecklist | NotApplicableChecklist;

export type AnswerError =
  | (Err<'UNKNOWN_QUESTION'> & { question: string })
  | (Err<'UNKNOWN_OPTION'> & { question: string; option: string })
  | (Err<'UNANSWERED_QUESTIONS'> & { unanswered: readonly string[] });

export function requiredMaterials(matter: Matter, answers: Answers): Ok<Checklist> | AnswerError {
  const invalid = findInvalidAnswer(matter, answers);
  if (invalid) return invalid;

  const head: ChecklistHead = { matterCode: matterKey(matter), matterName: matter.name, matterVersion: matter.version };
  const { chosen, unanswered } = walkSituations(matter.situations, answers);

  // A "not handled here" answer settles the matter whatever else is unanswered.
  for (const { situation, option } of chosen) {
    const na = option.effects?.notApplicable;
    if (na) {
      return ok({
        ...head,
        applicable: false,
        reason: na.reason,
        ...(na.competentAuthority === undefined ? {} : { competentAuthority: na.competentAuthority }),
        decidedBy: { question: situation.id, option: option.id },
      });
    }
  }
  if (unanswered.length > 0) {
    return {
      ...err('UNANSWERED_QUESTIONS', `请先回答以下情形问题：${unanswered.map((s) => s.text).join('；')}`),
      unanswered: unanswered.map((s) => s.id),
    };
  }

  const addedBy = new Map<string, AnswerRef>();
  const removed = new Set<string>();
  const promisedOverrides: TimeLimit[] = [];
  for (const { situation, option } of chosen) {
    const effects = option.effects;
    if (!effects) continue;
    for (const id of effects.addMaterials ?? []) {
      if (!addedBy.has(id)) addedBy.set(id, { question: situation.id, option: option.id });
    }
    for (const id of effects.removeMaterials ?? []) removed.add(id);
    if (effects.promisedLimit) promisedOverrides.push(effects.promisedLimit);
  }

  // Removal wins over addition: a removal says this situation makes the material
  // unnecessary (e.g. 已在本地参保 → 无需参保证明), whichever answer asked for it.
  const items = matter.materials
    .filter((m) => (m.appliesByDefault || addedBy.has(m.id)) && !removed.has(m.id))
    .map((m) => toItem(m, m.appliesByDefault ? undefined : addedBy.get(m.id)));

  return ok({
    ...head,
    applicable: true,
    items,
    // Several answers may each set a promise; the longest is the one we can keep.
    promisedLimit: promisedOverrides.length > 0 ? longest(promisedOverrides) : matter.limits.promised,
    statutoryLimit: matter.limits.statutory,
  });
}

export function provisionOf(m: Material): MaterialProvision {
  if (m.source.channel === 'eLicence') return { kind: 'eLicence', licence: m.source.licence };
  if (m.necessity === 'dataShared' || !m.form) return { kind: 'dataShared' };
  return {
    kind: 'paper',
    originals: m.form.originals,
    copies: m.form.copies,
    ...(m.paperSize === undefined ? {} : { paperSize: m.paperSize }),
  };
}

function toItem(m: Material, addedBy: AnswerRef | undefined): ChecklistItem {
  const provision = provisionOf(m);
  return {
    materialId: m.id,
    name: m.name,
    necessity: m.necessity,
    provision,
    exempt: provision.kind !== 'paper',
    source: m.source,
    acceptanceStandard: m.acceptanceStandard,
    blankForm: m.blankForm,
    sample: m.sample,
    ...(addedBy ? { addedBy } : {}),
  };
}

function findInvalidAnswer(matter: Matter, answers: Answers): AnswerError | null {
  for (const [questionId, optionId] of Object.entries(answers)) {
    const situation = matter.situations.find((s) => s.id === questionId);
    if (!situation) {
      return {
        ...err('UNKNOWN_QUESTION', `事项「${matter.name}」没有编号为 ${questionId} 的情形问题，目录可能已更新，请重新选择情形`),
        question: questionId,
      };
    }
    if (!situation.options.some((o) => o.id === optionId)) {
      return {
        ...err('UNKNOWN_OPTION', `情形问题「${situation.text}」没有编号为 ${String(optionId)} 的选项，请重新选择`),
        question: questionId,
        option: String(optionId),
      };
    }
  }
  return null;
}

interface Chosen {
  situation: Situation;
  option: Situation['options'][number];
}

/**
 * Questions in catalog order; one asked only after a given earlier answer is skipped
 * otherwise, and an answer to a skipped question is ignored (it is stale: the earlier
 * answer changed after it was given).
 */
function walkSituations(situations: readonly Situation[], answers: Answers): { chosen: Chosen[]; unanswered: Situation[] } {
  const asked = new Set<string>();
  const chosen: Chosen[] = [];
  const unanswered: Situation[] = [];
  for (const s of situations) {
    const w = s.askedWhen;
    if (w && !(asked.has(w.question) && w.options.includes(answers[w.question] ?? ''))) continue;
    asked.add(s.id);
    const answer = answers[s.id];
    const option = answer === undefined ? undefined : s.options.find((o) => o.id === answer);
    if (option) chosen.push({ situation: s, option });
    else if (s.required) unanswered.push(s);
  }
  return { chosen, unanswered };
}

const limitRank = (l: TimeLimit): number => (l.unit === 'onTheSpot' ? 0 : l.days);

/** The schema keeps one day unit per matter, so days compare directly. */
function longest(limits: readonly TimeLimit[]): TimeLimit {
  return limits.reduce((a, b) => (limitRank(b) > limitRank(a) ? b : a));
}

// ---------------------------------------------------------------------------
// 一件事: one checklist across the component matters of a bundle.

export interface BundleMaterialLine {
  /** The shared-material id, or `matterCode/materialId` for a material of one matter. */
  key: string;
  name: string;
  shared: boolean;
  /** Component matters (codes) that need this material, in bundle order. */
  neededBy: string[];
  necessity: Necessity;
  provision: MaterialProvision;
  exempt: boolean;
  acceptanceStandard: string;
  blankForm: boolean;
  sample: boolean;
}

export interface BundleComponentChecklist {
  matterCode: string;
  optional: boolean;
  checklist: Checklist;
}

export interface BundleChecklist {
  bundleCode: string;
  bundleName: string;
  components: BundleComponentChecklist[];
  /** Optional components the applicant does not need this time. */
  skipped: string[];
  materials: BundleMaterialLine[];
}

export type BundleChecklistError =
  | (Err<'UNKNOWN_MATTER'> & { matterCode: string })
  | (Err<'NOT_A_COMPONENT'> & { matterCode: string })
  | (Err<'REQUIRED_COMPONENT_SKIPPED'> & { matterCode: string })
  | (AnswerError & { matterCode: string });

export interface BundleChecklistOptions {
  /** Optional components to leave out (e.g. 公积金 when the deceased had no account). */
  skip?: readonly string[];
}

export function bundleChecklist(
  bundle: Bundle,
  matters: ReadonlyMap<string, Matter> | readonly Matter[],
  answersPerMatter: Readonly<Record<string, Answers>>,
  options: BundleChecklistOptions = {},
): Ok<BundleChecklist> | BundleChecklistError {
  const lookup = (code: string): Matter | undefined =>
    isMap(matters) ? matters.get(code) : matters.find((m) => matterKey(m) === code);
  const skip = new Set(options.skip ?? []);

  for (const code of skip) {
    const component = bundle.components.find((c) => c.matter === code);
    if (!component) {
      return { ...err('NOT_A_COMPONENT', `事项 ${code} 不是「${bundle.name}」的组成事项`), matterCode: code };
    }
    if (!component.optional) {
      return { ...err('REQUIRED_COMPONENT_SKIPPED', `「${bundle.name}」必须包含事项 ${code}，不能跳过`), matterCode: code };
    }
  }

  const components: BundleComponentChecklist[] = [];
  for (const c of bundle.components) {
    if (skip.has(c.matter)) continue;
    const matter = lookup(c.matter);
    if (!matter) {
      return {
        ...err('UNKNOWN_MATTER', `「${bundle.name}」的组成事项 ${c.matter} 不在当前目录中，请更新事项目录`),
        matterCode: c.matter,
      };
    }
    const result = requiredMaterials(matter, answersPerMatter[c.matter] ?? {});
    if (!result.ok) return { ...result, message: `【${matter.name}】${result.message}`, matterCode: c.matter };
    components.push({ matterCode: c.matter, optional: c.optional, checklist: result.value });
  }

  return ok({
    bundleCode: bundle.code,
    bundleName: bundle.name,
    components,
    skipped: bundle.components.filter((c) => skip.has(c.matter)).map((c) => c.matter),
    materials: mergeMaterials(bundle, components),
  });
}

interface Need {
  matterCode: string;
  item: ChecklistItem;
}

/**
 * One line per document: members of a shared-material group collapse into one line
 * (父母身份证 shown once, noting every matter that needs it); other materials keep a
 * line per matter. Lines appear in the order their first need appears.
 */
function mergeMaterials(bundle: Bundle, components: readonly BundleComponentChecklist[]): BundleMaterialLine[] {
  const groupOf = new Map<string, { id: string; name: string }>();
  for (const s of bundle.sharedMaterials) {
    for (const m of s.members) groupOf.set(`${m.matter}/${m.material}`, { id: s.id, name: s.name });
  }

  const lines = new Map<string, { name: string; shared: boolean; needs: Need[] }>();
  for (const c of components) {
    if (!c.checklist.applicable) continue;
    for (const item of c.checklist.items) {
      const own = `${c.matterCode}/${item.materialId}`;
      const group = groupOf.get(own);
      const key = group ? group.id : own;
      const line = lines.get(key) ?? { name: group ? group.name : item.name, shared: group !== undefined, needs: [] };
      line.needs.push({ matterCode: c.matterCode, item });
      lines.set(key, line);
    }
  }

  return [...lines].map(([key, line]) => {
    const main = dominantNeed(line.needs);
    const provision = mergedProvision(main.item.provision, line.needs);
    return {
      key,
      name: line.name,
      shared: line.shared,
      neededBy: line.needs.map((n) => n.matterCode),
      necessity: main.item.necessity,
      provision,
      exempt: provision.kind !== 'paper',
      acceptanceStandard: main.item.acceptanceStandard,
      blankForm: line.needs.some((n) => n.item.blankForm),
      sample: line.needs.some((n) => n.item.sample),
    };
  });
}

// The most demanding need decides the line: a document one matter requires on paper
// must be brought even if another matter could fetch it electronically.
const necessityRank: Readonly<Record<Necessity, number>> = { required: 3, deferrable: 2, dataShared: 1, optional: 0 };
const provisionRank: Readonly<Record<MaterialProvision['kind'], number>> = { paper: 2, eLicence: 1, dataShared: 0 };

function dominantNeed(needs: readonly Need[]): Need {
  return needs.reduce((a, b) => {
    const byNecessity = necessityRank[b.item.necessity] - necessityRank[a.item.necessity];
    if (byNecessity !== 0) return byNecessity > 0 ? b : a;
    return provisionRank[b.item.provision.kind] > provisionRank[a.item.provision.kind] ? b : a;
  });
}

/** On paper, one handover serves every matter: the most originals and copies any of them asks. */
function mergedProvision(main: MaterialProvision, needs: readonly Need[]): MaterialProvision {
  if (main.kind !== 'paper') return main;
  let originals = 0;
  let copies = 0;
  for (const { item } of needs) {
    if (item.provision.kind !== 'paper') continue;
    originals = Math.max(originals, item.provision.originals);
    copies = Math.max(copies, item.provision.copies);
  }
  return { ...main, originals, copies };
}

function isMap(m: ReadonlyMap<string, Matter> | readonly Matter[]): m is ReadonlyMap<string, Matter> {
  return !Array.isArray(m);
}
