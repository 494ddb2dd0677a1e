import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, ApplicableChecklist, ChecklistItem } from '../../../../shared/catalog/checklist';
import { buildSupplementNotice } from '../../../../shared/documents/supplement-notice';
import { intakeFromChecklist, matterFacts, situationFacts } from '../../../../shared/documents/from-catalog';
import type { CounterCase, IntakeStatus } from '../../../../shared/documents/inputs';
import {
  CASE_NUMBER,
  CREDIT_CODE,
  LEGAL_REP_ID,
  agent,
  allProvided,
  caseNumberOn,
  checklistOf,
  expectOk,
  expectedMask,
  fieldValue,
  foodLicenceCase,
  foodLicenceChecklist,
  matterNamed,
  moveInCase,
  serialised,
  tableNamed,
} from './fixtures';

const ROWS = '需要补正的材料';

describe('buildSupplementNotice: a food business licence with two materials to fix', () => {
  const checklist = foodLicenceChecklist();
  const input = foodLicenceCase({
    materials: allProvided(checklist, {
      'layout-plan': { kind: 'missing' },
      'food-safety-rules': { kind: 'nonconforming', problem: '未加盖单位公章', originals: 1, copies: 0 },
    }),
  });
  const doc = expectOk(buildSupplementNotice(input));

  it('is the one-time notice, numbered from the case, in duplicate', () => {
    expect(doc.kind).toBe('supplementNotice');
    expect(doc.title).toBe('补正材料通知书');
    expect(doc.subtitle).toBe('（一次性告知书）');
    expect(doc.documentNumber).toBe(`${CASE_NUMBER}-BZ01`);
    expect(doc.copies).toEqual([{ label: '第一联 窗口留存（申请人签收）' }, { label: '第二联 申请人收执' }]);
    expect(doc.salutation).toBe('杭州示例餐饮管理有限公司：');
    expect(doc.qr?.text).toContain(doc.barcode.text);
  });

  it('lists exactly the missing and nonconforming materials, each with the standard it must meet', () => {
    const table = tableNamed(doc, ROWS);
    expect(table.columns.map((c) => c.header)).toEqual(['序号', '材料名称', '补正内容', '应符合的标准']);
    expect(table.rows).toEqual([
      ['1', '经营场所和设备布局、操作流程的平面图', '未提交，应提交原件1份', '标明功能区、设备位置和操作流程，申请人签字或盖章'],
      ['2', '食品安全管理制度', '不符合要求：未加盖单位公章，应提交原件1份', '申请人签字或盖章'],
    ]);
    expect(table.summary).toBe('共2项');
  });

  it('cites art. 32(1)(4) of the Licensing Law and says acceptance dates from the supplement', () => {
    const text = doc.sections.filter((s) => s.kind === 'text').map((s) => (s.kind === 'text' ? s.paragraphs.join('') : '')).join('');
    expect(text).toContain('你单位于2026年3月2日提交的「食品经营许可」申请材料');
    expect(text).toContain('根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，现一次性告知你单位需要补正的全部内容');
    expect(text).toContain('自收到全部补正材料之日起受理');
  });

  it('names applicant, matter, dates, clerk and hall phone; masks the legal representative', () => {
    expect(fieldValue(doc, '办件编号')).toBe(CASE_NUMBER);
    expect(fieldValue(doc, '申请单位')).toBe('杭州示例餐饮管理有限公司');
    expect(fieldValue(doc, '统一社会信用代码')).toBe(CREDIT_CODE);
    expect(fieldValue(doc, '法定代表人')).toBe('沈佳宁');
    expect(fieldValue(doc, '法定代表人身份证号码')).toBe(expectedMask(LEGAL_REP_ID));
    expect(fieldValue(doc, '联系人')).toBe('陈一帆');
    expect(fieldValue(doc, '联系电话')).toBe('137****5678');
    expect(fieldValue(doc, '申请事项')).toBe('食品经营许可');
    expect(fieldValue(doc, '收件日期')).toBe('2026年3月2日');
    expect(fieldValue(doc, '告知日期')).toBe('2026年3月2日');
    expect(fieldValue(doc, '经办人')).toBe('林晓岚（工号 XH0123）');
    expect(fieldValue(doc, '咨询电话')).toBe('0571-88880000');
  });

  it('has a line for the applicant to sign and date, the clerk, and the seal dated the notice day', () => {
    expect(doc.signatures).toEqual([
      { label: '经办人', name: '林晓岚（工号 XH0123）', withDate: false },
      { label: '申请人（签字）', withDate: true },
    ]);
    expect(doc.seal?.date).toBe('2026年3月2日');
    expect(doc.seal?.sealName).toBe('杭州市西湖区行政服务中心综合受理专用章');
  });

  it('with an agent, lets either sign and names the agent masked', () => {
    const withAgent = expectOk(buildSupplementNotice({ ...input, applicant: moveInCase().applicant, agent }));
    expect(withAgent.signatures[1]).toEqual({ label: '申请人或代办人（签字）', withDate: true });
    expect(fieldValue(withAgent, '代办人身份证号码')).toBe(expectedMask(agent.residentId));
  });
});

