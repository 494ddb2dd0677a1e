import { describe, expect, it } from 'vitest';
import type { Answers, BundleChecklist, BundleMaterialLine } from '../../../../shared/catalog/checklist';
import { bundleChecklist, requiredMaterials } from '../../../../shared/catalog/checklist';
import { defaultCatalog } from '../../../../shared/catalog/data';
import type { Bundle, Matter } from '../../../../shared/catalog/schema';
import { bundleSchema, matterKey } from '../../../../shared/catalog/schema';
import { syntheticMatter } from './synthetic-catalog';

const byName = (name: string): Matter => {
  const m = defaultCatalog.matters.find((x) => x.name === name);
  if (!m) throw new Error(`fixture matter ${name} missing`);
  return m;
};
const bundle = (name: string): Bundle => {
  const b = defaultCatalog.bundles.find((x) => x.name.includes(name));
  if (!b) throw new Error(`fixture bundle ${name} missing`);
  return b;
};
const code = (name: string): string => matterKey(byName(name));
const matterMap = new Map(defaultCatalog.matters.map((m) => [matterKey(m), m]));

function build(b: Bundle, answers: Record<string, Answers>, skip?: string[]): BundleChecklist {
  const r = bundleChecklist(b, defaultCatalog.matters, answers, skip ? { skip } : {});
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.value;
}
const line = (c: BundleChecklist, key: string): BundleMaterialLine => {
  const found = c.materials.find((l) => l.key === key);
  if (!found) throw new Error(`${key} not in ${c.materials.map((l) => l.key).join(', ')}`);
  return found;
};

const newbornAnswers: Record<string, Answers> = {
  [code('出生医学证明首次签发')]: { 'born-in-hospital': 'yes' },
  [code('出生登记')]: { 'birth-certificate-in-province': 'yes', 'parents-married': 'yes', overdue: 'no' },
  [code('城乡居民基本医疗保险参保登记')]: { 'insured-person': 'newborn', 'by-agent': 'no' },
  [code('社会保障卡申领')]: { cardholder: 'newborn', 'instant-issuance': 'no', 'by-agent': 'no' },
  [code('生育保险待遇核准（生育医疗费用及生育津贴）')]: { 'insured-locally': 'yes', 'settled-at-hospital': 'yes', 'male-employee': 'no' },
};

