import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../../../shared/catalog/data';
import type { Matter } from '../../../../shared/catalog/schema';
import { matterKey } from '../../../../shared/catalog/schema';
import type { MatterHit } from '../../../../shared/catalog/search';
import { createMatterIndex, DEFAULT_SEARCH_LIMIT, searchMatters } from '../../../../shared/catalog/search';
import { syntheticMatter, syntheticMatters } from './synthetic-catalog';

const index = createMatterIndex(defaultCatalog.matters);
const names = (hits: readonly MatterHit[]): string[] => hits.map((h) => h.matter.name);
const first = (query: string): MatterHit | undefined => index.search(query)[0];
const byName = (name: string): Matter => {
  const m = defaultCatalog.matters.find((x) => x.name === name);
  if (!m) throw new Error(`fixture matter ${name} missing`);
  return m;
};
const MOVE_IN = '户口迁移（准予迁入）';

describe('search: what clerks type', () => {
  it('finds 户口迁移 by pinyin initials', () => {
    expect(first('hkqy')).toMatchObject({ matter: { name: MOVE_IN }, match: 'initials' });
  });

  it('ranks a name prefix above a name that merely contains the word', () => {
    const hits = index.search('户口');
    expect(names(hits)).toEqual([MOVE_IN, '死亡注销户口']);
    expect(hits.map((h) => h.match)).toEqual(['prefix', 'substring']);
  });

  it('finds by full, partial and mixed pinyin, earlier matches first', () => {
    expect(names(index.search('hukou')).slice(0, 2)).toEqual([MOVE_IN, '死亡注销户口']);
    expect(first('hukou')?.match).toBe('pinyin');
    for (const q of ['hukouqy', 'huk', 'hukouqianyi', 'qianyi', 'kouqian']) expect(first(q)?.matter.name, q).toBe(MOVE_IN);
  });

  it('tolerates full-width input, capitals, surrounding and inner spaces, and syllable separators', () => {
    for (const q of ['ＨＫＱＹ', '  hkqy  ', 'HKQY', '\u3000hkqy\u3000', 'hu kou', "hu'kou", '户　口']) {
      expect(first(q)?.matter.name, JSON.stringify(q)).toBe(MOVE_IN);
    }
  });

  it('returns nothing for an empty or blank query', () => {
    for (const q of ['', '   ', '\u3000', '\t\n']) expect(index.search(q)).toEqual([]);
  });

  it('finds a matter by its exact implementation or basic code, typed any way', () => {
    const resale = byName('不动产转移登记（存量房买卖）');
    for (const q of [resale.code.implementation, '330100bdcqr000102', '３３０１００－ＢＤＣ－ＱＲ－０００１－０２', ' 330100 BDC QR 0001 02 ']) {
      expect(index.search(q)[0], q).toMatchObject({ matter: { name: resale.name }, match: 'code' });
    }
    // A basic code is shared by its task units: all of them, as exact code matches.
    const units = index.search('BDC-QR-0001');
    expect(units.filter((h) => h.match === 'code')).toHaveLength(3);
    expect(units.slice(0, 3).every((h) => h.matter.code.basic === 'BDC-QR-0001')).toBe(true);
  });

  it('lists every matter under a code prefix, and only those', () => {
    const hits = index.search('330100-GJJ', { limit: 100 });
    const expected = defaultCatalog.matters.filter((m) => m.department.code === 'GJJ');
    expect(hits.map((h) => matterKey(h.matter)).sort()).toEqual(expected.map(matterKey).sort());
    expect(hits.every((h) => h.match === 'prefix')).toBe(true);
  });

  it('finds a department’s matters by its name in Chinese or pinyin', () => {
    const police = defaultCatalog.matters.filter((m) => m.department.code === 'GA').map(matterKey).sort();
    for (const q of ['公安', 'gongan', '公安局']) {
      const hits = index.search(q, { limit: 100 });
      expect(hits.filter((h) => h.match === 'department').map((h) => matterKey(h.matter)).sort(), q).toEqual(police);
    }
  });

  it('ranks initials above a department code prefix (sw: 死亡… before 税务 SW)', () => {
    const hits = index.search('sw', { limit: 50 });
    expect(hits[0]).toMatchObject({ matter: { name: '死亡注销户口' }, match: 'initials' });
    const taxes = hits.filter((h) => h.matter.department.code === 'SW');
    expect(taxes.length).toBe(defaultCatalog.matters.filter((m) => m.department.code === 'SW').length);
    expect(taxes.every((h) => h.match === 'department')).toBe(true);
  });

  it('finds 不动产 matters by bdc both as initials and code', () => {
    const hits = index.search('bdc', { limit: 50 });
    const estate = defaultCatalog.matters.filter((m) => m.department.code === 'BDC').length;
    expect(hits.slice(0, estate).every((h) => h.matter.department.code === 'BDC')).toBe(true);
    expect(first('bdczydj')?.matter.name.startsWith('不动产转移登记')).toBe(true);
  });

  it('puts an exact name first', () => {
    expect(first('遗体火化')).toMatchObject({ matter: { name: '遗体火化' }, match: 'prefix' });
    expect(first('出生登记')?.matter.name).toBe('出生登记');
  });

  it('also matches the usual reading where the contextual guess differs (个人参保 is not 人参)', () => {
    expect(first('grcb')?.matter.name).toBe('个人参保证明打印');
    expect(first('canbao')?.matter.name).toMatch(/参保/);
    expect(first('yinhang')?.matter.name).toBe('企业银行基本存款账户开户预约');
  });

  it('accepts ü as v or u', () => {
    const travel = createMatterIndex([syntheticMatter({ name: '旅行社设立许可', departmentCode: 'WH', departmentName: '文化和旅游局', serial: 1 })]);
    for (const q of ['lxs', 'lvxingshe', 'luxingshe', 'lvx']) expect(travel.search(q), q).toHaveLength(1);
  });

  it('honours the limit, 20 by default', () => {
    expect(index.search('s')).toHaveLength(DEFAULT_SEARCH_LIMIT);
    expect(index.search('s', { limit: 3 })).toHaveLength(3);
    expect(index.search('s', { limit: 0 })).toEqual([]);
    expect(index.search('s', { limit: Number.NaN })).toHaveLength(DEFAULT_SEARCH_LIMIT);
    expect(searchMatters(index, 'hkqy', { limit: 1 })).toEqual(index.search('hkqy', { limit: 1 }));
  });

  it('returns hits ordered by tier, each matter once', () => {
    const order = ['code', 'prefix', 'initials', 'substring', 'department', 'pinyin'];
    for (const q of ['s', 'h', 'sw', '登记', 'GA', 'dengji']) {
      const hits = index.search(q, { limit: 100 });
      const tiers = hits.map((h) => order.indexOf(h.match));
      expect(tiers, q).toEqual([...tiers].sort((a, b) => a - b));
      expect(new Set(hits.map((h) => matterKey(h.matter))).size, q).toBe(hits.length);
    }
  });

  it('finds nothing for what is in no key', () => {
    expect(index.search('qqqqq')).toEqual([]);
    expect(index.search('火星移民')).toEqual([]);
    expect(index.search('999999-XX')).toEqual([]);
  });
});

