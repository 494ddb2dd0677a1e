import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskCreditCode, maskName, maskPhone, maskResidentId } from '../../../../shared/identity/mask';
import { compactCode } from '../../../../shared/identity/normalize';
import { makeResidentId } from './generate';

/** The original characters a mask lets through: everything that is not an asterisk. */
function revealed(masked: string): { head: string; tail: string } {
  const m = /^([^*]*)\*+([^*]*)$/.exec(masked);
  if (m === null) throw new Error(`not a mask: ${masked}`);
  return { head: m[1] as string, tail: m[2] as string };
}

describe('maskResidentId', () => {
  it('shows the first 6 and last 4 with exactly eight asterisks', () => {
    const id = makeResidentId('330106', '19900101', 123);
    expect(maskResidentId(id)).toBe('330106********123X');
    expect(maskResidentId(id.toLowerCase())).toBe('330106********123X');
    expect(maskResidentId('３３０１０６ １９９００１０１ １２３ｘ')).toBe('330106********123X');
  });

  it('reveals less for short or malformed input, never the whole value', () => {
    expect(maskResidentId('')).toBe('');
    expect(maskResidentId('12345')).toBe('********');
    expect(maskResidentId('12345678')).toBe('********');
    expect(maskResidentId('330106900101123')).toBe('33010********23'); // legacy 15 digits
    expect(maskResidentId('33010619900101123X7')).toBe('330106********123X'.slice(0, 14) + '23X7');
  });

  it('never lets more than 6 leading and 4 trailing characters through, and hides at least 8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (input) => {
        fc.pre(!input.includes('*'));
        const masked = maskResidentId(input);
        if (masked === '') return;
        const { head, tail } = revealed(masked);
        expect([...head].length).toBeLessThanOrEqual(6);
        expect([...tail].length).toBeLessThanOrEqual(4);
        expect(masked).toContain('********');
        const visible = [...head].length + [...tail].length;
        expect(visible).toBeLessThanOrEqual(Math.max(0, [...compactCode(input)].length - 8));
      }),
      { numRuns: 2000 },
    );
  });
});

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧***'],
    ['李', '*'],
    ['  王小明 ', '王**'],
    ['', ''],
  ])('%s → %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it('handles 䶮 (U+4DAE, outside GB2312) and 𠇔 (U+201D4, outside the BMP) by code point', () => {
    expect(maskName('刘䶮')).toBe('刘*');
    expect(maskName('䶮')).toBe('*');
    expect(maskName('𠇔')).toBe('*');
    expect(maskName('𠇔小明')).toBe('𠇔**');
    expect(maskName('王𠇔')).toBe('王*');
    expect(maskName('王𠇔𠇔')).toBe('王**');
  });

  it('keeps an ideographic variation selector with its character', () => {
    // 葛 + VS17 (U+E0100): one visible character.
    expect(maskName('葛\u{e0100}优')).toBe('葛\u{e0100}*');
    expect(maskName('王葛\u{e0100}')).toBe('王*');
  });

  it('never splits a surrogate pair and masks every character but the first', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('张', '𠇔', '䶮', '欧', 'a', '·'), minLength: 1, maxLength: 8 }), (name) => {
        const masked = maskName(name);
        const chars = [...name];
        expect(masked).toBe(chars.length === 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1));
        expect(masked).not.toMatch(LONE_SURROGATE);
      }),
    );
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+86 138 1234 5678', '138****5678'],
    ['0571-87654321', '0571-****4321'],
    ['0571-87654321-802', '0571-****4321'],
    ['010 8765 4321', '010-****4321'],
    ['0570-7654321', '0570-****321'],
  ])('%s → %s', (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });

  it('keeps at most the last two digits of anything unparseable', () => {
    expect(maskPhone('')).toBe('');
    expect(maskPhone('12345')).toBe('****');
    expect(maskPhone('87654321')).toBe('******21');
    expect(maskPhone('138123456789')).toBe('**********89');
    expect(maskPhone('电话未知')).toBe('****');
  });
});

describe('maskCreditCode', () => {
  it('keeps authority, type and division plus the last two', () => {
    expect(maskCreditCode('91330106MA2B3C4D5D')).toBe('91330106********5D');
    expect(maskCreditCode('913301')).toBe('********');
  });
});
