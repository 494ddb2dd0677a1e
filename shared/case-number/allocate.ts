/**
 * The per-terminal counter behind case and bundle numbers. Uniqueness rests on a
 * terminal never issuing the same (date, sequence) twice, even when its clock is set
 * back (a known trap: terminals drift and get corrected). So the next position is taken
 * from the later of the clock's date and the last issued date: after a clock correction
 * backwards the terminal keeps counting on the last date until the clock catches up.
 * The caller persists the returned position before printing the number.
 */
import { err, ok } from '../result';
import type { Result } from '../result';
import { BUNDLE_SEQUENCE_MAX, CASE_SEQUENCE_MAX } from './case-number';
import type { ServiceNumberKind } from './case-number';

export interface IssuePosition {
  /** YYYY-MM-DD */
  readonly date: string;
  readonly sequence: number;
}

export type AllocationErrorCode = 'SEQUENCE_EXHAUSTED';

/**
 * @param last the last position this terminal issued for this kind, if any
 * @param today the terminal's local date, YYYY-MM-DD
 */
export function nextSequence(
  kind: ServiceNumberKind,
  last: IssuePosition | undefined,
  today: string,
): Result<IssuePosition, AllocationErrorCode> {
  const date = last !== undefined && last.date > today ? last.date : today;
  const sequence = last !== undefined && last.date === date ? last.sequence + 1 : 1;
  const max = kind === 'case' ? CASE_SEQUENCE_MAX : BUNDLE_SEQUENCE_MAX;
  if (sequence > max) {
    return err('SEQUENCE_EXHAUSTED', `本终端当日${kind === 'case' ? '办件' : '联办'}编号已用完（${max}个），请联系管理员`);
  }
  return ok({ date, sequence });
}
