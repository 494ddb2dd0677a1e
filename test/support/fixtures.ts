import type { Application } from '../../shared/application/application';
import { listKeyFor } from '../../shared/application/application';

/** Builds a synthetic resident ID with a correct check character (no real person's number). */
export function syntheticResidentId(division = '330106', birth = '19900101', serial = '123'): string {
  const body = `${division}${birth}${serial}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, ch, i) => s + Number(ch) * (weights[i] ?? 0), 0);
  return body + '10X98765432'[sum % 11];
}

let counter = 0;
export function makeApplication(terminal: { terminalId: string; hallId: string }, overrides: Partial<Application> = {}): Application & { _deleted: boolean } {
  counter++;
  const id = `app-${Date.now().toString(36)}-${counter.toString().padStart(4, '0')}`;
  const createdAt = new Date(Date.UTC(2026, 10, 23, 2, 0, counter)).toISOString();
  return {
    id,
    hallId: terminal.hallId,
    terminalId: terminal.terminalId,
    applicant: { kind: 'person', name: '测试申请人', residentId: syntheticResidentId('330106', '19900101', String(100 + (counter % 800))) },
    matter: { code: 'TEST-0001', name: '居民身份证换领' },
    createdAt,
    listKey: listKeyFor(Date.parse(createdAt), id),
    ...overrides,
    _deleted: false,
  };
}
