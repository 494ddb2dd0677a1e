import { describe, expect, it } from 'vitest';
import {
  allDivisions,
  divisionLevel,
  divisionName,
  findDivision,
  isKnownDivisionCode,
} from '../../../../shared/identity/divisions';

describe('bundled division data', () => {
  const all = allDivisions();

  it('has well-formed, unique codes with plausible years', () => {
    expect(new Set(all.map((d) => d.code)).size).toBe(all.length);
    for (const d of all) {
      expect(d.code).toMatch(/^[1-8]\d{5}$/);
      expect(d.from).toBeGreaterThanOrEqual(1980);
      if (d.until !== undefined) expect(d.until).toBeGreaterThanOrEqual(d.from);
    }
  });

  it('lists a province for every code and a prefecture for every county-level code', () => {
    for (const d of all) {
      expect(findDivision(`${d.code.slice(0, 2)}0000`), d.code).toBeDefined();
      if (d.level === 'county' && !d.code.startsWith('4600')) {
        expect(findDivision(`${d.code.slice(0, 4)}00`), d.code).toBeDefined();
      }
    }
  });

  it('covers all 31 mainland provinces plus Hong Kong, Macao and Taiwan', () => {
    const provinces = all.filter((d) => d.level === 'province' && d.code !== '830000');
    expect(provinces).toHaveLength(34);
  });

  it('has the 11 current prefecture-level cities of Zhejiang and its 90 current county-level divisions', () => {
    const zj = all.filter((d) => d.code.startsWith('33') && d.until === undefined);
    expect(zj.filter((d) => d.level === 'prefecture').map((d) => d.name)).toEqual([
      '杭州市', '宁波市', '温州市', '嘉兴市', '湖州市', '绍兴市', '金华市', '衢州市', '舟山市', '台州市', '丽水市',
    ]);
    expect(zj.filter((d) => d.level === 'county' && d.name !== '市辖区')).toHaveLength(90);
  });

  it('records the 2021 Hangzhou change', () => {
    expect(findDivision('330103')).toMatchObject({ name: '下城区', until: 2021 });
    expect(findDivision('330104')).toMatchObject({ name: '江干区', until: 2021 });
    expect(findDivision('330113')).toMatchObject({ name: '临平区', from: 2021 });
    expect(findDivision('330114')).toMatchObject({ name: '钱塘区', from: 2021 });
    expect(findDivision('330113')?.until).toBeUndefined();
  });

  it('has current prefectures across the country', () => {
    for (const [code, name] of [
      ['110100', '市辖区'],
      ['320500', '苏州市'],
      ['441900', '东莞市'],
      ['460400', '儋州市'],
      ['540600', '那曲市'],
      ['650500', '哈密市'],
      ['429000', '省直辖县级行政区划'],
    ] as const) {
      expect(findDivision(code), code).toMatchObject({ name, level: 'prefecture' });
      expect(findDivision(code)?.until, code).toBeUndefined();
    }
  });
});

describe('isKnownDivisionCode', () => {
  it('accepts Zhejiang county codes only when listed', () => {
    expect(isKnownDivisionCode('330106')).toBe(true);
    expect(isKnownDivisionCode('330103')).toBe(true);
    expect(isKnownDivisionCode('330115')).toBe(false);
    expect(isKnownDivisionCode('331199')).toBe(false);
  });

  it('accepts other county codes through a listed prefecture (current or abolished)', () => {
    expect(isKnownDivisionCode('320508')).toBe(true); // 苏州市 姑苏区
    expect(isKnownDivisionCode('512901')).toBe(true); // 南充地区 (abolished 1993)
    expect(isKnownDivisionCode('512999')).toBe(true); // the rule is prefecture-level: any county digits
    expect(isKnownDivisionCode('329901')).toBe(false);
  });

  it('does not infer prefecture or province codes', () => {
    expect(isKnownDivisionCode('321400')).toBe(false); // no 14th prefecture in Jiangsu
    expect(isKnownDivisionCode('910000')).toBe(false);
  });

  it('refuses malformed codes', () => {
    for (const code of ['', '33010', '3301066', '03010a', '000000', '33010X']) {
      expect(isKnownDivisionCode(code), code).toBe(false);
    }
  });
});

describe('divisionName', () => {
  it('names a current Zhejiang county exactly', () => {
    expect(divisionName('330106')).toEqual({
      code: '330106',
      name: '西湖区',
      fullName: '浙江省杭州市西湖区',
      level: 'county',
      historical: false,
      precision: 'exact',
    });
  });

  it('marks abolished codes as historical', () => {
    expect(divisionName('330104')).toMatchObject({ fullName: '浙江省杭州市江干区', historical: true });
    expect(divisionName('332522')).toMatchObject({ fullName: '浙江省丽水地区青田县', historical: true });
    expect(divisionName('332500')).toMatchObject({ name: '丽水地区', level: 'prefecture', historical: true });
  });

  it('leaves grouping rows out of full names', () => {
    expect(divisionName('339001')).toMatchObject({ name: '余姚市', fullName: '浙江省余姚市' });
    expect(divisionName('429004')).toMatchObject({ precision: 'prefecture', fullName: '湖北省' });
  });

  it('names an unlisted county by its prefecture', () => {
    expect(divisionName('440305')).toEqual({
      code: '440305',
      name: '深圳市',
      fullName: '广东省深圳市',
      level: 'county',
      historical: false,
      precision: 'prefecture',
    });
    expect(divisionName('110105')).toMatchObject({ name: '北京市', fullName: '北京市', precision: 'prefecture' });
    expect(divisionName('132201')).toMatchObject({ name: '邢台地区', historical: true, precision: 'prefecture' });
  });

  it('names provinces and residence-permit codes', () => {
    expect(divisionName('330000')).toMatchObject({ name: '浙江省', fullName: '浙江省', level: 'province' });
    expect(divisionName('810000')).toMatchObject({ name: '香港特别行政区' });
    expect(divisionName('830000')).toMatchObject({ name: '台湾居民居住证' });
  });

  it('returns undefined for unknown codes', () => {
    expect(divisionName('330199')).toBeUndefined();
    expect(divisionName('abc')).toBeUndefined();
  });

  it('derives the level from the code', () => {
    expect(divisionLevel('330000')).toBe('province');
    expect(divisionLevel('330100')).toBe('prefecture');
    expect(divisionLevel('330106')).toBe('county');
  });
});
