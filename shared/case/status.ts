import { caseEventLabels, type CaseEvent, type CaseEventType } from './case-event';

/** Statuses a case moves through, in the order they supersede each other. */
const rank: Record<CaseEventType, number> = {
  corrected: 0,
  rated: 0,
  accepted: 1,
  supplement_requested: 1,
  supplement_received: 2,
  in_review: 3,
  approved: 4,
  denied: 4,
  completed: 5,
  ready_for_pickup: 6,
  mailed: 7,
  delivered: 8,
  rejected: 9,
};

export interface CaseStatus {
  type: CaseEventType | 'saved';
  label: string;
  /** Number of events folded. */
  events: number;
}

/**
 * Current status of a case from its events. Events can arrive in any order (sync);
 * the most advanced status wins, ties broken by time — so a late-arriving "accepted"
 * never moves a completed case back. Ratings and corrections do not change status.
 */
export function caseStatus(events: readonly Pick<CaseEvent, 'type' | 'at'>[]): CaseStatus {
  let best: Pick<CaseEvent, 'type' | 'at'> | undefined;
  for (const e of events) {
    if (rank[e.type] === 0) continue;
    if (!best || rank[e.type] > rank[best.type] || (rank[e.type] === rank[best.type] && e.at > best.at)) best = e;
  }
  return best ? { type: best.type, label: caseEventLabels[best.type], events: events.length } : { type: 'saved', label: '已登记', events: events.length };
}
