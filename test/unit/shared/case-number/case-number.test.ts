import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHECK_ALPHABET,
  checkCharacter,
  compareCaseNumbers,
  formatCaseNumber,
  makeBundleNumber,
  nextSequence,
  parseBundleNumber,
  parseCaseNumber,
  parseServiceNumber,
} from '../../../../shared/case-number';
import type { CaseNumberErrorCode, CaseNumberParts } from '../../../../shared/case-number';

const pad = (n: number, w: number) => String(n).padStart(w, '0');

const partsArb: fc.Arbitrary<CaseNumberParts> = fc.record({
  divisionCode: fc.oneof(
    fc.constantFrom('330106', '330113', '330000', '330782', '110105'),
    fc.integer({ min: 100000, max: 899999 }).map(String),
  ),
  date: fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`),
  terminal: fc.integer({ min: 1, max: 999 }),
  sequence: fc.integer({ min: 1, max: 9999 }),
});

const bundlePartsArb = partsArb.map((p) => ({ ...p, sequence: (p.sequence % 999) + 1 }));

const compact = (display: string) => display.replaceAll('-', '');

describe('check character', () => {
  it('is the GB 32100 alphabet: 31 symbols, no I, O, S, V, Z', () => {
    expect(CHECK_ALPHABET).toHaveLength(31);
    for (const ch of 'IOSVZ') expect(CHECK_ALPHABET).not.toContain(ch);
  });

  it('matches a hand-computed example', () => {
    // Payload “1”: weight 3 → sum 3; check value 31 − 3 = 28 → “W”.
    expect(checkCharacter('1')).toBe('W');
    // Payload “10”: 1·9 + 0·3 = 9 → 31 − 9 = 22 → “N”.
    expect(checkCharacter('10')).toBe('N');
    // Payload “Y”: 30·3 = 90 ≡ 28 → 31 − 28 = 3 → “3”.
    expect(checkCharacter('Y')).toBe('3');
  });
});

describe('formatCaseNumber / makeBundleNumber', () => {
  it('groups division, date, terminal, sequence and check', () => {
    const n = formatCaseNumber({ divisionCode: '330106', date: '2026-01-23', terminal: 7, sequence: 42 });
    expect(n).toMatch(/^330106-260123-007-0042-[0-9A-Y]$/);
    expect(n.at(-1)).toBe(checkCharacter('3301062601230070042'));
    const b = makeBundleNumber({ divisionCode: '330106', date: '2026-01-23', terminal: 7, sequence: 42 });
    expect(b).toMatch(/^330106-260123-007-Y042-[0-9A-Y]$/);
    expect(b.at(-1)).toBe(checkCharacter('330106260123007Y042'));
  });

  it.each<[string, Partial<CaseNumberParts>]>([
    ['division too short', { divisionCode: '33010' }],
    ['division starting with 0', { divisionCode: '030106' }],
    ['impossible date', { date: '2026-02-30' }],
    ['date before 2000', { date: '1999-12-31' }],
    ['terminal 0', { terminal: 0 }],
    ['terminal 1000', { terminal: 1000 }],
    ['sequence 0', { sequence: 0 }],
    ['sequence 10000', { sequence: 10000 }],
    ['fractional sequence', { sequence: 1.5 }],
  ])('refuses %s', (_label, patch) => {
    const parts = { divisionCode: '330106', date: '2026-01-23', terminal: 7, sequence: 42, ...patch };
    expect(() => formatCaseNumber(parts)).toThrow(RangeError);
  });

  it('limits bundle sequences to 999', () => {
    const parts = { divisionCode: '330106', date: '2026-01-23', terminal: 7, sequence: 1000 };
    expect(() => makeBundleNumber(parts)).toThrow(RangeError);
    expect(() => formatCaseNumber(parts)).not.toThrow();
  });
});

describe('parseCaseNumber', () => {
  const number = formatCaseNumber({ divisionCode: '330106', date: '2026-01-23', terminal: 7, sequence: 42 });

  it('returns the parts, the compact and the display form', () => {
    expect(parseCaseNumber(number)).toEqual({
      ok: true,
      value: {
        kind: 'case',
        compact: compact(number),
        display: number,
        divisionCode: '330106',
        date: '2026-01-23',
        terminal: 7,
        sequence: 42,
      },
    });
  });

  it('accepts the ways people type it', () => {
    const variants = [
      compact(number),
      number.toLowerCase(),
      number.replaceAll('-', ' '),
      ` ${number.replaceAll('-', '　')} `,
      number.replaceAll('-', '—'),
      number.replace(/[0-9A-Z-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
      number.replaceAll('0', 'O'),
      number.replaceAll('1', 'i'),
    ];
    for (const v of variants) expect(parseCaseNumber(v), v).toMatchObject({ ok: true, value: { compact: compact(number) } });
  });

  it.each<[string, string, CaseNumberErrorCode]>([
    ['empty', ' - ', 'EMPTY'],
    ['too short', '330106-260123-007-042-X', 'BAD_FORMAT'],
    ['too long', '330106-260123-007-00042-X', 'BAD_FORMAT'],
    ['letter in a digit group', '330106-26A123-007-0042-X', 'BAD_FORMAT'],
    ['check character outside the alphabet', '330106-260123-007-0042-Z', 'BAD_FORMAT'],
  ])('%s → %s', (_label, input, code) => {
    expect(parseCaseNumber(input)).toMatchObject({ ok: false, code, message: expect.stringMatching(/办件编号/) });
  });

  it('reports a wrong check character with the clerk’s message', () => {
    const wrong = number.slice(0, -1) + (number.at(-1) === '0' ? '1' : '0');
    expect(parseCaseNumber(wrong)).toEqual({
      ok: false,
      code: 'BAD_CHECK_CHARACTER',
      message: '办件编号有误，请核对后重新输入',
    });
  });

  it.each<[string, string, CaseNumberErrorCode]>([
    ['division starting with 0', '0301062601230070042', 'BAD_DIVISION_CODE'],
    ['30 February', '3301062602300070042', 'BAD_DATE'],
    ['month 13', '3301062613010070042', 'BAD_DATE'],
    ['terminal 000', '3301062601230000042', 'BAD_TERMINAL'],
    ['sequence 0000', '3301062601230070000', 'BAD_SEQUENCE'],
    ['bundle sequence Y000', '330106260123007Y000', 'BAD_SEQUENCE'],
  ])('field error: %s → %s', (_label, payload, code) => {
    // A correct check character, so the field rule itself is what refuses the number.
    expect(parseServiceNumber(payload + checkCharacter(payload))).toMatchObject({ ok: false, code });
  });

  it('tells a bundle number from a case number', () => {
    const bundle = makeBundleNumber({ divisionCode: '330106', date: '2026-01-23', terminal: 7, sequence: 42 });
    expect(parseCaseNumber(bundle)).toMatchObject({ ok: false, code: 'NOT_A_CASE_NUMBER' });
    expect(parseBundleNumber(bundle)).toMatchObject({ ok: true, value: { kind: 'bundle', sequence: 42 } });
    expect(parseBundleNumber(number)).toMatchObject({ ok: false, code: 'NOT_A_BUNDLE_NUMBER' });
  });
});

/** Every result of changing one symbol of the compact form, or swapping two adjacent ones. */
function* singleErrors(c: string, alphabet: string): Generator<string> {
  for (let i = 0; i < c.length; i++) {
    for (const ch of alphabet) if (ch !== c[i]) yield c.slice(0, i) + ch + c.slice(i + 1);
    if (i + 1 < c.length && c[i] !== c[i + 1]) yield c.slice(0, i) + c[i + 1] + c[i] + c.slice(i + 2);
  }
}

describe('case number properties', () => {
  it('round-trips: parse(format(parts)) gives the parts back', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const n = formatCaseNumber(parts);
        expect(parseCaseNumber(n)).toEqual({
          ok: true,
          value: { kind: 'case', compact: compact(n), display: n, ...parts },
        });
        expect(parseCaseNumber(compact(n).toLowerCase())).toMatchObject({ ok: true, value: { display: n } });
      }),
      { numRuns: 2000 },
    );
  });

  it('bundle numbers round-trip and never equal a case number', () => {
    fc.assert(
      fc.property(bundlePartsArb, partsArb, (bp, cp) => {
        const b = makeBundleNumber(bp);
        expect(parseBundleNumber(b)).toMatchObject({ ok: true, value: { ...bp, kind: 'bundle' } });
        expect(compact(b)).not.toBe(compact(formatCaseNumber(cp)));
      }),
    );
  });

  it('catches every single substitution and adjacent transposition (generated numbers)', () => {
    const symbols = CHECK_ALPHABET + 'IOSVZ-*';
    fc.assert(
      fc.property(fc.oneof(partsArb.map(formatCaseNumber), bundlePartsArb.map(makeBundleNumber)), (n) => {
        const c = compact(n);
        for (const mutated of singleErrors(c, symbols)) {
          const r = parseServiceNumber(mutated);
          // The only accepted variants denote the same number: O/I read as 0/1, a dash dropped.
          if (r.ok) expect(r.value.compact, mutated).toBe(c);
          else expect(r.code).not.toBe('EMPTY');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('catches every single substitution and adjacent transposition of a fixed sample, exhaustively', () => {
    const sample = [
      formatCaseNumber({ divisionCode: '330106', date: '2026-01-23', terminal: 7, sequence: 42 }),
      formatCaseNumber({ divisionCode: '330782', date: '2000-02-29', terminal: 999, sequence: 9999 }),
      formatCaseNumber({ divisionCode: '110105', date: '2099-12-31', terminal: 1, sequence: 1 }),
      makeBundleNumber({ divisionCode: '330113', date: '2031-07-01', terminal: 120, sequence: 7 }),
    ];
    let rejected = 0;
    for (const n of sample) {
      for (const mutated of singleErrors(compact(n), CHECK_ALPHABET)) {
        expect(parseServiceNumber(mutated).ok, mutated).toBe(false);
        rejected++;
      }
    }
    expect(rejected).toBeGreaterThan(4 * 20 * 30);
  });

  it('catches transpositions at any distance, not only adjacent ones', () => {
    fc.assert(
      fc.property(partsArb, fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 19 }), (parts, i, j) => {
        const c = compact(formatCaseNumber(parts));
        fc.pre(i < j && c[i] !== c[j]);
        const swapped = c.slice(0, i) + c[j] + c.slice(i + 1, j) + c[i] + c.slice(j + 1);
        expect(parseServiceNumber(swapped).ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('moving or dropping separators in the display form never yields another number', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const n = formatCaseNumber(parts);
        for (let i = 0; i + 1 < n.length; i++) {
          const swapped = n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2);
          const r = parseCaseNumber(swapped);
          if (r.ok) expect(r.value.compact).toBe(compact(n));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('ordering', () => {
  it('compareCaseNumbers orders by division, date, terminal, sequence — as the compact strings do', () => {
    fc.assert(
      fc.property(fc.array(partsArb, { minLength: 2, maxLength: 30 }), (list) => {
        const numbers = list.map(formatCaseNumber);
        const byCompare = [...numbers].sort(compareCaseNumbers);
        const byString = [...numbers].sort((a, b) => (compact(a) < compact(b) ? -1 : compact(a) > compact(b) ? 1 : 0));
        expect(byCompare).toEqual(byString);
        const key = (p: CaseNumberParts) => `${p.divisionCode}|${p.date}|${pad(p.terminal, 3)}|${pad(p.sequence, 4)}`;
        const byParts = [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).map(formatCaseNumber);
        expect(byCompare.map(compact)).toEqual(byParts.map(compact));
      }),
    );
  });

  it('within a hall, a later day sorts after an earlier day whatever the terminal', () => {
    const early = formatCaseNumber({ divisionCode: '330106', date: '2026-01-23', terminal: 999, sequence: 9999 });
    const late = formatCaseNumber({ divisionCode: '330106', date: '2026-01-24', terminal: 1, sequence: 1 });
    expect(compareCaseNumbers(early, late)).toBeLessThan(0);
    expect(compareCaseNumbers(late, early)).toBeGreaterThan(0);
    expect(compareCaseNumbers(late, late.toLowerCase())).toBe(0);
  });

  it('refuses to compare an invalid number', () => {
    expect(() => compareCaseNumbers('330106-260123-007-0042-0', '330106-260123-007-0042-1')).toThrow(RangeError);
  });
});

describe('nextSequence', () => {
  it('starts each day at 1 and counts up', () => {
    expect(nextSequence('case', undefined, '2026-01-23')).toEqual({ ok: true, value: { date: '2026-01-23', sequence: 1 } });
    expect(nextSequence('case', { date: '2026-01-23', sequence: 41 }, '2026-01-23')).toEqual({
      ok: true,
      value: { date: '2026-01-23', sequence: 42 },
    });
    expect(nextSequence('case', { date: '2026-01-23', sequence: 41 }, '2026-01-24')).toEqual({
      ok: true,
      value: { date: '2026-01-24', sequence: 1 },
    });
  });

  it('keeps counting on the last date when the clock is set back, so no number repeats', () => {
    expect(nextSequence('case', { date: '2026-01-24', sequence: 5 }, '2026-01-23')).toEqual({
      ok: true,
      value: { date: '2026-01-24', sequence: 6 },
    });
  });

  it('never issues the same number twice whatever the clock does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 200 }), (days) => {
        let last: { date: string; sequence: number } | undefined;
        const seen = new Set<string>();
        for (const d of days) {
          const r = nextSequence('bundle', last, `2026-01-${pad(20 + d, 2)}`);
          if (!r.ok) throw new Error(r.message);
          const n = makeBundleNumber({ divisionCode: '330106', terminal: 7, ...r.value });
          expect(seen.has(n)).toBe(false);
          if (last !== undefined) expect(compareCaseNumbers(compact(n), makeBundleNumber({ divisionCode: '330106', terminal: 7, ...last }))).toBeGreaterThan(0);
          seen.add(n);
          last = r.value;
        }
      }),
    );
  });

  it('stops when the day’s numbers are used up', () => {
    expect(nextSequence('case', { date: '2026-01-23', sequence: 9999 }, '2026-01-23')).toMatchObject({
      ok: false,
      code: 'SEQUENCE_EXHAUSTED',
    });
    expect(nextSequence('bundle', { date: '2026-01-23', sequence: 999 }, '2026-01-23')).toMatchObject({
      ok: false,
      code: 'SEQUENCE_EXHAUSTED',
    });
  });
});
