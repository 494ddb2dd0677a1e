/**
 * Chinese wording of dates, limits and counts as official documents print them.
 * Dates follow GB/T 9704-2012 (Arabic numerals, no leading zeros: 2026年3月2日).
 */
import type { TimeLimit } from '../catalog/schema';
import { timeUnitLabels } from '../catalog/vocabulary';
import { chinaDate } from '../calendar';
import type { IsoDate } from '../calendar';
import type { LegalCitation, RemedyPeriod } from './rules';
import type { PaperCounts } from './inputs';

export function formatDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** An instant in China time (UTC+8 applied arithmetically, like the calendar's chinaDate). */
export function formatDateTime(isoDateTime: string): string {
  const ms = Date.parse(isoDateTime);
  if (!Number.isFinite(ms)) throw new RangeError(`not an ISO date-time: ${isoDateTime}`);
  const local = new Date(ms + CHINA_OFFSET_MS);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${formatDate(chinaDate(new Date(ms)))} ${hh}:${mm}`;
}

/** The China date of an instant, for date comparisons. */
export function chinaDateOf(isoDateTime: string): IsoDate {
  return chinaDate(new Date(Date.parse(isoDateTime)));
}

/** 20个工作日 / 30日 / 当场办结; null: no law sets one. */
export function formatLimit(limit: TimeLimit | null): string {
  if (limit === null) return '法律法规未规定';
  if (limit.unit === 'onTheSpot') return timeUnitLabels.onTheSpot;
  return `${limit.days}${timeUnitLabels[limit.unit]}`;
}

/** 原件1份、复印件2份; nothing: —. */
export function formatPaper(counts: PaperCounts): string {
  const parts: string[] = [];
  if (counts.originals > 0) parts.push(`原件${counts.originals}份`);
  if (counts.copies > 0) parts.push(`复印件${counts.copies}份`);
  return parts.length > 0 ? parts.join('、') : '—';
}

export function formatPeriod(period: RemedyPeriod): string {
  return period.unit === 'days' ? `${period.value}日` : `${period.value}个月`;
}

export function formatCitation(c: LegalCitation): string {
  return c.article === undefined ? c.law : `${c.law}${c.article}`;
}

export function formatCitations(cs: readonly LegalCitation[]): string {
  return cs.map(formatCitation).join('、');
}
