import { z } from 'zod';

/**
 * Case events: the append-only history of an application. Status is a fold over
 * them (./status.ts). Terminals write the counter's events; the back office writes
 * its decisions through the hub. Append-only documents never conflict.
 */
export const terminalEventTypes = [
  'accepted',
  'supplement_requested',
  'supplement_received',
  'rejected',
  'delivered',
  'rated',
  'corrected',
] as const;
export const backOfficeEventTypes = ['in_review', 'approved', 'denied', 'completed', 'ready_for_pickup', 'mailed'] as const;
export const caseEventTypes = [...terminalEventTypes, ...backOfficeEventTypes] as const;
export type CaseEventType = (typeof caseEventTypes)[number];

export const caseEventLabels: Record<CaseEventType, string> = {
  accepted: '已受理',
  supplement_requested: '待补正',
  supplement_received: '已补正',
  rejected: '不予受理',
  delivered: '已出件',
  rated: '已评价',
  corrected: '已更正',
  in_review: '审查中',
  approved: '审批通过',
  denied: '审批不通过',
  completed: '已办结',
  ready_for_pickup: '待取件',
  mailed: '已寄出',
};

export const caseEventSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{8,80}$/),
  /** The application (case) this event belongs to. */
  caseId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  hallId: z.string().min(1).max(64),
  /** Terminal that recorded it; absent for events written by the hub (back office). */
  terminalId: z.string().min(1).max(64).optional(),
  type: z.enum(caseEventTypes),
  /** When it happened, by the writer's clock (display only; order by hub sequence). */
  at: z.string().datetime({ offset: true }),
  actor: z.object({
    kind: z.enum(['clerk', 'backoffice', 'system']),
    /** Staff number or department name, never a citizen's data. */
    ref: z.string().max(64).optional(),
  }),
  note: z.string().max(500).optional(),
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

export const isTerminalEventType = (t: CaseEventType): boolean => (terminalEventTypes as readonly string[]).includes(t);
