/**
 * Identity and case-number parsing: validated on every keystroke of the intake form and
 * in bulk when a hall imports or re-checks records. Throughput over large sets of
 * synthetic valid numbers (valid ones take the longest path: every rule runs), plus the
 * spread of single passes. The issue sets no targets, so the rows carry none.
 */
import { formatCaseNumber, parseCaseNumber } from '../../shared/case-number';
import { parseCreditCode } from '../../shared/identity/credit-code';
import { parseResidentId } from '../../shared/identity/resident-id';
import { seededCreditCodes, seededRandom, seededResidentIds } from '../unit/shared/identity/generate';
import type { Bench, BenchRow } from './harness';
import { percentile, sample } from './harness';

const COUNT = 200_000;
const PASSES = 7;
const TODAY = '2025-06-30';

function caseNumbers(count: number): string[] {
  const rnd = seededRandom(3);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = 1 + Math.floor(rnd() * 28);
    out.push(
      formatCaseNumber({
        divisionCode: '330106',
        date: `2026-0${1 + Math.floor(rnd() * 9)}-${String(day).padStart(2, '0')}`,
        terminal: 1 + Math.floor(rnd() * 999),
        sequence: 1 + Math.floor(rnd() * 9999),
      }),
    );
  }
  return out;
}

/** Parses the whole set PASSES times; returns parses per second (median pass) and the µs/parse spread. */
async function throughput(subject: string, inputs: readonly string[], parse: (s: string) => boolean): Promise<BenchRow[]> {
  for (let i = 0; i < Math.min(inputs.length, 50_000); i++) parse(inputs[i] as string); // warm up the JIT
  const passes = await sample(PASSES, () => {
    for (const s of inputs) if (!parse(s)) throw new Error(`generated value did not parse: ${s}`);
  });
  const perSecond = passes.map((ms) => (inputs.length / ms) * 1000);
  const usPerParse = passes.map((ms) => (ms * 1000) / inputs.length);
  return [
    { subject: `${subject} (${inputs.length.toLocaleString('en')} valid)`, metric: 'throughput (median pass)', value: percentile(perSecond, 50), unit: 'parses/s' },
    { subject: `${subject} (${inputs.length.toLocaleString('en')} valid)`, metric: 'µs per parse (p95 of passes)', value: percentile(usPerParse, 95), unit: 'µs' },
  ];
}

const bench: Bench = {
  name: 'identity',
  async run() {
    const ids = seededResidentIds(COUNT);
    const credit = seededCreditCodes(COUNT);
    const cases = caseNumbers(COUNT);
    return [
      ...(await throughput('parseResidentId', ids, (s) => parseResidentId(s, TODAY).ok)),
      ...(await throughput('parseCreditCode', credit, (s) => parseCreditCode(s).ok)),
      ...(await throughput('parseCaseNumber', cases, (s) => parseCaseNumber(s).ok)),
    ];
  },
};

export default bench;
