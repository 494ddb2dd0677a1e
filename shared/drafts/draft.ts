import { z } from 'zod';

/**
 * An intake in progress. Saved on every change so a crash, a reload or a power cut loses
 * nothing; local to the terminal (never replicated); the applicant's data in it is
 * encrypted at rest like the application's.
 */
export const INTAKE_DRAFT_ID = 'intake-current';

export const intakeDraftSchema = z.object({
  id: z.string().min(1).max(64),
  /** The application id this draft will become: fixed at first keystroke so a retried save cannot create two. */
  applicationId: z.string().min(8).max(64),
  values: z.object({
    name: z.string().max(200).optional(),
    residentId: z.string().max(64).optional(),
    matterQuery: z.string().max(200).optional(),
    matterCode: z.string().max(80).optional(),
    matterName: z.string().max(200).optional(),
  }),
  updatedAt: z.string().datetime({ offset: true }),
});
export type IntakeDraft = z.infer<typeof intakeDraftSchema>;
