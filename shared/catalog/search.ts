import { pinyin } from 'pinyin-pro';
import { normaliseCode } from './codes';
import type { Matter } from './schema';
import { matterKey } from './schema';

/**
 * Matter search for the counter: clerks type pinyin initials (hkqy), full or partial
 * pinyin (hukou, hukouqy), Chinese words (户口), codes or code prefixes, or a department.
 * Everything expensive (pinyin, normalisation) is done once when the index is built;
 * a query is one pass over flat per-matter keys with cheap string tests.
 *
 * Ranking — each matter takes its best tier, tiers never mix:
 *   0 exact code       the query is a matter's implementation or basic code
 *   1 prefix           the name starts with the query, or a code does (for queries that
 *                      look like codes: they contain a digit or a hyphen)
 *   2 initials prefix  hkqy → 户口迁移: what clerks type most
 *   3 substring        the name contains the query (迁移 → 户口迁移)
 *   4 department       the department's name contains it, or its pinyin does (gongan);
 *                      letters that prefix a department code (GA) also land here, below
 *                      initials, so "sw" finds 死亡… before every 税务 (SW) matter
 *   5 pinyin           full, partial or mixed pinyin from any character (hukou, qianyi,
 *                      hukouqy, huk), initials inside the name (qy), or spelled with a
 *                      polyphone's usual reading where the contextual guess differs
 * Within a tier: an exact match (the whole name / all initials) first, then matters the
 * hall handles more often (log-scale buckets, so small count differences do not beat
 * specificity), then an earlier match position, a shorter name, and catalog order.
 * The empty query returns nothing: the search box finds, it does not browse (the
 * "often used" list is a separate screen built from the same frequencies).
 */

export type MatchKind = 'code' | 'prefix' | 'initials' | 'substring' | 'department' | 'pinyin';

const TIER_KIND: readonly MatchKind[] = ['code', 'prefix', 'initials', 'substring', 'department', 'pinyin'];
const NO_MATCH = -1;

export interface MatterHit {
  matter: Matter;
  match: MatchKind;
}

export interface SearchOptions {
  /** How many hits at most; default 20. */
  limit?: number;
}

export interface MatterIndexOptions {
  /** How often each matter (by implementation code) is handled, e.g. last year's counts from the hub. */
  frequency?: ReadonlyMap<string, number>;
}

export interface MatterIndex {
  readonly size: number;
  search(query: string, options?: SearchOptions): MatterHit[];
}

export const DEFAULT_SEARCH_LIMIT = 20;

interface PinyinKeys {
  /** Normalised text (NFKC, lower case, no white space). */
  text: string;
  /**
   * Whether the text has any ASCII: an ASCII query cannot occur in a name without it, and
   * skipping that search matters (indexOf of one-byte in two-byte strings is slow in V8).
   */
  hasAscii: boolean;
  /** First letters of the contextual reading of each character (户口迁移 → hkqy). */
  initials: string;
  /**
   * Readings per character, contextual first. The library's context guess is sometimes
   * wrong (个人参保 read as 人参 shen), so where it departs from the character's usual
   * reading that one is kept too (参: shen, can), matched in the pinyin tier. All the
   * rare readings of a polyphone are not: they make nonsense matches (许 hu, 区 ou).
   * ü is spelled v, and also u. Punctuation is dropped.
   */
  slots: readonly (readonly string[])[];
  /** True when no character has a second reading: slot initials are then `initials`. */
  single: boolean;
  /** Bit per letter a–z that starts some reading. */
  letterMask: number;
  /**
   * Bit per letter a–z anywhere in any reading. A query using a letter outside it cannot
   * be spelled from these readings: one AND rejects most entries before any spelling.
   */
  letterSet: number;
}

interface Entry {
  matter: Matter;
  order: number;
  codes: readonly string[];
  name: PinyinKeys;
  department: number;
  frequencyBucket: number;
}

export function createMatterIndex(matters: readonly Matter[], options: MatterIndexOptions = {}): MatterIndex {
  const usualReading = usualReadings();
  const departments: PinyinKeys[] = [];
  const departmentSlot = new Map<string, number>();
  const entries: Entry[] = matters.map((matter, order) => {
    let slot = departmentSlot.get(matter.department.name);
    if (slot === undefined) {
      slot = departments.length;
      departments.push(pinyinKeys(matter.department.name, usualReading));
      departmentSlot.set(matter.department.name, slot);
    }
    const frequency = options.frequency?.get(matterKey(matter)) ?? 0;
    return {
      matter,
      order,
      codes: [normaliseCode(matter.code.implementation), normaliseCode(matter.code.basic)],
      name: pinyinKeys(matter.name, usualReading),
      department: slot,
      frequencyBucket: Math.min(MAX_BUCKET, Math.floor(Math.log2(1 + Math.max(0, frequency)))),
    };
  });

  return {
    size: entries.length,
    search(query, searchOptions = {}) {
      const q = parseQuery(query);
      const wanted = searchOptions.limit ?? DEFAULT_SEARCH_LIMIT;
      const limit = Number.isFinite(wanted) ? Math.max(0, Math.floor(wanted)) : DEFAULT_SEARCH_LIMIT;
      if (!q || limit === 0) return [];
      const departmentTiers = departments.map((d) => departmentTier(d, q));
      const top = new TopN(limit);
      for (const e of entries) {
        const m = matchEntry(e, q, departmentTiers[e.department] ?? NO_MATCH);
        if (m) top.offer(score(e, m), e);
      }
      return top.sorted().map(({ entry, score: s }) => ({ matter: entry.matter, match: tierOf(s) }));
    },
  };
}

