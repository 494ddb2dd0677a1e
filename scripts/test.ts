/**
 * `npm test`: every quality gate, then the whole Vitest suite (unit, integration,
 * end-to-end in Chromium). Gates keep running after a failure so one run shows
 * everything that is wrong; the exit code is non-zero if anything failed.
 * The last line is the summary: `total: N passed, N failed, N skipped`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (pkg: string, file: string) => path.join(root, 'node_modules', pkg, file);
const reportFile = path.join(root, '.vitest-report.json');
const extraArgs = process.argv.slice(2);

interface Gate {
  name: string;
  ok: boolean;
  seconds: number;
}
const gates: Gate[] = [];

function gate(name: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${name}`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  gates.push({ name, ok, seconds: (Date.now() - t0) / 1000 });
  return ok;
}

gate('typecheck (strict, per layer)', [bin('tsx', 'dist/cli.mjs'), 'scripts/typecheck.ts']);
gate('lint (layering at error level)', [bin('eslint', 'bin/eslint.js'), '--max-warnings=0', '.']);
gate('build workstation (renderer, browser shell)', [bin('vite', 'bin/vite.js'), 'build', '--logLevel', 'warn'], { VITE_SHELL: 'browser' });
gate('build Electron main + preload', [bin('tsx', 'dist/cli.mjs'), 'scripts/build-electron.ts']);

rmSync(reportFile, { force: true });
gate('vitest (unit, integration, e2e)', [bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, ...extraArgs]);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numFailedTestSuites: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { assertionResults: { status: string; fullName: string }[] }[];
  };
  passed = report.numPassedTests;
  // A test file that fails to load has no failed tests of its own: count it as a failure too.
  const brokenFiles = report.testResults.filter((f) => f.assertionResults.length === 0 && (f as { status?: string }).status === 'failed').length;
  failed = report.numFailedTests + brokenFiles;
  if (brokenFiles) console.log(`\n${brokenFiles} test file(s) failed to run (import or setup error): counted as failed`);
  skipped = report.numPendingTests + report.numTodoTests;
  const skippedNames = report.testResults.flatMap((f) => f.assertionResults.filter((a) => a.status === 'skipped' || a.status === 'pending').map((a) => a.fullName));
  if (skippedNames.length) {
    console.log(`\nSKIPPED tests (${skippedNames.length}):`);
    for (const n of skippedNames) console.log(`  - ${n}`);
  }
} else {
  console.log('\nvitest wrote no report: counting the test run as failed');
  failed++;
}

console.log('\nquality gates:');
for (const g of gates) console.log(`  ${g.ok ? 'ok    ' : 'FAILED'} ${g.name} (${g.seconds.toFixed(1)} s)`);
const gateFailures = gates.filter((g) => !g.ok && !g.name.startsWith('vitest')).length;
const gatePasses = gates.filter((g) => g.ok && !g.name.startsWith('vitest')).length;
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
console.log(`total: ${passed + gatePasses} passed, ${failed + gateFailures} failed, ${skipped} skipped`);
process.exit(failed + gateFailures === 0 && gates.every((g) => g.ok) ? 0 : 1);
