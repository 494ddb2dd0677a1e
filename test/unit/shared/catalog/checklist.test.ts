import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, ApplicableChecklist, Checklist, ChecklistItem } from '../../../../shared/catalog/checklist';
import { requiredMaterials } from '../../../../shared/catalog/checklist';
import { defaultCatalog } from '../../../../shared/catalog/data';
import type { Matter } from '../../../../shared/catalog/schema';
import { matterKey, matterSchema } from '../../../../shared/catalog/schema';
import { syntheticMatter } from './synthetic-catalog';

const matter = (name: string): Matter => {
  const m = defaultCatalog.matters.find((x) => x.name === name);
  if (!m) throw new Error(`fixture matter ${name} missing`);
  return m;
};

function checklist(m: Matter, answers: Answers): Checklist {
  const r = requiredMaterials(m, answers);
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.value;
}

function applicable(m: Matter, answers: Answers): ApplicableChecklist {
  const c = checklist(m, answers);
  if (!c.applicable) throw new Error(`not applicable: ${c.reason}`);
  return c;
}

const ids = (c: ApplicableChecklist): string[] => c.items.map((i) => i.materialId);
const item = (c: ApplicableChecklist, id: string): ChecklistItem => {
  const found = c.items.find((i) => i.materialId === id);
  if (!found) throw new Error(`${id} not in checklist: ${ids(c).join(', ')}`);
  return found;
};

