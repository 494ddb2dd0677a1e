import type { Err, Ok } from '../result';
import { err, ok } from '../result';
import type { CatalogVersion } from './schema';
import { catalogSchema } from './schema';

export type CatalogLoadError = Err<'CATALOG_INVALID'> & { issues: CatalogIssue[] };

/** How many problems the message lists; the rest are counted, the full list is in `issues`. */
const SHOWN_ISSUES = 5;

export interface CatalogIssue {
  path: string;
  message: string;
}

/**
 * Parses a catalog arriving from the hub (or any untrusted source). An invalid catalog is
 * refused as a whole: a terminal keeps working with the version it has rather than with
 * a catalog whose checklists could be wrong.
 */
export function loadCatalog(input: unknown): Ok<CatalogVersion> | CatalogLoadError {
  const parsed = catalogSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const shown = issues.slice(0, SHOWN_ISSUES).map((i) => (i.path ? `${i.message}（位置：${i.path}）` : i.message));
  const more = issues.length > SHOWN_ISSUES ? `；另有 ${issues.length - SHOWN_ISSUES} 处问题` : '';
  return { ...err('CATALOG_INVALID', `事项目录数据有误，未加载：${shown.join('；')}${more}`), issues };
}