// ---------------------------------------------------------------------------
// The one-time notice property, over real checklists.

interface Scenario {
  matter: string;
  answers: Answers;
}

const SCENARIOS: Scenario[] = [
  // Licensing, many paper items, e-licences, copies-only items.
  { matter: '企业设立登记', answers: { 'enterprise-type': 'limited-company', premises: 'leased', 'foreign-investor': 'yes' } },
  // Licensing with e-licence and shared-data items, an agent, originals + copies.
  { matter: '户口迁移（准予迁入）', answers: { 'move-reason': 'talent', 'by-agent': 'yes' } },
  // A 容缺后补 material.
  { matter: '就业创业证申领', answers: { graduate: 'yes' } },
  // A 非必要 material.
  { matter: '居民身份证换领', answers: { 'non-local-household': 'no' } },
];

const upTo3 = fc.integer({ min: 0, max: 3 });

/** Any status the counter could record for this item. */
function statusArb(item: ChecklistItem): fc.Arbitrary<IntakeStatus> {
  const options: fc.Arbitrary<IntakeStatus>[] = [
    fc.constant<IntakeStatus>({ kind: 'missing' }),
    fc.record({ kind: fc.constant('nonconforming' as const), problem: fc.constant('已超过有效期'), originals: upTo3, copies: upTo3 }),
    fc.constant<IntakeStatus>({ kind: 'eLicence', licence: '电子证照' }),
  ];
  const p = item.provision;
  if (p.kind === 'paper') {
    // In full (possibly more than asked).
    options.push(
      fc.record({
        kind: fc.constant('paper' as const),
        originals: fc.integer({ min: p.originals, max: p.originals + 2 }),
        copies: fc.integer({ min: p.copies, max: p.copies + 2 }),
        scannedPages: upTo3,
      }),
    );
    // Short of originals or of copies, but something handed over.
    if (p.originals > 0) {
      options.push(
        fc.record({
          kind: fc.constant('paper' as const),
          originals: fc.integer({ min: 0, max: p.originals - 1 }),
          copies: fc.integer({ min: 1, max: p.copies + 2 }),
          scannedPages: upTo3,
        }),
      );
    }
    if (p.copies > 0) {
      options.push(
        fc.record({
          kind: fc.constant('paper' as const),
          originals: fc.integer({ min: 1, max: p.originals + 2 }),
          copies: fc.integer({ min: 0, max: p.copies - 1 }),
          scannedPages: upTo3,
        }),
      );
    }
  } else {
    options.push(fc.constant<IntakeStatus>(p.kind === 'eLicence' ? { kind: 'eLicence', licence: p.licence } : { kind: 'dataShared' }));
  }
  if (item.necessity === 'deferrable') {
    options.push(
      fc.constant<IntakeStatus>({ kind: 'deferred', commitment: { signedBy: '周明远', signedOn: '2026-03-02', deliverBy: '2026-04-30' } }),
    );
  }
  return fc.oneof(...options);
}