describe('requiredMaterials: real situations', () => {
  const moveIn = matter('户口迁移（准予迁入）');

  it('adds the materials of the chosen 迁入原因 and records which answer added them', () => {
    const c = applicable(moveIn, { 'move-reason': 'spouse', 'by-agent': 'no' });
    expect(ids(c)).toEqual(['applicant-id-card', 'household-register', 'move-in-application', 'marriage-certificate', 'host-household-register', 'host-consent']);
    expect(item(c, 'host-consent').addedBy).toEqual({ question: 'move-reason', option: 'spouse' });
    expect(item(c, 'applicant-id-card').addedBy).toBeUndefined();
    expect(c.promisedLimit).toEqual({ unit: 'workingDays', days: 5 });
    expect(c.statutoryLimit).toEqual({ unit: 'workingDays', days: 20 });
    expect(c.matterCode).toBe(matterKey(moveIn));
    expect(c.matterVersion).toBe(moveIn.version);
  });

  it('marks e-licence and shared-data materials 免提交 without paper counts', () => {
    const c = applicable(moveIn, { 'move-reason': 'talent', 'by-agent': 'no' });
    const register = item(c, 'household-register');
    expect(register.exempt).toBe(true);
    expect(register.provision).toEqual({ kind: 'eLicence', licence: '居民户口簿' });
    const insurance = item(c, 'local-social-insurance');
    expect(insurance.exempt).toBe(true);
    expect(insurance.provision).toEqual({ kind: 'dataShared' });
    const diploma = item(c, 'graduation-certificate');
    expect(diploma.exempt).toBe(false);
    expect(diploma.provision).toEqual({ kind: 'paper', originals: 1, copies: 1, paperSize: 'asIs' });
    // 人才引进 is handled faster than the default promise.
    expect(c.promisedLimit).toEqual({ unit: 'workingDays', days: 1 });
  });

  it('adds the agent materials only when someone else applies', () => {
    expect(ids(applicable(moveIn, { 'move-reason': 'home-purchase', 'by-agent': 'yes' }))).toEqual(
      expect.arrayContaining(['agent-id-card', 'power-of-attorney', 'property-certificate']),
    );
    expect(ids(applicable(moveIn, { 'move-reason': 'home-purchase', 'by-agent': 'no' }))).not.toContain('agent-id-card');
  });

  it('swaps an out-of-province birth certificate to paper and drops the marriage certificate for unmarried parents', () => {
    const birth = matter('出生登记');
    const usual = applicable(birth, { 'birth-certificate-in-province': 'yes', 'parents-married': 'yes', overdue: 'no' });
    expect(ids(usual)).toEqual(['birth-medical-certificate', 'parents-id-cards', 'household-register', 'marriage-certificate']);
    expect(usual.items.filter((i) => !i.exempt).map((i) => i.materialId)).toEqual(['parents-id-cards']);
    expect(usual.promisedLimit).toEqual({ unit: 'onTheSpot' });

    const other = applicable(birth, { 'birth-certificate-in-province': 'no', 'parents-married': 'no', overdue: 'yes' });
    expect(ids(other)).not.toContain('birth-medical-certificate');
    expect(ids(other)).not.toContain('marriage-certificate');
    expect(ids(other)).toEqual(expect.arrayContaining(['birth-medical-certificate-paper', 'non-marital-birth-statement', 'overdue-explanation']));
    expect(item(other, 'birth-medical-certificate-paper').exempt).toBe(false);
    // Late registration needs checking: the 即办件 becomes a 5-working-day promise.
    expect(other.promisedLimit).toEqual({ unit: 'workingDays', days: 5 });
  });

  it('removes a default material (newborn: no ID card of the insured person)', () => {
    const card = matter('社会保障卡申领');
    const adult = applicable(card, { cardholder: 'adult', 'instant-issuance': 'no', 'by-agent': 'no' });
    expect(ids(adult)).toContain('applicant-id-card');
    const newborn = applicable(card, { cardholder: 'newborn', 'instant-issuance': 'yes', 'by-agent': 'no' });
    expect(ids(newborn)).not.toContain('applicant-id-card');
    expect(ids(newborn)).toEqual(expect.arrayContaining(['birth-medical-certificate', 'guardian-id-card', 'household-register']));
    expect(newborn.promisedLimit).toEqual({ unit: 'onTheSpot' });
    expect(adult.promisedLimit).toEqual({ unit: 'workingDays', days: 10 });
  });

  it('lets 告知承诺 shorten the promise and drop the inspection report', () => {
    const hygiene = matter('公共场所卫生许可');
    const normal = applicable(hygiene, { commitment: 'no' });
    const promised = applicable(hygiene, { commitment: 'yes' });
    expect(normal.promisedLimit).toEqual({ unit: 'workingDays', days: 7 });
    expect(promised.promisedLimit).toEqual({ unit: 'onTheSpot' });
    expect(ids(normal)).toContain('hygiene-inspection');
    expect(ids(promised)).not.toContain('hygiene-inspection');
    expect(ids(promised)).toContain('commitment-letter');
    // A3 drawings keep their paper size on the checklist.
    expect(item(normal, 'floor-plan').provision).toMatchObject({ kind: 'paper', paperSize: 'A3' });
  });

  it('takes the longest promise when several answers set one', () => {
    const retire = matter('职工正常退休申请');
    expect(applicable(retire, { 'retirement-option': 'special-job', 'deemed-contribution': 'yes' }).promisedLimit).toEqual({ unit: 'workingDays', days: 20 });
    expect(applicable(retire, { 'retirement-option': 'flexible-early', 'deemed-contribution': 'yes' }).promisedLimit).toEqual({ unit: 'workingDays', days: 15 });
    expect(applicable(retire, { 'retirement-option': 'statutory-age', 'deemed-contribution': 'no' }).promisedLimit).toEqual({ unit: 'workingDays', days: 10 });
    // The personnel file is added by both answers but listed once.
    expect(ids(applicable(retire, { 'retirement-option': 'special-job', 'deemed-contribution': 'yes' })).filter((i) => i === 'personnel-file')).toHaveLength(1);
  });

  it('derives the 二手房 checklist from loan and marital answers', () => {
    const transfer = matter('不动产转移登记（存量房买卖）');
    const c = applicable(transfer, {
      'buyer-loan': 'yes',
      'seller-marital-status': 'divorced',
      'buyer-marital-status': 'married',
      mortgaged: 'no',
      'by-agent': 'no',
    });
    expect(ids(c)).toEqual(
      expect.arrayContaining(['loan-contract', 'mortgage-contract', 'seller-divorce-certificate', 'divorce-property-agreement', 'buyer-marriage-certificate']),
    );
    expect(ids(c)).not.toContain('seller-spouse-consent');
    expect(ids(c)).not.toContain('mortgagee-consent');
    expect(item(c, 'seller-divorce-certificate').provision).toEqual({ kind: 'eLicence', licence: '离婚证' });
    expect(c.promisedLimit).toEqual({ unit: 'workingDays', days: 2 });
  });

  it('marks a deferrable material 容缺后补 when it applies', () => {
    const card = matter('就业创业证申领');
    expect(item(applicable(card, { graduate: 'yes' }), 'graduation-certificate').necessity).toBe('deferrable');
    expect(ids(applicable(card, { graduate: 'no' }))).toEqual(['applicant-id-card']);
  });

  it('reports a matter not handled here, with the competent authority, even before other answers', () => {
    const maternity = matter('生育保险待遇核准（生育医疗费用及生育津贴）');
    const c = checklist(maternity, { 'insured-locally': 'no' });
    expect(c.applicable).toBe(false);
    if (!c.applicable) {
      expect(c.competentAuthority).toBe('参保地医疗保障经办机构');
      expect(c.reason).toContain('未在本市参加生育保险');
      expect(c.decidedBy).toEqual({ question: 'insured-locally', option: 'no' });
    }
    const local = applicable(maternity, { 'insured-locally': 'yes', 'settled-at-hospital': 'no', 'male-employee': 'no' });
    expect(ids(local)).toEqual(expect.arrayContaining(['medical-invoices', 'discharge-summary']));
    expect(local.promisedLimit).toEqual({ unit: 'workingDays', days: 15 });
  });

  it('asks a follow-up question only after the answer it depends on, and ignores stale answers', () => {
    const change = matter('企业变更登记');
    const byName = applicable(change, { 'change-item': 'name', premises: 'leased' });
    expect(ids(byName)).not.toContain('lease-contract');
    const r = requiredMaterials(change, { 'change-item': 'address' });
    expect(r.ok).toBe(false);
    if (!r.ok && r.code === 'UNANSWERED_QUESTIONS') expect(r.unanswered).toEqual(['premises']);
    const byAddress = applicable(change, { 'change-item': 'address', premises: 'leased' });
    expect(ids(byAddress)).toEqual(expect.arrayContaining(['lease-contract', 'lessor-property-certificate', 'amended-articles']));
  });
});

