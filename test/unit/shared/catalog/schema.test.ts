import { describe, expect, it } from 'vitest';
import { normaliseCode, parseImplementationCode } from '../../../../shared/catalog/codes';
import { defaultCatalog } from '../../../../shared/catalog/data';
import { describeTimeLimit } from '../../../../shared/catalog/limits';
import { loadCatalog } from '../../../../shared/catalog/load';
import type { CatalogVersion, Matter } from '../../../../shared/catalog/schema';
import { catalogSchema, materialFormKind, materialSchema, matterKey, matterSchema } from '../../../../shared/catalog/schema';
import { MATTER_TYPES, matterTypeLabels } from '../../../../shared/catalog/vocabulary';
import { syntheticMatter } from './synthetic-catalog';

/** A deep copy to mutate without touching the shared default catalog. */
const copy = (): CatalogVersion => structuredClone(defaultCatalog);
const messages = (input: unknown): string[] => {
  const r = catalogSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};
const findMatter = (c: CatalogVersion, name: string): Matter => {
  const m = c.matters.find((x) => x.name === name);
  if (!m) throw new Error(`fixture matter ${name} missing`);
  return m;
};

describe('bundled catalog data', () => {
  it('validates against the catalog schema', () => {
    const r = catalogSchema.safeParse(defaultCatalog);
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('parses to exactly the data it ships (nothing stripped or defaulted)', () => {
    const r = catalogSchema.safeParse(defaultCatalog);
    expect(r.success && r.data).toEqual(defaultCatalog);
  });

  it('has at least 60 matters from the required departments and more', () => {
    expect(defaultCatalog.matters.length).toBeGreaterThanOrEqual(60);
    const names = new Set(defaultCatalog.matters.map((m) => m.department.name));
    for (const part of ['公安', '人力资源和社会保障', '医疗保障', '卫生健康', '市场监督管理', '税务', '不动产登记', '住房公积金', '民政']) {
      expect([...names].some((n) => n.includes(part)), part).toBe(true);
    }
    expect(names.size).toBeGreaterThanOrEqual(8);
  });

  it('has the five required bundles, each with existing components', () => {
    const byCode = new Map(defaultCatalog.matters.map((m) => [matterKey(m), m]));
    for (const name of ['新生儿出生', '企业开办', '二手房', '退休', '身后事']) {
      expect(defaultCatalog.bundles.some((b) => b.name.includes(name)), name).toBe(true);
    }
    for (const b of defaultCatalog.bundles) {
      for (const c of b.components) expect(byCode.has(c.matter), `${b.name} → ${c.matter}`).toBe(true);
      for (const s of b.sharedMaterials) {
        for (const m of s.members) {
          expect(byCode.get(m.matter)?.materials.some((x) => x.id === m.material), `${b.name} ${s.name} ${m.matter}/${m.material}`).toBe(true);
        }
      }
    }
  });

  it('references only existing materials and earlier questions from situations', () => {
    for (const m of defaultCatalog.matters) {
      const ids = new Set(m.materials.map((x) => x.id));
      m.situations.forEach((s, i) => {
        if (s.askedWhen) expect(m.situations.slice(0, i).some((p) => p.id === s.askedWhen?.question)).toBe(true);
        for (const o of s.options) {
          for (const id of [...(o.effects?.addMaterials ?? []), ...(o.effects?.removeMaterials ?? [])]) {
            expect(ids.has(id), `${m.name} / ${s.text} / ${o.label} → ${id}`).toBe(true);
          }
        }
      });
    }
  });

  it('uses the documented code format consistently', () => {
    for (const m of defaultCatalog.matters) {
      const parts = parseImplementationCode(m.code.implementation);
      expect(parts?.division).toBe('330100');
      expect(parts?.basic).toBe(m.code.basic);
      expect(m.code.basic.startsWith(`${m.department.code}-`)).toBe(true);
    }
  });

  it('never demands an e-licence material on paper', () => {
    const eLicenced = defaultCatalog.matters.flatMap((m) => m.materials).filter((x) => x.source.channel === 'eLicence');
    expect(eLicenced.length).toBeGreaterThan(10);
    for (const x of eLicenced) expect(x.form).toBeUndefined();
  });

  it('covers the realistic situations named in the brief', () => {
    const has = (name: string, question: string) =>
      defaultCatalog.matters.some((m) => m.name.includes(name) && m.situations.some((s) => s.text.includes(question)));
    expect(has('户口迁移', '迁入原因')).toBe(true);
    expect(has('存量房', '贷款')).toBe(true);
    expect(has('存量房', '婚姻状况')).toBe(true);
    expect(has('生育保险', '本市参加')).toBe(true);
    expect(has('企业设立', '企业类型')).toBe(true);
  });

  it('gives 即办件 an on-the-spot promise and keeps promises within statutory limits', () => {
    for (const m of defaultCatalog.matters) {
      if (m.handlingType === 'onTheSpot') expect(m.limits.promised.unit, m.name).toBe('onTheSpot');
      const s = m.limits.statutory;
      const p = m.limits.promised;
      if (s && s.unit !== 'onTheSpot' && p.unit === s.unit) expect(p.days, m.name).toBeLessThanOrEqual(s.days);
    }
  });
});

describe('catalog cross-reference checks', () => {
  it('rejects a bundle whose component matter does not exist, naming bundle and code', () => {
    const c = copy();
    const bundle = c.bundles[0];
    if (!bundle?.components[1]) throw new Error('fixture');
    bundle.components[1].matter = '330100-GA-QR-0999-01';
    const msgs = messages(c);
    expect(msgs).toContainEqual(expect.stringContaining('330100-GA-QR-0999-01 不在本目录中'));
    expect(msgs.some((m) => m.includes(bundle.name))).toBe(true);
    const loaded = loadCatalog(c);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.code).toBe('CATALOG_INVALID');
      expect(loaded.message).toContain('330100-GA-QR-0999-01 不在本目录中');
      expect(loaded.issues.some((i) => i.path === 'bundles.0.components.1.matter')).toBe(true);
    }
  });

  it('rejects a shared material missing from its matter', () => {
    const c = copy();
    const shared = c.bundles[0]?.sharedMaterials[0]?.members[0];
    if (!shared) throw new Error('fixture');
    shared.material = 'no-such-material';
    expect(messages(c)).toContainEqual(expect.stringContaining('引用的材料 no-such-material 不在事项'));
  });

  it('rejects a shared material naming a matter outside the bundle', () => {
    const c = copy();
    const bundle = c.bundles.find((b) => b.name.includes('退休'));
    const outsider = c.matters.find((m) => m.name === '出生登记');
    const member = bundle?.sharedMaterials[0]?.members[0];
    if (!member || !outsider) throw new Error('fixture');
    member.matter = matterKey(outsider);
    expect(messages(c)).toContainEqual(expect.stringContaining('不是该一件事的组成事项'));
  });

  it('rejects a situation that adds or removes a material the matter does not have', () => {
    const c = copy();
    const m = findMatter(c, '户口迁移（准予迁入）');
    const option = m.situations[0]?.options[0];
    if (!option) throw new Error('fixture');
    option.effects = { addMaterials: ['ghost-material'] };
    expect(messages(c)).toContainEqual(expect.stringContaining('引用的材料 ghost-material 不存在'));
  });

  it('rejects duplicate matter codes, material ids and question ids', () => {
    const c = copy();
    const first = c.matters[0];
    if (!first) throw new Error('fixture');
    c.matters.push(structuredClone(first));
    expect(messages(c)).toContainEqual(expect.stringContaining(`事项实施编码 ${first.code.implementation} 重复`));

    const m = structuredClone(first);
    m.materials.push(structuredClone(m.materials[0] as Matter['materials'][number]));
    m.situations.push(structuredClone(m.situations[0] as Matter['situations'][number]));
    const msgs = matterSchema.safeParse(m).error?.issues.map((i) => i.message) ?? [];
    expect(msgs).toContainEqual(expect.stringContaining('的材料编号'));
    expect(msgs).toContainEqual(expect.stringContaining('的情形编号'));
  });

  it('rejects a duplicate bundle code', () => {
    const c = copy();
    c.bundles.push(structuredClone(c.bundles[0] as CatalogVersion['bundles'][number]));
    expect(messages(c)).toContainEqual(expect.stringContaining('一件事编码 330100-YJS-001 重复'));
  });

  it('rejects a question depending on a later or unknown question', () => {
    const c = copy();
    const m = findMatter(c, '企业变更登记');
    const dependent = m.situations[1];
    if (!dependent) throw new Error('fixture');
    dependent.askedWhen = { question: 'change-item', options: ['colour'] };
    expect(messages(c)).toContainEqual(expect.stringContaining('依赖的选项 colour 不存在'));
    dependent.askedWhen = { question: 'later-question', options: ['x'] };
    expect(messages(c)).toContainEqual(expect.stringContaining('依赖的问题 later-question 不存在或不在其之前'));
  });
});

