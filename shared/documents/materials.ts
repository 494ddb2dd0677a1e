/**
 * The rules that decide, material by material, what the intake record means for the
 * decision. One place, shared by every document, so the acceptance notice, the receipt
 * and the one-time notice can never disagree about what is missing.
 *
 * A material is OUTSTANDING (grounds for 补正, and a bar to 受理) when it is needed —
 * necessity 必要, 容缺后补 or 信息免交, i.e. anything but 非必要 — and it is
 *   - missing (nothing handed over and no 免提交 channel used), or
 *   - handed over with fewer originals or copies than the checklist asks, or
 *   - handed over but not meeting its standard (nonconforming).
 * It is NOT outstanding when
 *   - provided in full on paper, or 免提交 (e-licence or data sharing): nothing to ask for;
 *   - 容缺后补 with a signed commitment: the authority has accepted later delivery, so
 *     asking again in a 补正 notice would contradict that acceptance; the commitment
 *     document carries its own due date;
 *   - 非必要 (optional), whatever its status: its absence cannot stop an application.
 * A 容缺后补 material without a commitment is outstanding like any required one.
 */
import type { IntakeStatus, MaterialIntake, PaperCounts } from './inputs';
import { formatDate, formatPaper } from './format';

export type MaterialStanding = 'provided' | 'exempt' | 'deferred' | 'outstanding' | 'notNeeded';

export interface Assessment {
  material: MaterialIntake;
  standing: MaterialStanding;
  /** For outstanding materials: what is wrong, in words for the applicant. */
  shortfall?: string;
}

/** Originals/copies still owed; null when the counts received cover what is required. */
export function missingCounts(required: PaperCounts | null, received: PaperCounts): PaperCounts | null {
  if (required === null) return null;
  const owed = {
    originals: Math.max(0, required.originals - received.originals),
    copies: Math.max(0, required.copies - received.copies),
  };
  return owed.originals + owed.copies > 0 ? owed : null;
}

const needed = (m: MaterialIntake): boolean => m.necessity !== 'optional';

function shortfallOf(m: MaterialIntake, status: IntakeStatus): string | null {
  const asked = m.required === null ? '' : `，应提交${formatPaper(m.required)}`;
  switch (status.kind) {
    case 'missing':
      return `未提交${asked}`;
    case 'nonconforming':
      return `不符合要求：${status.problem}${asked}`;
    case 'paper': {
      const owed = missingCounts(m.required, status);
      return owed === null ? null : `已收${formatPaper(status)}，尚缺${formatPaper(owed)}`;
    }
    default:
      return null;
  }
}

export function assessMaterial(m: MaterialIntake): Assessment {
  const s = m.status;
  if (s.kind === 'eLicence' || s.kind === 'dataShared') return { material: m, standing: 'exempt' };
  if (s.kind === 'deferred') return { material: m, standing: 'deferred' };
  const shortfall = shortfallOf(m, s);
  if (shortfall === null) return { material: m, standing: 'provided' };
  if (!needed(m)) return { material: m, standing: 'notNeeded' };
  return { material: m, standing: 'outstanding', shortfall };
}

export const assessMaterials = (ms: readonly MaterialIntake[]): Assessment[] => ms.map(assessMaterial);

export const outstanding = (as: readonly Assessment[]): Assessment[] => as.filter((a) => a.standing === 'outstanding');

/** How a material reached the counter, for the 受理通知书 list and receipt remarks. */
export function howReceived(s: IntakeStatus): string {
  switch (s.kind) {
    case 'paper':
      return formatPaper(s);
    case 'eLicence':
      return `电子证照调取，免提交（${s.licence}）`;
    case 'dataShared':
      return '信息共享核验，免提交';
    case 'deferred':
      return `容缺后补，承诺于${formatDate(s.commitment.deliverBy)}前补交`;
    case 'nonconforming':
      return `不符合要求：${s.problem}`;
    case 'missing':
      return '未提交';
  }
}
