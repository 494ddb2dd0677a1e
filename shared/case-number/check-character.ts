/**
 * Check character for case numbers: a pure ISO 7064-style system modulo 31 with radix 3
 * over the 31-character alphabet of GB 32100 (0–9, A–Y without I, O, S, V), which
 * leaves out the letters most often confused with digits.
 *
 * The symbol at distance k from the right end carries weight 3^k mod 31 (the check
 * character itself k = 0, weight 1), and the check character makes the weighted sum
 * ≡ 0 (mod 31). Why every single substitution and every transposition is detected:
 * - 31 is prime and every symbol value is below 31, so changing one symbol changes the
 *   sum by (a − b)·w with a ≠ b and w ≠ 0, which is never ≡ 0 mod 31;
 * - 3 is a primitive root mod 31, so the weights of the first 30 positions are pairwise
 *   distinct; swapping two different symbols changes the sum by (a − b)(wᵢ − wⱼ) ≠ 0.
 * Case numbers have 20 symbols, so this holds for adjacent and for jump transpositions.
 * A random error passes with probability 1/31.
 */

export const CHECK_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const MODULUS = 31;
const RADIX = 3;

const VALUES: ReadonlyMap<string, number> = new Map([...CHECK_ALPHABET].map((ch, i) => [ch, i] as const));

/** Value of a symbol in the alphabet, or undefined. */
export function symbolValue(ch: string): number | undefined {
  return VALUES.get(ch);
}

function weightedSum(symbols: string, firstWeightExponent: number): number {
  let sum = 0;
  let weight = 1;
  for (let k = 0; k < firstWeightExponent; k++) weight = (weight * RADIX) % MODULUS;
  for (let i = symbols.length - 1; i >= 0; i--) {
    const v = VALUES.get(symbols[i] as string);
    if (v === undefined) throw new RangeError(`“${symbols[i]}” is not a case-number symbol`);
    sum = (sum + v * weight) % MODULUS;
    weight = (weight * RADIX) % MODULUS;
  }
  return sum;
}

/** The check character for a payload of alphabet symbols. */
export function checkCharacter(payload: string): string {
  const sum = weightedSum(payload, 1);
  return CHECK_ALPHABET[(MODULUS - sum) % MODULUS] as string;
}

/** Whether payload + check character (the last symbol) is consistent. */
export function hasValidCheck(symbols: string): boolean {
  return weightedSum(symbols, 0) === 0;
}
