import { createMatterIndex, defaultCatalog, type Matter } from '../../../shared/catalog';

export interface MatterOption {
  key: string;
  code: string;
  name: string;
  department: string;
}

// Built once per window: pinyin for the whole catalog is computed here, not per keystroke.
let index: ReturnType<typeof createMatterIndex> | undefined;

const toOption = (m: Matter): MatterOption => ({
  key: m.code.implementation,
  code: m.code.implementation,
  name: m.name,
  department: m.department.name,
});

/** Catalog search for the intake's matter box (names, codes, departments, pinyin, initials). */
export function matterSearch(query: string, limit = 12): MatterOption[] {
  if (query.trim() === '') return [];
  index ??= createMatterIndex(defaultCatalog.matters);
  return index.search(query, { limit }).map((hit) => toOption(hit.matter));
}