describe('bundleChecklist: 新生儿出生', () => {
  const newborn = bundle('新生儿出生');

  it('lists the parents’ ID cards once, noting every matter that needs them', () => {
    const c = build(newborn, newbornAnswers);
    const ids = line(c, 'parents-id-cards');
    expect(ids.shared).toBe(true);
    expect(ids.name).toBe('父母（监护人）居民身份证');
    expect(ids.neededBy).toEqual(newborn.components.map((x) => x.matter));
    // One handover serves all: the most any member asks (original + one copy).
    expect(ids.provision).toEqual({ kind: 'paper', originals: 1, copies: 1, paperSize: 'asIs' });
    expect(c.materials.filter((l) => l.name.includes('身份证'))).toHaveLength(1);
  });

  it('fetches the birth certificate, 户口簿 and 结婚证 as e-licences (免提交)', () => {
    const c = build(newborn, newbornAnswers);
    for (const key of ['birth-medical-certificate', 'household-register', 'marriage-certificate']) {
      expect(line(c, key).exempt, key).toBe(true);
      expect(line(c, key).provision.kind, key).toBe('eLicence');
    }
    expect(line(c, 'birth-medical-certificate').neededBy).toEqual([
      code('出生登记'),
      code('预防接种证办理（建立预防接种档案）'),
      code('城乡居民基本医疗保险参保登记'),
      code('社会保障卡申领'),
      code('生育保险待遇核准（生育医疗费用及生育津贴）'),
    ]);
  });

  it('has fewer lines than the components’ checklists put together', () => {
    const c = build(newborn, newbornAnswers);
    const separate = c.components.reduce((n, x) => n + (x.checklist.applicable ? x.checklist.items.length : 0), 0);
    expect(c.materials.length).toBeLessThan(separate);
    const keys = c.materials.map((l) => l.key);
    expect(new Set(keys).size).toBe(keys.length);
    // Materials of a single matter keep a per-matter key.
    expect(line(c, `${code('出生医学证明首次签发')}/birth-certificate-registration`).neededBy).toEqual([code('出生医学证明首次签发')]);
  });

  it('leaves out a skipped optional component', () => {
    const maternity = code('生育保险待遇核准（生育医疗费用及生育津贴）');
    const c = build(newborn, newbornAnswers, [maternity]);
    expect(c.skipped).toEqual([maternity]);
    expect(c.components.map((x) => x.matterCode)).not.toContain(maternity);
    expect(line(c, 'parents-id-cards').neededBy).not.toContain(maternity);
    expect(c.materials.some((l) => l.key.startsWith(`${maternity}/`))).toBe(false);
  });

  it('refuses to skip a required component or a matter outside the bundle', () => {
    const r = bundleChecklist(newborn, defaultCatalog.matters, newbornAnswers, { skip: [code('出生登记')] });
    expect(!r.ok && r.code).toBe('REQUIRED_COMPONENT_SKIPPED');
    const outside = bundleChecklist(newborn, defaultCatalog.matters, newbornAnswers, { skip: [code('遗体火化')] });
    expect(!outside.ok && outside.code).toBe('NOT_A_COMPONENT');
  });

  it('reports a component missing from the catalog it is given', () => {
    const without = defaultCatalog.matters.filter((m) => m.name !== '出生登记');
    const r = bundleChecklist(newborn, without, newbornAnswers);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('UNKNOWN_MATTER');
      expect(r.matterCode).toBe(code('出生登记'));
    }
  });

  it('passes on a component’s answer error, naming the matter', () => {
    const answers = { ...newbornAnswers, [code('社会保障卡申领')]: { cardholder: 'newborn' } };
    const r = bundleChecklist(newborn, matterMap, answers);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('UNANSWERED_QUESTIONS');
      expect(r.matterCode).toBe(code('社会保障卡申领'));
      expect(r.message).toMatch(/^【社会保障卡申领】请先回答/);
    }
  });

  it('gives the same result from a list or a map of matters', () => {
    expect(build(newborn, newbornAnswers)).toEqual(
      (bundleChecklist(newborn, matterMap, newbornAnswers) as { value: BundleChecklist }).value,
    );
  });
});

describe('bundleChecklist: other bundles', () => {
  it('企业开办: the business licence issued by the first step is fetched electronically by all the others', () => {
    const b = bundle('企业开办');
    const c = build(
      b,
      {
        [code('企业设立登记')]: { 'enterprise-type': 'limited-company', premises: 'declared', 'foreign-investor': 'no' },
        [code('单位参保登记')]: { 'register-employees': 'yes' },
        [code('单位住房公积金缴存登记')]: { 'open-employee-accounts': 'no' },
        [code('增值税专用发票（增值税税控系统）最高开票限额审批')]: { 'limit-amount': 'up-to-100k' },
      },
    );
    const licence = line(c, 'business-licence');
    expect(licence.exempt).toBe(true);
    expect(licence.neededBy).toHaveLength(7);
    expect(line(c, 'handler-id-card').neededBy).toHaveLength(8);
    expect(c.materials.filter((l) => l.name.includes('经办人居民身份证'))).toHaveLength(1);
  });

  it('身后事: a not-applicable component contributes no materials and keeps its reason', () => {
    const b = bundle('身后事');
    const optionalCodes = b.components.filter((x) => x.optional).map((x) => x.matter);
    const c = build(
      b,
      {
        [code('居民死亡医学证明（推断）书签发')]: { 'death-place': 'abnormal' },
        [code('死亡注销户口')]: { 'abnormal-death': 'yes', 'deceased-id-card-lost': 'no' },
        [code('遗体火化')]: { 'abnormal-death': 'yes' },
      },
      optionalCodes,
    );
    const certificate = c.components.find((x) => x.matterCode === code('居民死亡医学证明（推断）书签发'));
    expect(certificate?.checklist.applicable).toBe(false);
    if (certificate && !certificate.checklist.applicable) expect(certificate.checklist.competentAuthority).toBe('死亡地公安派出所');
    // The police certificate replaces the medical one in both remaining matters, listed once.
    expect(line(c, 'police-death-certificate').neededBy).toEqual([code('死亡注销户口'), code('遗体火化')]);
    expect(c.materials.some((l) => l.key === 'death-certificate')).toBe(false);
    // 死者身份证: collected by 户口注销 (original), copied by 火化: one line, original + copy.
    expect(line(c, 'deceased-id-card').provision).toMatchObject({ kind: 'paper', originals: 1, copies: 1 });
    expect(line(c, 'deceased-id-card').neededBy).toEqual([code('死亡注销户口'), code('遗体火化')]);
  });
});

