import type { TimeLimit } from './schema';

/**
 * A time limit as printed on receipts and guides: 当场办结, 20个工作日, 30日.
 * Working days are the legal default (行政许可法 art. 82), so natural days say 日 only.
 */
export function describeTimeLimit(limit: TimeLimit): string {
  switch (limit.unit) {
    case 'onTheSpot':
      return '当场办结';
    case 'workingDays':
      return `${limit.days}个工作日`;
    case 'naturalDays':
      return `${limit.days}日`;
  }
}