/** Convenience for one-off callers; keep the index for repeated searches. */
export function searchMatters(index: MatterIndex, query: string, options?: SearchOptions): MatterHit[] {
  return index.search(query, options);
}

interface Query {
  /** Normalised text, for Chinese names. */
  text: string;
  /**
   * For pinyin keys: the query without separators (hu'kou, hu-kou); empty unless the
   * query is only ASCII letters, digits and separators. Digits stay: names have them
   * (2025年度) and a query with digits must not turn into bare initials.
   */
  letters: string;
  /** Code form (upper-case alphanumerics). */
  code: string;
  looksLikeCode: boolean;
  ascii: boolean;
  /** Letters a–z used by `letters`, for the letterSet test. */
  letterSet: number;
}

function parseQuery(raw: string): Query | null {
  const text = normaliseText(raw);
  if (text === '') return null;
  const asciiOnly = /^[a-z0-9'._-]+$/.test(text);
  const letters = asciiOnly ? text.replace(/['._-]/g, '') : '';
  return {
    text,
    letters,
    letterSet: lettersOf(letters),
    code: asciiOnly ? normaliseCode(text) : '',
    looksLikeCode: asciiOnly && /[0-9-]/.test(text),
    ascii: isAllAscii(text),
  };
}

/** Full-width forms folded (NFKC), case folded, every kind of white space removed. */
function normaliseText(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function pinyinKeys(raw: string, usualReading: (ch: string) => string | undefined): PinyinKeys {
  const text = normaliseText(raw);
  const chars = Array.from(text);
  const contextual = pinyin(text, { toneType: 'none', type: 'array' });
  const aligned = contextual.length === chars.length;
  const slots: string[][] = [];
  let letterMask = 0;
  let letterSet = 0;
  contextual.forEach((reading, i) => {
    const primary = spelling(reading);
    if (!/^[a-z0-9]+$/.test(primary)) return;
    const slot = [primary];
    const usual = aligned ? usualReading(chars[i] as string) : undefined;
    for (const r of [usual, primary.includes('v') ? primary.replace(/v/g, 'u') : undefined]) {
      if (r !== undefined && /^[a-z]+$/.test(r) && !slot.includes(r)) slot.push(r);
    }
    for (const r of slot) {
      letterMask |= letterBit(r.charCodeAt(0));
      letterSet |= lettersOf(r);
    }
    slots.push(slot);
  });
  return {
    text,
    hasAscii: isAnyAscii(text),
    initials: slots.map((s) => (s[0] as string)[0]).join(''),
    slots,
    single: slots.every((s) => s.length === 1),
    letterMask,
    letterSet,
  };
}

/** Lower case, ü written v as pinyin IMEs take it. */
function spelling(reading: string): string {
  return reading.toLowerCase().replace(/ü/g, 'v');
}

function letterBit(code: number): number {
  return code >= 97 && code <= 122 ? 1 << (code - 97) : 0;
}

function isAnyAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x80) return true;
  return false;
}

function isAllAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

function lettersOf(s: string): number {
  let set = 0;
  for (let i = 0; i < s.length; i++) set |= letterBit(s.charCodeAt(i));
  return set;
}

/** The usual (most frequent) reading of a character, memoised for one index build. */
function usualReadings(): (ch: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (ch) => {
    if (cache.has(ch)) return cache.get(ch);
    const r = /[\u3400-\u9fff\u{20000}-\u{3134f}]/u.test(ch)
      ? pinyin(ch, { toneType: 'none', type: 'array', multiple: true }).map(spelling)[0]
      : undefined;
    cache.set(ch, r);
    return r;
  };
}

interface Match {
  tier: number;
  exact: boolean;
  position: number;
}

function matchEntry(e: Entry, q: Query, departmentTier: number): Match | null {
  if (q.code !== '') {
    for (const c of e.codes) if (c === q.code) return { tier: 0, exact: true, position: 0 };
  }
  const at = q.ascii && !e.name.hasAscii ? -1 : e.name.text.indexOf(q.text);
  if (at === 0) return { tier: 1, exact: e.name.text.length === q.text.length, position: 0 };
  if (q.looksLikeCode && e.codes.some((c) => c.startsWith(q.code))) return { tier: 1, exact: false, position: 0 };
  if (q.letters !== '' && e.name.initials.startsWith(q.letters)) {
    return { tier: 2, exact: e.name.initials.length === q.letters.length, position: 0 };
  }
  if (at > 0) return { tier: 3, exact: false, position: at };
  if (departmentTier !== NO_MATCH) return { tier: 4, exact: false, position: 0 };
  if (q.code.length >= 2 && !q.looksLikeCode && (e.codes[1] ?? '').startsWith(q.code)) {
    return { tier: 4, exact: false, position: 0 };
  }
  if (q.letters !== '') {
    const from = syllableMatch(e.name, q.letters, q.letterSet);
    if (from !== NO_MATCH) return { tier: 5, exact: false, position: from };
  }
  return null;
}

/** Department matches are computed once per query per department, not per matter. */
function departmentTier(d: PinyinKeys, q: Query): number {
  if (q.letters === '') return d.text.includes(q.text) ? 4 : NO_MATCH;
  // Two letters would hit nearly every department name (局, 市…): ask for three.
  return q.letters.length >= 3 && syllableMatch(d, q.letters, q.letterSet) !== NO_MATCH ? 4 : NO_MATCH;
}

/**
 * Index of the first character from which the query can be spelled, each character
 * giving a non-empty prefix of one of its readings: hkqy, hukou, hukouqy, kouqian all
 * match 户口迁移.
 */
function syllableMatch(keys: PinyinKeys, q: string, qLetters: number): number {
  const first = q.charCodeAt(0);
  const bit = letterBit(first);
  if ((qLetters & ~keys.letterSet) !== 0 || (bit !== 0 && (keys.letterMask & bit) === 0)) return NO_MATCH;
  if (keys.single) {
    // Fast path for the common case: native indexOf over the initials.
    const letter = q[0] as string;
    for (let start = keys.initials.indexOf(letter); start !== -1; start = keys.initials.indexOf(letter, start + 1)) {
      if (spellFrom(keys.slots, start, q, 0)) return start;
    }
    return NO_MATCH;
  }
  for (let start = 0; start < keys.slots.length; start++) {
    if (startsWithLetter(keys.slots[start] as readonly string[], first) && spellFrom(keys.slots, start, q, 0)) return start;
  }
  return NO_MATCH;
}

function startsWithLetter(slot: readonly string[], code: number): boolean {
  for (const r of slot) if (r.charCodeAt(0) === code) return true;
  return false;
}

function spellFrom(slots: readonly (readonly string[])[], i: number, q: string, j: number): boolean {
  const slot = slots[i];
  if (slot === undefined) return false;
  for (const s of slot) {
    let common = 0;
    while (common < s.length && j + common < q.length && s.charCodeAt(common) === q.charCodeAt(j + common)) common++;
    // Longest take first: whole syllables are the common case and end the search quickly.
    for (let take = common; take >= 1; take--) {
      if (j + take === q.length) return true;
      if (spellFrom(slots, i + 1, q, j + take)) return true;
    }
  }
  return false;
}

// Score packing: one number per hit so the top-N keeps only numbers and compares once.
// Field widths leave the total below 2^53 for catalogs of up to a million matters.
const MAX_BUCKET = 63;
const TIER_W = 1e14;
const EXACT_W = 1e13;
const BUCKET_W = 1e11;
const POSITION_W = 1e9;
const LENGTH_W = 1e6;

function score(e: Entry, m: Match): number {
  return (
    m.tier * TIER_W +
    (m.exact ? 0 : EXACT_W) +
    (MAX_BUCKET - e.frequencyBucket) * BUCKET_W +
    Math.min(m.position, 99) * POSITION_W +
    Math.min(e.name.text.length, 999) * LENGTH_W +
    Math.min(e.order, LENGTH_W - 1)
  );
}

function tierOf(s: number): MatchKind {
  return TIER_KIND[Math.floor(s / TIER_W)] ?? 'pinyin';
}

/** Keeps the `limit` lowest scores; insertion into a short sorted array beats sorting every hit. */
class TopN {
  private readonly items: { score: number; entry: Entry }[] = [];
  constructor(private readonly limit: number) {}

  offer(score: number, entry: Entry): void {
    const items = this.items;
    if (items.length === this.limit && score >= (items[items.length - 1] as { score: number }).score) return;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((items[mid] as { score: number }).score <= score) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, { score, entry });
    if (items.length > this.limit) items.pop();
  }

  sorted(): readonly { score: number; entry: Entry }[] {
    return this.items;
  }
}
