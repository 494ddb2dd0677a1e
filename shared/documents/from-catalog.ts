/**
 * Copying catalog facts into document inputs, by value: a document must say what the
 * catalog said when the case was taken, even after the catalog changes.
 */
import type { Answers, ApplicableChecklist, ChecklistItem } from '../catalog/checklist';
import type { Matter } from '../catalog/schema';
import { matterKey } from '../catalog/schema';
import type { IntakeStatus, MaterialIntake, MatterFacts, Remedy, SituationFact } from './inputs';

/** The matter with the promised limit of this applicant's situation (the checklist's). */
export function matterFacts(matter: Matter, checklist?: Pick<ApplicableChecklist, 'promisedLimit'>): MatterFacts {
  return {
    code: matterKey(matter),
    name: matter.name,
    type: matter.type,
    department: matter.department.name,
    handlingType: matter.handlingType,
    legalBasis: matter.legalBasis.map((b) => ({ ...b })),
    limits: { statutory: matter.limits.statutory, promised: checklist?.promisedLimit ?? matter.limits.promised },
    delivery: [...matter.delivery],
    applicantKinds: [...matter.applicantKinds],
    resultName: matter.result.name,
    catalogVersion: matter.version,
  };
}

/**
 * The answered questions in words, in catalog order. A question asked only after a given
 * earlier answer is left out when that answer was not given (its answer is stale), the
 * same way the checklist ignores it.
 */
export function situationFacts(matter: Matter, answers: Answers): SituationFact[] {
  const asked = new Set<string>();
  const out: SituationFact[] = [];
  for (const s of matter.situations) {
    const w = s.askedWhen;
    if (w && !(asked.has(w.question) && w.options.includes(answers[w.question] ?? ''))) continue;
    asked.add(s.id);
    const option = s.options.find((o) => o.id === answers[s.id]);
    if (option) out.push({ question: s.text, answer: option.label });
  }
  return out;
}

/** The 免提交 status a checklist item gets without anything handed over, if any. */
export function exemptStatus(item: ChecklistItem): IntakeStatus | null {
  if (item.provision.kind === 'eLicence') return { kind: 'eLicence', licence: item.provision.licence };
  if (item.provision.kind === 'dataShared') return { kind: 'dataShared' };
  return null;
}

export function materialIntake(item: ChecklistItem, status: IntakeStatus): MaterialIntake {
  return {
    materialId: item.materialId,
    name: item.name,
    necessity: item.necessity,
    acceptanceStandard: item.acceptanceStandard,
    required: item.provision.kind === 'paper' ? { originals: item.provision.originals, copies: item.provision.copies } : null,
    status,
  };
}

/**
 * One intake entry per checklist item, in checklist order: the recorded status where given,
 * else 免提交 for e-licence and shared-data items, else missing.
 */
export function intakeFromChecklist(
  checklist: Pick<ApplicableChecklist, 'items'>,
  recorded: Readonly<Record<string, IntakeStatus>> = {},
): MaterialIntake[] {
  return checklist.items.map((item) =>
    materialIntake(item, recorded[item.materialId] ?? exemptStatus(item) ?? { kind: 'missing' }),
  );
}

/** Both remedies, before the given review body and court (periods and statutes come from the rules). */
export function standardRemedies(reviewBody: string, court: string): Remedy[] {
  return [
    { kind: 'administrativeReview', body: reviewBody },
    { kind: 'administrativeLitigation', body: court },
  ];
}
