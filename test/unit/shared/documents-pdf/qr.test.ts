import { describe, expect, it } from 'vitest';
import { qrMatrix } from '../../../../shared/documents-pdf/qr';

/** The 7×7 finder pattern: dark ring, light ring, 3×3 dark centre. */
function isFinder(m: boolean[][], top: number, left: number): boolean {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      if (m[top + r]?.[left + c] !== (ring !== 2)) return false;
    }
  }
  return true;
}

describe('qrMatrix', () => {
  const url = 'https://zwfw.example.gov.cn/progress?caseNo=3301062603020070042J';
  const m = qrMatrix(url);

  it('is a square of a QR version size (4v + 17) with finder patterns in three corners', () => {
    const n = m.length;
    expect(m.every((row) => row.length === n)).toBe(true);
    expect((n - 17) % 4).toBe(0);
    expect(isFinder(m, 0, 0)).toBe(true);
    expect(isFinder(m, 0, n - 7)).toBe(true);
    expect(isFinder(m, n - 7, 0)).toBe(true);
    expect(isFinder(m, n - 7, n - 7)).toBe(false);
  });

  it('holds a progress-query URL at a version small enough to print at 2 cm', () => {
    expect(m.length).toBeLessThanOrEqual(37);
  });

  it('depends on the text and is the same for the same text', () => {
    expect(qrMatrix(url)).toEqual(m);
    expect(qrMatrix(url.replace('42J', '43K'))).not.toEqual(m);
  });

  it('encodes non-ASCII text as UTF-8 bytes (three per ideograph), not truncated code units', () => {
    // 30 ideographs = 90 UTF-8 bytes: more than version 3-M holds (42 bytes), so a larger symbol.
    const chinese = qrMatrix('查询'.repeat(15));
    const latin1 = qrMatrix('ab'.repeat(15));
    expect(chinese.length).toBeGreaterThan(latin1.length);
  });

  it('refuses empty text', () => {
    expect(() => qrMatrix('')).toThrow(RangeError);
  });
});