describe('requiredMaterials: answer validation', () => {
  const moveIn = matter('户口迁移（准予迁入）');

  it('rejects an unknown question with its own code', () => {
    const r = requiredMaterials(moveIn, { 'move-reason': 'spouse', 'by-agent': 'no', colour: 'red' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('UNKNOWN_QUESTION');
      expect(r.message).toContain('没有编号为 colour 的情形问题');
      expect(r).toMatchObject({ question: 'colour' });
    }
  });

  it('rejects an unknown option with its own code', () => {
    const r = requiredMaterials(moveIn, { 'move-reason': 'marriage', 'by-agent': 'no' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('UNKNOWN_OPTION');
      expect(r.message).toContain('情形问题「迁入原因」没有编号为 marriage 的选项');
      expect(r).toMatchObject({ question: 'move-reason', option: 'marriage' });
    }
  });

  it('lists every unanswered required question, in catalog order', () => {
    const r = requiredMaterials(moveIn, {});
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('UNANSWERED_QUESTIONS');
      expect(r.message).toBe('请先回答以下情形问题：迁入原因；是否委托他人代办');
      if (r.code === 'UNANSWERED_QUESTIONS') expect(r.unanswered).toEqual(['move-reason', 'by-agent']);
    }
    const partly = requiredMaterials(moveIn, { 'by-agent': 'no' });
    expect(!partly.ok && partly.code === 'UNANSWERED_QUESTIONS' && partly.unanswered).toEqual(['move-reason']);
  });

  it('needs no answers for a matter without questions', () => {
    const c = applicable(matter('养老机构备案'), {});
    expect(c.items.length).toBeGreaterThan(0);
  });
});

describe('requiredMaterials: rules on a synthetic matter', () => {
  const base = syntheticMatter({ name: '规则测试事项', departmentCode: 'GA', departmentName: '测试局', serial: 7 });
  const m: Matter = {
    ...base,
    materials: [
      ...base.materials,
      { ...base.materials[0], id: 'extra', name: '补充材料', appliesByDefault: false } as Matter['materials'][number],
    ],
    situations: [
      {
        id: 'adds',
        text: '是否需要补充材料',
        kind: 'yesNo',
        required: true,
        options: [
          { id: 'yes', label: '是', effects: { addMaterials: ['extra'] } },
          { id: 'no', label: '否' },
        ],
      },
      {
        id: 'removes',
        text: '是否已共享补充材料',
        kind: 'yesNo',
        required: false,
        options: [
          { id: 'yes', label: '是', effects: { removeMaterials: ['extra'] } },
          { id: 'no', label: '否' },
        ],
      },
    ],
  };

  it('is a valid matter', () => {
    expect(matterSchema.safeParse(m).success).toBe(true);
  });

  it('lets a removal win over an addition', () => {
    expect(ids(applicable(m, { adds: 'yes' }))).toEqual(['application', 'extra']);
    expect(ids(applicable(m, { adds: 'yes', removes: 'yes' }))).toEqual(['application']);
  });

  it('does not require an optional question', () => {
    expect(requiredMaterials(m, { adds: 'no' }).ok).toBe(true);
  });
});

describe('requiredMaterials: properties over the whole catalog', () => {
  const matters = defaultCatalog.matters;

  /** Answers every question (asked or not) with an arbitrary option. */
  const answersFor = (m: Matter, picks: readonly number[]): Answers =>
    Object.fromEntries(m.situations.map((s, i) => [s.id, s.options[(picks[i] ?? 0) % s.options.length]?.id ?? '']));

  it('derives a consistent checklist for every complete set of answers', () => {
    fc.assert(
      fc.property(fc.nat(matters.length - 1), fc.array(fc.nat(20), { minLength: 8, maxLength: 8 }), (mi, picks) => {
        const m = matters[mi] as Matter;
        const r = requiredMaterials(m, answersFor(m, picks));
        expect(r.ok).toBe(true);
        if (!r.ok || !r.value.applicable) return;
        const c = r.value;
        const byId = new Map(m.materials.map((x) => [x.id, x]));
        expect(new Set(ids(c)).size).toBe(c.items.length);
        for (const it of c.items) {
          const source = byId.get(it.materialId);
          expect(source).toBeDefined();
          // An e-licence material is never asked for on paper.
          if (source?.source.channel === 'eLicence') expect(it.provision.kind).toBe('eLicence');
          expect(it.exempt).toBe(it.provision.kind !== 'paper');
          if (it.provision.kind === 'paper') expect(it.provision.originals + it.provision.copies).toBeGreaterThan(0);
        }
        const s = c.statutoryLimit;
        const p = c.promisedLimit;
        if (s && s.unit !== 'onTheSpot' && p.unit === s.unit) expect(p.days).toBeLessThanOrEqual(s.days);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps catalog order of materials whatever the answers', () => {
    fc.assert(
      fc.property(fc.nat(matters.length - 1), fc.array(fc.nat(20), { minLength: 8, maxLength: 8 }), (mi, picks) => {
        const m = matters[mi] as Matter;
        const r = requiredMaterials(m, answersFor(m, picks));
        if (!r.ok || !r.value.applicable) return;
        const order = m.materials.map((x) => x.id);
        const positions = r.value.items.map((i) => order.indexOf(i.materialId));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });
});
