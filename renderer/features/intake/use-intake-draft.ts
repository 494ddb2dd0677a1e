import { useCallback, useEffect, useRef, useState } from 'react';
import { INTAKE_DRAFT_ID, type IntakeDraft } from '../../../shared/drafts/draft';
import type { CounterDatabase } from '../../db/database';

type DraftValues = IntakeDraft['values'];

export interface IntakeDraftState {
  /** False until the stored draft (if any) has been read. */
  ready: boolean;
  /** Another window of this workstation holds the draft: this one must not edit it. */
  lockedElsewhere: boolean;
  restored: DraftValues | null;
  applicationId: string;
  save(values: DraftValues): void;
  /** The intake was saved as an application: start a fresh draft. */
  finish(): Promise<void>;
}

const newId = () => crypto.randomUUID();

/**
 * Autosave of the intake in progress, locked to one window (a draft open in two windows
 * once produced two records elsewhere: pitfalls.md). Every change is written at once; after a
 * crash or reload the clerk lands back in the draft. The draft carries the id its application
 * will have, so a save retried after a crash cannot create a second record.
 */
export function useIntakeDraft(db: CounterDatabase): IntakeDraftState {
  const [ready, setReady] = useState(false);
  const [lockedElsewhere, setLockedElsewhere] = useState(false);
  const [restored, setRestored] = useState<DraftValues | null>(null);
  const [applicationId, setApplicationId] = useState<string>(newId);
  const appIdRef = useRef(applicationId);
  appIdRef.current = applicationId;
  const locked = useRef(false);

  useEffect(() => {
    let release: (() => void) | undefined;
    let cancelled = false;
    const abort = new AbortController();
    // Queue for the lock rather than give up: a window that just crashed may still hold it
    // for a moment, and a second window becomes usable as soon as the first one closes.
    const waiting = setTimeout(() => {
      if (!locked.current && !cancelled) {
        setLockedElsewhere(true);
        setReady(true);
      }
    }, 1_500);
    navigator.locks
      .request(`counter-draft:${INTAKE_DRAFT_ID}`, { signal: abort.signal }, async () => {
        clearTimeout(waiting);
        if (cancelled) return;
        locked.current = true;
        setLockedElsewhere(false);
        const draft = await db.drafts.findOne(INTAKE_DRAFT_ID).exec();
        if (draft) {
          const saved = await db.applications.findOne(draft.applicationId).exec();
          if (saved) await draft.remove(); // saved just before the crash: nothing to restore
          else {
            setApplicationId(draft.applicationId);
            setRestored(draft.values);
          }
        }
        setReady(true);
        // Hold the lock for as long as this window shows the intake.
        await new Promise<void>((resolve) => (release = resolve));
      })
      .catch(() => undefined); // aborted on unmount
    return () => {
      cancelled = true;
      clearTimeout(waiting);
      locked.current = false;
      abort.abort();
      release?.();
    };
  }, [db]);

  const save = useCallback(
    (values: DraftValues) => {
      if (!locked.current) return;
      void db.drafts.incrementalUpsert({ id: INTAKE_DRAFT_ID, applicationId: appIdRef.current, values, updatedAt: new Date().toISOString() });
    },
    [db],
  );

  const finish = useCallback(async () => {
    const draft = await db.drafts.findOne(INTAKE_DRAFT_ID).exec();
    await draft?.remove();
    setRestored(null);
    setApplicationId(newId());
  }, [db]);

  return { ready, lockedElsewhere, restored, applicationId, save, finish };
}