describe('matter rules', () => {
  const base = (): Matter => syntheticMatter({ name: '测试事项', departmentCode: 'GA', departmentName: '测试局', serial: 1 });

  it('accepts the synthetic template (so the rejections below are about the mutation)', () => {
    expect(matterSchema.safeParse(base()).success).toBe(true);
  });

  it('rejects an e-licence material with a paper form', () => {
    const r = materialSchema.safeParse({
      id: 'household-register',
      name: '居民户口簿',
      necessity: 'required',
      form: { originals: 1, copies: 1 },
      source: { channel: 'eLicence', licence: '居民户口簿' },
      acceptanceStandard: '有效',
      blankForm: false,
      sample: false,
      appliesByDefault: true,
    });
    expect(r.error?.issues.map((i) => i.message)).toContainEqual(expect.stringContaining('来源为电子证照，不得要求提交纸质材料'));
  });

  it('rejects a paper material without counts, or with zero of both', () => {
    const m = base();
    const material = m.materials[0];
    if (!material) throw new Error('fixture');
    delete material.form;
    expect(matterSchema.safeParse(m).error?.issues.map((i) => i.message)).toContainEqual(expect.stringContaining('须写明原件、复印件份数'));
    material.form = { originals: 0, copies: 0 };
    expect(matterSchema.safeParse(m).error?.issues.map((i) => i.message)).toContainEqual(expect.stringContaining('不能同时为 0'));
  });

  it('rejects codes inconsistent with department or type', () => {
    const m = base();
    m.department = { code: 'RS', name: '测试局' };
    expect(matterSchema.safeParse(m).error?.issues.map((i) => i.message)).toContainEqual(expect.stringContaining('部门段 GA 与实施部门编码 RS 不一致'));
    const t = base();
    t.type = 'benefit';
    expect(matterSchema.safeParse(t).error?.issues.map((i) => i.message)).toContainEqual(expect.stringContaining('类型段'));
    const i = base();
    i.code.implementation = '330100-GA-XK-0002-00';
    expect(matterSchema.safeParse(i).error?.issues.map((x) => x.message)).toContainEqual(expect.stringContaining('不一致'));
  });

  it('rejects a promise longer than the statutory limit, also when set by a situation', () => {
    const m = base();
    m.limits.promised = { unit: 'workingDays', days: 25 };
    expect(matterSchema.safeParse(m).error?.issues.map((i) => i.message)).toContainEqual(expect.stringContaining('超过了法定时限'));
    const s = base();
    s.situations = [
      {
        id: 'q',
        text: '问题',
        kind: 'yesNo',
        required: true,
        options: [
          { id: 'yes', label: '是', effects: { promisedLimit: { unit: 'workingDays', days: 30 } } },
          { id: 'no', label: '否' },
        ],
      },
    ];
    expect(matterSchema.safeParse(s).error?.issues.map((i) => i.message)).toContainEqual(expect.stringContaining('承诺时限 30 天超过了法定时限 20 天'));
  });

  it('rejects mixing working and natural days in promises', () => {
    const m = base();
    m.situations = [
      {
        id: 'q',
        text: '问题',
        kind: 'yesNo',
        required: true,
        options: [
          { id: 'yes', label: '是', effects: { promisedLimit: { unit: 'naturalDays', days: 3 } } },
          { id: 'no', label: '否' },
        ],
      },
    ];
    expect(matterSchema.safeParse(m).error?.issues.map((i) => i.message)).toContainEqual(expect.stringContaining('混用了工作日和自然日'));
  });

  it('rejects a 即办件 whose promise is not on the spot', () => {
    const m = base();
    m.handlingType = 'onTheSpot';
    expect(matterSchema.safeParse(m).success).toBe(false);
    m.limits.promised = { unit: 'onTheSpot' };
    expect(matterSchema.safeParse(m).success).toBe(true);
  });

  it('rejects a material no answer can bring in', () => {
    const m = base();
    const material = m.materials[0];
    if (!material) throw new Error('fixture');
    material.appliesByDefault = false;
    expect(matterSchema.safeParse(m).error?.issues.map((i) => i.message)).toContainEqual(expect.stringContaining('没有任何情形会添加它'));
  });

  it('requires yes/no questions to use the option ids yes and no', () => {
    const m = base();
    m.situations = [
      { id: 'q', text: '问题', kind: 'yesNo', required: true, options: [{ id: 'true', label: '是' }, { id: 'false', label: '否' }] },
    ];
    expect(matterSchema.safeParse(m).error?.issues.map((i) => i.message)).toContainEqual(expect.stringContaining('必须恰为 yes 和 no'));
  });
});