describe('bundleChecklist: merging rules', () => {
  const base = (serial: number, name: string) => syntheticMatter({ name, departmentCode: 'GA', departmentName: '测试局', serial });
  const withDoc = (m: Matter, doc: Matter['materials'][number]): Matter => ({ ...m, materials: [...m.materials, doc] });
  const paperDoc = {
    id: 'house-deed',
    name: '房产证明',
    necessity: 'optional',
    form: { originals: 1, copies: 2 },
    paperSize: 'A4',
    source: { channel: 'applicant' },
    acceptanceStandard: '清晰',
    blankForm: false,
    sample: false,
    appliesByDefault: true,
  } as const satisfies Matter['materials'][number];
  const licenceDoc = {
    id: 'deed',
    name: '不动产权证书',
    necessity: 'required',
    source: { channel: 'eLicence', licence: '不动产权证书' },
    acceptanceStandard: '有效',
    blankForm: false,
    sample: false,
    appliesByDefault: true,
  } as const satisfies Matter['materials'][number];
  const a = withDoc(base(1, '甲事项'), licenceDoc);
  const b = withDoc(base(2, '乙事项'), { ...paperDoc, necessity: 'required' });
  const c = withDoc(base(3, '丙事项'), paperDoc);
  const testBundle: Bundle = {
    code: '330100-YJS-900',
    name: '测试一件事',
    description: '合并规则测试',
    components: [
      { matter: matterKey(a), optional: false },
      { matter: matterKey(b), optional: false },
      { matter: matterKey(c), optional: true },
    ],
    sharedMaterials: [
      {
        id: 'deed',
        name: '房产证明（共享）',
        members: [
          { matter: matterKey(a), material: 'deed' },
          { matter: matterKey(b), material: 'house-deed' },
          { matter: matterKey(c), material: 'house-deed' },
        ],
      },
    ],
  };

  it('is a valid bundle', () => {
    expect(bundleSchema.safeParse(testBundle).success).toBe(true);
  });

  it('demands paper when any member requires paper, with the largest counts', () => {
    const r = bundleChecklist(testBundle, [a, b, c], {});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const deed = r.value.materials.find((l) => l.key === 'deed');
    expect(deed?.necessity).toBe('required');
    expect(deed?.exempt).toBe(false);
    expect(deed?.provision).toEqual({ kind: 'paper', originals: 1, copies: 2, paperSize: 'A4' });
    expect(deed?.neededBy).toEqual([matterKey(a), matterKey(b), matterKey(c)]);
    // The per-matter application forms stay separate lines.
    expect(r.value.materials.filter((l) => l.name === '申请书')).toHaveLength(3);
  });

  it('stays 免提交 when only e-licence and optional members remain', () => {
    const r = bundleChecklist(testBundle, [a, b, c], {}, { skip: [matterKey(c)] });
    const rOnlyA = bundleChecklist({ ...testBundle, components: testBundle.components.map((x) => ({ ...x, optional: true })) }, [a, b, c], {}, { skip: [matterKey(b), matterKey(c)] });
    expect(r.ok && r.value.materials.find((l) => l.key === 'deed')?.exempt).toBe(false);
    expect(rOnlyA.ok && rOnlyA.value.materials.find((l) => l.key === 'deed')).toMatchObject({
      exempt: true,
      necessity: 'required',
      provision: { kind: 'eLicence', licence: '不动产权证书' },
      neededBy: [matterKey(a)],
    });
  });

  it('agrees with requiredMaterials for every component', () => {
    const r = bundleChecklist(testBundle, [a, b, c], {});
    if (!r.ok) throw new Error(r.message);
    for (const comp of r.value.components) {
      const m = [a, b, c].find((x) => matterKey(x) === comp.matterCode) as Matter;
      expect(comp.checklist).toEqual((requiredMaterials(m, {}) as { value: unknown }).value);
    }
  });
});