describe('search: frequency boost', () => {
  const idCards = ['居民身份证首次申领', '居民身份证换领', '居民身份证补领'];

  it('orders equally good matches by how often the hall handles them', () => {
    expect(names(index.search('居民身份证')).slice(0, 3)).toEqual(['居民身份证换领', '居民身份证补领', '居民身份证首次申领']);
    const frequency = new Map([[matterKey(byName('居民身份证首次申领')), 5000]]);
    const boosted = createMatterIndex(defaultCatalog.matters, { frequency });
    expect(names(boosted.search('居民身份证'))[0]).toBe('居民身份证首次申领');
    expect(names(boosted.search('居民身份证')).slice(0, 3).sort()).toEqual([...idCards].sort());
  });

  it('never lifts a matter above a better tier', () => {
    const frequency = new Map([[matterKey(byName('死亡注销户口')), 1_000_000]]);
    const boosted = createMatterIndex(defaultCatalog.matters, { frequency });
    expect(names(boosted.search('户口'))).toEqual([MOVE_IN, '死亡注销户口']);
  });
});

describe('search: properties over the catalog', () => {
  const matters = defaultCatalog.matters;

  it('finds every matter first by its implementation code and by its exact name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...matters), (m) => {
        expect(index.search(m.code.implementation)[0]?.matter).toBe(m);
        expect(index.search(m.name)[0]?.matter).toBe(m);
        expect(index.search(m.code.implementation.toLowerCase().replace(/-/g, ' '))[0]?.matter).toBe(m);
      }),
      { numRuns: 100 },
    );
  });

  it('finds every matter by any prefix of its name, among the prefix hits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...matters), fc.integer({ min: 1, max: 6 }), (m, n) => {
        const prefix = Array.from(m.name).slice(0, n).join('');
        const hits = index.search(prefix, { limit: matters.length });
        expect(hits.find((h) => h.matter === m)?.match).toBe('prefix');
      }),
      { numRuns: 100 },
    );
  });

  it('never throws and never exceeds the limit on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 30 }), (q, limit) => {
        expect(index.search(q, { limit }).length).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 300 },
    );
  });
});

describe('search: a 10,000-matter catalog', () => {
  const needle = syntheticMatter({ name: '古树名木迁移审批', departmentCode: 'LY', departmentName: '杭州市林业局', serial: 9999 }, 0);
  const haystack = syntheticMatters(9999);
  const big = [...haystack.slice(0, 6543), needle, ...haystack.slice(6543)];
  const bigIndex = createMatterIndex(big);

  it('holds 10,000 distinct matters', () => {
    expect(bigIndex.size).toBe(10_000);
    expect(new Set(big.map(matterKey)).size).toBe(10_000);
    expect(new Set(big.map((m) => m.name)).size).toBe(10_000);
  });

  it('finds the needle at rank 1 by initials, pinyin, name, code and department', () => {
    for (const [q, match] of [
      ['gsmmqysp', 'initials'],
      ['gsmm', 'initials'],
      ['gushumingmu', 'pinyin'],
      ['古树', 'prefix'],
      ['名木迁移', 'substring'],
      [needle.code.implementation, 'code'],
      ['LY-XK-9999', 'code'],
      ['林业局', 'department'],
    ] as const) {
      expect(bigIndex.search(q)[0], q).toMatchObject({ matter: { name: '古树名木迁移审批' }, match });
    }
  });

  it('finds a generated matter by its full name at rank 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: big.length - 1 }), (i) => {
        const m = big[i] as Matter;
        expect(bigIndex.search(m.name)[0]?.matter).toBe(m);
      }),
      { numRuns: 50 },
    );
  });

  it('still returns at most 20 hits for a one-letter query', () => {
    const hits = bigIndex.search('x');
    expect(hits).toHaveLength(20);
    expect(hits.every((h) => h.match === 'initials')).toBe(true);
  });
});
