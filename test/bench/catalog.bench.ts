import type { Answers } from '../../shared/catalog/checklist';
import { bundleChecklist, requiredMaterials } from '../../shared/catalog/checklist';
import { defaultCatalog } from '../../shared/catalog/data';
import type { Matter } from '../../shared/catalog/schema';
import { createMatterIndex } from '../../shared/catalog/search';
import { seededRandom, syntheticMatters } from '../unit/shared/catalog/synthetic-catalog';
import type { Bench, BenchRow } from './harness';
import { percentile, sample } from './harness';

/**
 * Catalog figures: search over 10,000 matters (the bundled catalog plus generated ones),
 * index build, and checklist derivation. Queries mix what clerks type: initials, full and
 * partial pinyin, Chinese words, codes and code prefixes, departments, one letter.
 */

const CATALOG_SIZE = 10_000;
const SEARCH_TARGET_MS = 5;
const QUERIES = [
  'hkqy', 'h', 's', 'x', 'sb', 'gjj', 'bdc', 'bdczydj', 'hukou', 'hukouqy', 'qianyi', 'shebao', 'gongjijin', 'jianshegongcheng',
  'lvxingshe', 'xkbg', '户口', '公积金', '许可', '不动产转移', '营业执照', '公安', '杭州市交通运输局', '330100', '330100-GA',
  'GA-QR-0001', '330100-BDC-QR-0001-02', 'ＨＫＱＹ', '  户口迁移  ', 'zzzz',
];

/** Complete answers for a matter, chosen with a seeded generator. */
function someAnswers(m: Matter, random: () => number): Answers {
  return Object.fromEntries(m.situations.map((s) => [s.id, s.options[Math.floor(random() * s.options.length)]?.id ?? '']));
}

const bench: Bench = {
  name: 'catalog',
  async run() {
    const rows: BenchRow[] = [];
    const matters = [...defaultCatalog.matters, ...syntheticMatters(CATALOG_SIZE - defaultCatalog.matters.length)];

    const builds = await sample(3, () => createMatterIndex(matters));
    rows.push({ subject: 'catalog index build (10,000 matters)', metric: 'p50', value: percentile(builds, 50), unit: 'ms' });

    const index = createMatterIndex(matters);
    for (const q of QUERIES) index.search(q); // warm-up: JIT, not the first-query penalty
    const rounds = 30;
    const searches = await sample(QUERIES.length * rounds, (i) => index.search(QUERIES[i % QUERIES.length] as string));
    const p50 = percentile(searches, 50);
    const p95 = percentile(searches, 95);
    rows.push(
      { subject: 'catalog search (10,000 matters)', metric: 'p50', value: p50, unit: 'ms', target: `< ${SEARCH_TARGET_MS} ms`, ratio: p50 / SEARCH_TARGET_MS },
      { subject: 'catalog search (10,000 matters)', metric: 'p95', value: p95, unit: 'ms', target: `< ${SEARCH_TARGET_MS} ms`, ratio: p95 / SEARCH_TARGET_MS },
    );

    // Checklists: every bundled matter with varied complete answers.
    const random = seededRandom(7);
    const cases = Array.from({ length: 4000 }, (_, i) => {
      const m = defaultCatalog.matters[i % defaultCatalog.matters.length] as Matter;
      return { m, answers: someAnswers(m, random) };
    });
    for (const c of cases.slice(0, 200)) requiredMaterials(c.m, c.answers);
    const derivations = await sample(cases.length, (i) => {
      const c = cases[i] as (typeof cases)[number];
      return requiredMaterials(c.m, c.answers);
    });
    rows.push(
      { subject: 'checklist derivation (requiredMaterials)', metric: 'p50', value: percentile(derivations, 50) * 1000, unit: 'µs' },
      { subject: 'checklist derivation (requiredMaterials)', metric: 'p95', value: percentile(derivations, 95) * 1000, unit: 'µs' },
    );

    const byCode = new Map(defaultCatalog.matters.map((m) => [m.code.implementation, m]));
    const bundleCases = Array.from({ length: 600 }, (_, i) => {
      const b = defaultCatalog.bundles[i % defaultCatalog.bundles.length] as (typeof defaultCatalog.bundles)[number];
      const answers = Object.fromEntries(
        b.components.map((c) => [c.matter, someAnswers(byCode.get(c.matter) as Matter, random)]),
      );
      return { b, answers };
    });
    const bundles = await sample(bundleCases.length, (i) => {
      const c = bundleCases[i] as (typeof bundleCases)[number];
      return bundleChecklist(c.b, byCode, c.answers);
    });
    rows.push(
      { subject: 'bundle checklist derivation (一件事)', metric: 'p50', value: percentile(bundles, 50) * 1000, unit: 'µs' },
      { subject: 'bundle checklist derivation (一件事)', metric: 'p95', value: percentile(bundles, 95) * 1000, unit: 'µs' },
    );
    return rows;
  },
};

export default bench;