describe('loadCatalog', () => {
  it('accepts the catalog as it arrives over the wire (JSON)', () => {
    const r = loadCatalog(JSON.parse(JSON.stringify(defaultCatalog)));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toEqual(defaultCatalog);
  });

  it('ignores fields added by a newer hub instead of refusing the catalog', () => {
    const wire = JSON.parse(JSON.stringify(defaultCatalog)) as { matters: Record<string, unknown>[] };
    const first = wire.matters[0];
    if (!first) throw new Error('fixture');
    first['onlineHandling'] = true;
    const r = loadCatalog(wire);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.matters[0]).not.toHaveProperty('onlineHandling');
  });

  it('refuses non-catalogs with a Chinese message and a bounded summary', () => {
    for (const bad of [null, 42, 'catalog', {}, { version: '1', publishedOn: '2025-02-30', matters: [], bundles: [] }]) {
      const r = loadCatalog(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe('CATALOG_INVALID');
        expect(r.message).toMatch(/^事项目录数据有误/);
      }
    }
    const many = copy();
    for (const m of many.matters) m.code.basic = 'bad';
    const r = loadCatalog(many);
    expect(!r.ok && r.issues.length > 5 && /另有 \d+ 处问题/.test(r.message)).toBe(true);
  });

  it('normalises codes as clerks type them', () => {
    expect(normaliseCode('ｇａ－ｑｒ－０００１')).toBe('GAQR0001');
    expect(normaliseCode(' 330100 ga qr 0001 01 ')).toBe('330100GAQR000101');
  });
});

describe('vocabulary helpers', () => {
  it('derives 原件 / 复印件 / both from the counts', () => {
    expect(materialFormKind({ originals: 1, copies: 0 })).toBe('original');
    expect(materialFormKind({ originals: 0, copies: 2 })).toBe('copy');
    expect(materialFormKind({ originals: 1, copies: 1 })).toBe('both');
    expect(materialFormKind({ originals: 0, copies: 0 })).toBeNull();
  });

  it('describes time limits as printed on receipts', () => {
    expect(describeTimeLimit({ unit: 'onTheSpot' })).toBe('当场办结');
    expect(describeTimeLimit({ unit: 'workingDays', days: 20 })).toBe('20个工作日');
    expect(describeTimeLimit({ unit: 'naturalDays', days: 30 })).toBe('30日');
  });

  it('labels the seven matter types in Chinese', () => {
    expect(MATTER_TYPES.map((t) => matterTypeLabels[t])).toEqual([
      '行政许可',
      '行政给付',
      '行政确认',
      '行政裁决',
      '行政奖励',
      '其他行政权力',
      '公共服务',
    ]);
  });
});