/** The rule, restated independently of materials.ts. */
function shouldBeListed(item: ChecklistItem, s: IntakeStatus): boolean {
  if (item.necessity === 'optional') return false;
  if (s.kind === 'missing' || s.kind === 'nonconforming') return true;
  if (s.kind === 'paper' && item.provision.kind === 'paper') {
    return s.originals < item.provision.originals || s.copies < item.provision.copies;
  }
  return false;
}

function caseFor(scenario: Scenario, checklist: ApplicableChecklist, statuses: Record<string, IntakeStatus>): CounterCase {
  const m = matterNamed(scenario.matter);
  return moveInCase({
    matter: matterFacts(m, checklist),
    situations: situationFacts(m, scenario.answers),
    materials: intakeFromChecklist(checklist, statuses),
    decision: { kind: 'supplement', notifiedOn: '2026-03-03' },
  });
}

describe('buildSupplementNotice: every missing required material appears, none that was provided does', () => {
  const prepared = SCENARIOS.map((s) => ({ scenario: s, checklist: checklistOf(matterNamed(s.matter), s.answers) }));

  it('uses checklists whose material names are unique (so rows can be matched by name)', () => {
    for (const { checklist } of prepared) {
      const names = checklist.items.map((i) => i.name);
      expect(new Set(names).size).toBe(names.length);
      expect(names.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('holds for random intake records of real checklists', () => {
    const arb = fc
      .constantFrom(...prepared)
      .chain(({ scenario, checklist }) =>
        fc
          .tuple(...checklist.items.map((item) => statusArb(item)))
          .map((statuses) => ({ scenario, checklist, statuses })),
      );
    fc.assert(
      fc.property(arb, ({ scenario, checklist, statuses }) => {
        const byId: Record<string, IntakeStatus> = {};
        checklist.items.forEach((item, i) => (byId[item.materialId] = statuses[i] as IntakeStatus));
        const expected = checklist.items.filter((item) => shouldBeListed(item, byId[item.materialId] as IntakeStatus));
        const r = buildSupplementNotice(caseFor(scenario, checklist, byId));
        if (expected.length === 0) {
          expect(r.ok ? 'OK' : r.code).toBe('NOTHING_TO_SUPPLEMENT');
          return;
        }
        const doc = expectOk(r);
        const rows = tableNamed(doc, ROWS).rows;
        expect(rows.map((row) => row[1])).toEqual(expected.map((i) => i.name));
        expect(rows.map((row) => row[3])).toEqual(expected.map((i) => i.acceptanceStandard));
        expect(rows.map((row) => row[0])).toEqual(expected.map((_, i) => String(i + 1)));
        const listed = new Set(rows.map((row) => row[1]));
        for (const item of checklist.items) {
          if (!expected.includes(item)) expect(listed.has(item.name)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('buildSupplementNotice: what is not grounds for 补正', () => {
  const employment = checklistOf(matterNamed('就业创业证申领'), { graduate: 'yes' });
  const employmentCase = (statuses: Record<string, IntakeStatus>): CounterCase => {
    const m = matterNamed('就业创业证申领');
    return moveInCase({
      matter: matterFacts(m, employment),
      situations: situationFacts(m, { graduate: 'yes' }),
      materials: allProvided(employment, statuses),
      decision: { kind: 'supplement', notifiedOn: '2026-03-02' },
    });
  };
  const code = (c: CounterCase) => {
    const r = buildSupplementNotice(c);
    return r.ok ? 'OK' : r.code;
  };

  it('NOTHING_TO_SUPPLEMENT when everything is provided or 免提交', () => {
    expect(code(foodLicenceCase())).toBe('NOTHING_TO_SUPPLEMENT');
  });

  it('NOTHING_TO_SUPPLEMENT when the only gap is a 容缺后补 material under commitment', () => {
    const deferred: IntakeStatus = { kind: 'deferred', commitment: { signedBy: '周明远', signedOn: '2026-03-02', deliverBy: '2026-07-10' } };
    expect(code(employmentCase({ 'graduation-certificate': deferred }))).toBe('NOTHING_TO_SUPPLEMENT');
    // Without the commitment the same material must be supplemented.
    const doc = expectOk(buildSupplementNotice(employmentCase({ 'graduation-certificate': { kind: 'missing' } })));
    expect(tableNamed(doc, ROWS).rows.map((r) => r[1])).toEqual(['毕业证书']);
  });

  it('NOTHING_TO_SUPPLEMENT when the only gap is a 非必要 material', () => {
    const m = matterNamed('居民身份证换领');
    const c = checklistOf(m, { 'non-local-household': 'no' });
    const input = moveInCase({
      matter: matterFacts(m, c),
      situations: [],
      materials: allProvided(c, { 'photo-receipt': { kind: 'missing' } }),
      decision: { kind: 'supplement', notifiedOn: '2026-03-02' },
    });
    expect(code(input)).toBe('NOTHING_TO_SUPPLEMENT');
  });

  it('cites no Licensing Law article on a public-service matter', () => {
    const doc = expectOk(buildSupplementNotice(employmentCase({ 'graduation-certificate': { kind: 'missing' } })));
    expect(serialised(doc)).not.toContain('行政许可法');
  });
});

describe('buildSupplementNotice: inconsistent input', () => {
  const missingPlan = (overrides: Partial<CounterCase> = {}): CounterCase =>
    foodLicenceCase({ materials: allProvided(foodLicenceChecklist(), { 'layout-plan': { kind: 'missing' } }), ...overrides });
  const code = (c: CounterCase) => {
    const r = buildSupplementNotice(c);
    return r.ok ? 'OK' : r.code;
  };

  it('SUPPLEMENT_NOTICE_OVERDUE after 5 working days from receipt', () => {
    expect(code(missingPlan({ decision: { kind: 'supplement', notifiedOn: '2026-03-09' } }))).toBe('OK');
    expect(code(missingPlan({ decision: { kind: 'supplement', notifiedOn: '2026-03-10' } }))).toBe('SUPPLEMENT_NOTICE_OVERDUE');
  });

  it('counts the window in working days across the National Day holiday', () => {
    // Wed 30 Sep 2026; Oct 1–7 off; Thu 8, Fri 9, Sat 10 (调休上班), Mon 12, Tue 13 = 5 working days.
    const received = { caseNumber: caseNumberOn('2026-09-30'), receivedOn: '2026-09-30' };
    expect(code(missingPlan({ ...received, decision: { kind: 'supplement', notifiedOn: '2026-10-13' } }))).toBe('OK');
    expect(code(missingPlan({ ...received, decision: { kind: 'supplement', notifiedOn: '2026-10-14' } }))).toBe('SUPPLEMENT_NOTICE_OVERDUE');
  });

  it('WRONG_DECISION, DATE_ORDER, IDENTITY_REVEAL_NOT_ALLOWED', () => {
    expect(code(missingPlan({ decision: { kind: 'accept', acceptedOn: '2026-03-02' } }))).toBe('WRONG_DECISION');
    expect(code(missingPlan({ decision: { kind: 'supplement', notifiedOn: '2026-03-01' } }))).toBe('DATE_ORDER');
    const r = buildSupplementNotice(missingPlan(), { revealIdentity: true });
    expect(r.ok ? 'OK' : r.code).toBe('IDENTITY_REVEAL_NOT_ALLOWED');
  });
});
