import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { code128Pattern, code128Values, encodeCode128 } from '../../../../shared/documents-pdf/code128';

const START_B = 104;
const START_C = 105;
const CODE_B = 100;
const CODE_C = 99;
const STOP = 106;

/** Reads symbol values back into text, following the set switches: an independent check of the encoder. */
function decodeValues(values: number[]): string {
  const start = values[0];
  let set = start === START_C ? 'C' : start === START_B ? 'B' : 'A';
  let text = '';
  for (const v of values.slice(1, -2)) {
    // In set C, 0–99 are digit pairs (99 is "99", not a switch); 100 switches to B.
    if (set === 'C') {
      if (v === CODE_B) set = 'B';
      else text += String(v).padStart(2, '0');
    } else if (v === CODE_C) set = 'C';
    else text += String.fromCharCode(v + 32);
  }
  return text;
}

const checksumOk = (values: number[]): boolean => {
  const data = values.slice(0, -2);
  const sum = data.reduce((acc, v, i) => acc + v * Math.max(1, i), 0);
  return sum % 103 === values[values.length - 2];
};

describe('the Code 128 symbol table', () => {
  const all = Array.from({ length: 107 }, (_v, i) => code128Pattern(i));

  it('has 106 symbols of 11 modules in 6 elements and a 13-module stop', () => {
    for (const p of all.slice(0, 106)) {
      expect(p).toHaveLength(6);
      expect([...p].reduce((a, d) => a + Number(d), 0)).toBe(11);
    }
    expect([...(all[106] as string)].reduce((a, d) => a + Number(d), 0)).toBe(13);
  });

  it('has an even number of bar modules in every symbol (the parity a scanner checks)', () => {
    for (const p of all) {
      const bars = [...p].filter((_d, i) => i % 2 === 0).reduce((a, d) => a + Number(d), 0);
      expect(bars % 2).toBe(0);
    }
  });

  it('has no two symbols alike', () => {
    expect(new Set(all).size).toBe(107);
  });

  it('refuses values outside the table', () => {
    expect(() => code128Pattern(107)).toThrow(RangeError);
  });
});

describe('encoding a case number', () => {
  it('packs digit pairs in set C and switches to set B for a letter check character', () => {
    const values = code128Values('3301062603020070042J');
    expect(values[0]).toBe(START_C);
    // 19 digits: nine pairs in set C, then the odd digit and the letter in set B.
    expect(values.slice(1, 10)).toEqual([33, 1, 6, 26, 3, 2, 0, 70, 4]);
    expect(values.slice(10, 13)).toEqual([CODE_B, '2'.charCodeAt(0) - 32, 'J'.charCodeAt(0) - 32]);
    expect(values.at(-1)).toBe(STOP);
    expect(checksumOk(values)).toBe(true);
  });

  it('computes the check symbol by hand for “PJJ123C” (set B throughout)', () => {
    // 104 + 48·1 + 42·2 + 42·3 + 17·4 + 18·5 + 19·6 + 35·7 = 879; 879 mod 103 = 55.
    const values = code128Values('PJJ123C');
    expect(values).toEqual([START_B, 48, 42, 42, 17, 18, 19, 35, 55, STOP]);
  });

  it('reads back as the same text with a valid check symbol for any printable ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789ABCXYZabc-/ ~'), minLength: 1, maxLength: 40 }), (text) => {
        const values = code128Values(text);
        expect(decodeValues(values)).toBe(text);
        expect(checksumOk(values)).toBe(true);
        expect(values.at(-1)).toBe(STOP);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads "99" back (value 99 is a digit pair in set C; found by the property above)', () => {
    expect(decodeValues(code128Values('99'))).toBe('99');
    expect(decodeValues(code128Values('A9999'))).toBe('A9999');
  });

  it('is shorter in set C than in set B for long digit runs', () => {
    expect(code128Values('12345678901234567890').length).toBeLessThan(20);
  });

  it('gives alternating bar/space widths that start and end with a bar', () => {
    const bars = encodeCode128('3301062603020070042J');
    expect(bars.widths.length % 2).toBe(1);
    expect(bars.modules).toBe(bars.widths.reduce((a, b) => a + b, 0));
    // Start C + 9 pairs + Code B + 2 + J + check = 14 symbols of 11 modules, and the 13-module stop.
    expect(bars.modules).toBe(14 * 11 + 13);
  });

  it('refuses what sets B and C cannot carry', () => {
    expect(() => code128Values('')).toThrow(RangeError);
    expect(() => code128Values('编号1')).toThrow(RangeError);
    expect(() => code128Values('tab\there')).toThrow(RangeError);
  });
});
