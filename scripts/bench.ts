/**
 * `npm run bench`: runs every test/bench/*.bench.ts, prints a table of figures and
 * ratios, and writes it with the date and machine to docs/bench.md (commit that file).
 */
import { readdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem, platform, release } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Bench, BenchRow } from '../test/bench/harness';

const root = path.resolve(import.meta.dirname, '..');
const benchDir = path.join(root, 'test', 'bench');
const only = process.argv.slice(2);

const files = (await readdir(benchDir)).filter((f) => f.endsWith('.bench.ts')).sort();
const rows: BenchRow[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(benchDir, file)).href)) as { default: Bench };
  const bench = mod.default;
  if (only.length > 0 && !only.some((o) => file.includes(o) || bench.name.includes(o))) continue;
  process.stderr.write(`running ${bench.name}…\n`);
  rows.push(...(await bench.run()));
}

const fmt = (n: number | undefined): string =>
  n === undefined ? '' : Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3);
const header = ['subject', 'metric', 'value', 'unit', 'target', 'ratio'];
const table = [
  `| ${header.join(' | ')} |`,
  `|${header.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.subject} | ${r.metric} | ${fmt(r.value)} | ${r.unit} | ${r.target ?? ''} | ${fmt(r.ratio)} |`),
].join('\n');

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const machine = `${platform()} ${release()}, ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const when = new Date().toISOString().slice(0, 10);
console.log(table);
console.log(`\n${when} — ${machine}`);

if (only.length === 0) {
  const doc = `# Benchmarks\n\nMeasured by \`npm run bench\` on ${when}.\n\nMachine: ${machine}\n\nRatio = value / target (below 1 is within target).\n\n${table}\n`;
  await writeFile(path.join(root, 'docs', 'bench.md'), doc);
  console.log('written to docs/bench.md');
}
