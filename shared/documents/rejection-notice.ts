/**
 * 不予受理通知书: a written decision with reasons, the competent authority when the matter
 * belongs elsewhere, and the applicant's remedies with their time limits (periods and
 * statutes come from DocumentRules.remedies; the decision names only who hears them).
 *
 * The shared intake checks (applicant kind, materials) are not applied: an applicant of
 * the wrong kind is itself a reason to refuse, and a refusal does not depend on materials.
 */
import { err, ok } from '../result';
import type { DocumentOptions, DocumentResult } from './common';
import { contextFor, documentHead, matterFields, sealOf, validate, wrongDecision } from './common';
import { formatCitation, formatDate, formatPeriod } from './format';
import type { CompetentAuthority, CounterCase } from './inputs';
import { counterCaseSchema } from './inputs';
import type { Field, RejectionNotice } from './model';
import { addressOf, agentFields, applicantFields, clerkLabel } from './parties';
import { rejectionGroundLabels } from './rules';

const TITLE = '不予受理通知书';

export function buildRejectionNotice(input: CounterCase, options: DocumentOptions = {}): DocumentResult<RejectionNotice> {
  const context = contextFor('rejectionNotice', TITLE, options);
  if (!context.ok) return context;
  const ctx = context.value;
  const valid = validate(counterCaseSchema, input);
  if (!valid.ok) return valid;
  const c = valid.value;

  const d = c.decision;
  if (d?.kind !== 'reject') return wrongDecision(TITLE, '不予受理');
  if (d.decidedOn < c.receivedOn) return err('DATE_ORDER', '决定日期早于收件日期');
  const reason = d.reason.replace(/[。；;，,\s]+$/u, '');
  if (reason === '') return err('REJECTION_REASON_MISSING', '不予受理须写明理由');
  if (d.ground === 'notCompetent' && d.competentAuthority === undefined) {
    return err('COMPETENT_AUTHORITY_MISSING', '申请事项不属于本机关职权范围的，须告知申请人向哪个机关申请');
  }
  if (d.remedies.length === 0) {
    return err('REMEDIES_MISSING', '不予受理通知书须告知申请人申请行政复议或者提起行政诉讼的途径和期限');
  }

  const head = documentHead('rejectionNotice', c.authority, c.caseNumber, ctx);
  const you = addressOf(c.applicant);
  const citation = ctx.rules.procedural[c.matter.type]?.reject?.[d.ground];
  const basis = citation === undefined ? '' : `根据${formatCitation(citation)}的规定，`;
  const paragraphs = [`${you}于${formatDate(c.receivedOn)}提交的「${c.matter.name}」申请，经审查，${reason}。${basis}决定不予受理。`];
  if (d.competentAuthority !== undefined) {
    paragraphs.push(`请${you}向${describeAuthority(d.competentAuthority)}提出申请。`);
  }

  const fields: Field[] = [
    { label: '办件编号', value: head.caseNumber },
    ...applicantFields(c.applicant, ctx.show),
    ...agentFields(c.agent, ctx.show),
    ...matterFields(c.matter),
    { label: '收件日期', value: formatDate(c.receivedOn) },
    { label: '决定日期', value: formatDate(d.decidedOn) },
    { label: '不予受理情形', value: rejectionGroundLabels[d.ground] },
    { label: '不予受理理由', value: reason },
  ];
  if (d.competentAuthority !== undefined) {
    fields.push({ label: '有权受理机关', value: describeAuthority(d.competentAuthority) });
  }

  const model: RejectionNotice = {
    kind: head.kind,
    title: TITLE,
    issuer: head.issuer,
    documentNumber: head.documentNumber,
    caseNumber: head.caseNumber,
    barcode: head.barcode,
    copies: [{ label: null }],
    salutation: `${c.applicant.name}：`,
    sections: [
      { kind: 'text', paragraphs },
      { kind: 'fields', heading: '申请信息', fields },
      { kind: 'text', heading: '救济途径', paragraphs: [`${you}如不服本决定，可以依法通过下列途径寻求救济：`] },
      {
        kind: 'list',
        ordered: true,
        items: d.remedies.map((r) => {
          const rule = ctx.rules.remedies[r.kind];
          return `自收到本通知书之日起${formatPeriod(rule.period)}内，向${r.body}${rule.action}（依据${formatCitation(rule.basis)}）。`;
        }),
      },
    ],
    notes: [],
    signatures: [{ label: '经办人', name: clerkLabel(c.clerk), withDate: false }],
    seal: sealOf(c.authority, d.decidedOn),
    identityRevealed: head.identityRevealed,
  };
  return ok(model);
}

function describeAuthority(a: CompetentAuthority): string {
  const extra = [a.address === undefined ? null : `地址：${a.address}`, a.phone === undefined ? null : `电话：${a.phone}`].filter(
    (x): x is string => x !== null,
  );
  return extra.length === 0 ? a.name : `${a.name}（${extra.join('；')}）`;
}
