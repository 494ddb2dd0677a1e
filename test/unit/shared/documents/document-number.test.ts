import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCaseNumber } from '../../../../shared/case-number';
import { documentNumber, documentTypeCodes } from '../../../../shared/documents/document-number';
import { DOCUMENT_KINDS } from '../../../../shared/documents/rules';
import { CASE_NUMBER } from './fixtures';

describe('documentNumber', () => {
  it('is the case number, the type code and a two-digit ordinal', () => {
    expect(documentNumber(CASE_NUMBER, 'acceptanceNotice')).toBe(`${CASE_NUMBER}-SL01`);
    expect(documentNumber(CASE_NUMBER, 'supplementNotice')).toBe(`${CASE_NUMBER}-BZ01`);
    expect(documentNumber(CASE_NUMBER, 'rejectionNotice')).toBe(`${CASE_NUMBER}-BY01`);
    expect(documentNumber(CASE_NUMBER, 'materialReceipt', 2)).toBe(`${CASE_NUMBER}-SJ02`);
    expect(documentNumber(CASE_NUMBER, 'handoverReceipt', 12)).toBe(`${CASE_NUMBER}-CJ12`);
  });

  it('normalises however the case number was typed', () => {
    const compact = CASE_NUMBER.replace(/-/g, '').toLowerCase();
    expect(documentNumber(compact, 'acceptanceNotice')).toBe(`${CASE_NUMBER}-SL01`);
  });

  it('gives every document type its own code', () => {
    const codes = DOCUMENT_KINDS.map((k) => documentTypeCodes[k]);
    expect(new Set(codes).size).toBe(DOCUMENT_KINDS.length);
  });

  it('is injective over cases, types and ordinals', () => {
    const caseArb = fc
      .record({
        day: fc.integer({ min: 1, max: 28 }),
        terminal: fc.integer({ min: 1, max: 999 }),
        sequence: fc.integer({ min: 1, max: 9999 }),
      })
      .map(({ day, terminal, sequence }) =>
        formatCaseNumber({ divisionCode: '330106', date: `2026-03-${String(day).padStart(2, '0')}`, terminal, sequence }),
      );
    const keyArb = fc.tuple(caseArb, fc.constantFrom(...DOCUMENT_KINDS), fc.integer({ min: 1, max: 99 }));
    fc.assert(
      fc.property(keyArb, keyArb, (a, b) => {
        const same = a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
        expect(documentNumber(...a) === documentNumber(...b)).toBe(same);
      }),
    );
  });

  it('throws on an invalid case number or ordinal (validated upstream)', () => {
    const typo = CASE_NUMBER.slice(0, -1) + (CASE_NUMBER.endsWith('0') ? '1' : '0');
    expect(() => documentNumber(typo, 'acceptanceNotice')).toThrow(RangeError);
    expect(() => documentNumber(CASE_NUMBER, 'acceptanceNotice', 0)).toThrow(RangeError);
    expect(() => documentNumber(CASE_NUMBER, 'acceptanceNotice', 100)).toThrow(RangeError);
  });
});
