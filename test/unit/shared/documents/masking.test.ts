/**
 * Identity numbers and personal phone numbers never appear in full on a document model
 * unless it is built with revealIdentity on a document whose purpose allows that.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildAcceptanceNotice,
  buildHandoverReceipt,
  buildMaterialReceipt,
  buildRejectionNotice,
  buildSupplementNotice,
  defaultDocumentRules,
  DOCUMENT_KINDS,
  standardRemedies,
} from '../../../../shared/documents';
import type { CounterCase, DocumentOptions, HandoverCase } from '../../../../shared/documents';
import { residentIdArb } from '../identity/generate';
import { allProvided, company, expectOk, foodLicenceChecklist, foodLicenceCase, moveInCase, serialised } from './fixtures';

const idArb = residentIdArb('2026-01-01').map((g) => g.id);
const mobileArb = fc
  .tuple(fc.constantFrom('13', '15', '17', '18', '19'), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }))
  .map(([head, rest]) => head + rest.join(''));

interface People {
  applicantId: string;
  agentId: string;
  legalRepId: string;
  applicantPhone: string;
  agentPhone: string;
  contactPhone: string;
  postPhone: string;
}

const peopleArb: fc.Arbitrary<People> = fc.record({
  applicantId: idArb,
  agentId: idArb,
  legalRepId: idArb,
  applicantPhone: mobileArb,
  agentPhone: mobileArb,
  contactPhone: mobileArb,
  postPhone: mobileArb,
});

const DECIDED = '2026-03-02';

/** The five documents for these people; a person applicant or a company, each with an agent. */
function documentsFor(p: People, options: DocumentOptions = {}): unknown[] {
  const agent = { name: '周明慧', residentId: p.agentId, phone: p.agentPhone };
  const person = { ...moveInCase().applicant, residentId: p.applicantId, phone: p.applicantPhone } as CounterCase['applicant'];
  const post = { method: 'post' as const, recipient: '周明远', phone: p.postPhone, address: '杭州市西湖区示例路8号' };
  const accepted = moveInCase({ applicant: person, agent, delivery: post });
  const org = {
    ...company,
    legalRepresentative: { name: '沈佳宁', residentId: p.legalRepId },
    contact: { name: '陈一帆', phone: p.contactPhone },
  };
  const supplement = foodLicenceCase({
    applicant: org,
    agent,
    materials: allProvided(foodLicenceChecklist(), { 'layout-plan': { kind: 'missing' } }),
  });
  const rejected: CounterCase = {
    ...accepted,
    decision: { kind: 'reject', decidedOn: DECIDED, ground: 'other', reason: '申请人不符合迁入条件', remedies: standardRemedies('杭州市西湖区人民政府', '杭州市西湖区人民法院') },
  };
  const handover: HandoverCase = {
    authority: accepted.authority,
    clerk: accepted.clerk,
    applicant: person,
    matter: accepted.matter,
    caseNumber: accepted.caseNumber,
    handover: {
      handedOverAt: '2026-03-09T02:35:00Z',
      recipient: { role: 'agent', name: '周明慧', residentId: p.agentId },
      identityCheck: 'idCardReader',
      items: [{ name: '准予迁入证明', count: 1 }],
    },
  };
  const receipt: CounterCase = { ...supplement, decision: undefined };
  const reveal = options.revealIdentity === true;
  // Only the documents that allow it are asked to reveal.
  const allowed = (kind: (typeof DOCUMENT_KINDS)[number]): DocumentOptions => (reveal && defaultDocumentRules.identityReveal[kind] ? options : {});
  return [
    expectOk(buildAcceptanceNotice(accepted, allowed('acceptanceNotice'))),
    expectOk(buildSupplementNotice(supplement, allowed('supplementNotice'))),
    expectOk(buildRejectionNotice(rejected, allowed('rejectionNotice'))),
    expectOk(buildMaterialReceipt(receipt, allowed('materialReceipt'))),
    expectOk(buildHandoverReceipt(handover, allowed('handoverReceipt'))),
  ];
}

describe('masking across all documents', () => {
  it('never serialises a full identity number or personal phone by default, and does print their masks', () => {
    fc.assert(
      fc.property(peopleArb, (p) => {
        const all = documentsFor(p).map(serialised).join('\n');
        for (const id of [p.applicantId, p.agentId, p.legalRepId]) {
          expect(all).not.toContain(id);
          expect(all).toContain(`${id.slice(0, 6)}********${id.slice(-4)}`);
        }
        for (const phone of [p.applicantPhone, p.agentPhone, p.contactPhone, p.postPhone]) {
          expect(all).not.toContain(phone);
          expect(all).toContain(`${phone.slice(0, 3)}****${phone.slice(7)}`);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('prints full numbers only on the rejection notice and the handover receipt when asked', () => {
    fc.assert(
      fc.property(peopleArb, (p) => {
        const [acceptance, supplement, rejection, receipt, handover] = documentsFor(p, { revealIdentity: true }).map(serialised);
        expect(rejection).toContain(p.applicantId);
        expect(rejection).toContain(p.agentId);
        expect(handover).toContain(p.agentId);
        for (const masked of [acceptance, supplement, receipt]) {
          for (const id of [p.applicantId, p.agentId, p.legalRepId]) expect(masked).not.toContain(id);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('refuses revealIdentity on the three documents handed to the applicant', () => {
    const refused = DOCUMENT_KINDS.filter((k) => !defaultDocumentRules.identityReveal[k]);
    expect(refused).toEqual(['acceptanceNotice', 'supplementNotice', 'materialReceipt']);
    const c = moveInCase();
    for (const r of [
      buildAcceptanceNotice(c, { revealIdentity: true }),
      buildSupplementNotice({ ...c, decision: { kind: 'supplement', notifiedOn: DECIDED } }, { revealIdentity: true }),
      buildMaterialReceipt(c, { revealIdentity: true }),
    ]) {
      expect(r.ok ? 'OK' : r.code).toBe('IDENTITY_REVEAL_NOT_ALLOWED');
    }
  });
});
