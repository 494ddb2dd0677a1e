import { describe, expect, it } from 'vitest';
import { counterCaseSchema, creditCodeSchema, residentIdSchema } from '../../../../shared/documents/inputs';
import { intakeFromChecklist, situationFacts } from '../../../../shared/documents/from-catalog';
import { makeCreditCode, makeResidentId } from '../identity/generate';
import { APPLICANT_ID, CREDIT_CODE, matterNamed, moveInCase, moveInChecklist } from './fixtures';

describe('input schemas', () => {
  it('accept the realistic fixtures', () => {
    expect(counterCaseSchema.safeParse(moveInCase()).success).toBe(true);
  });

  it('check resident IDs for shape and check character', () => {
    expect(residentIdSchema.safeParse(APPLICANT_ID).success).toBe(true);
    expect(residentIdSchema.safeParse(makeResidentId('330106', '20000229', 8)).success).toBe(true);
    const wrongCheck = APPLICANT_ID.slice(0, 17) + (APPLICANT_ID.endsWith('0') ? '1' : '0');
    expect(residentIdSchema.safeParse(wrongCheck).success).toBe(false);
    expect(residentIdSchema.safeParse(APPLICANT_ID.slice(0, 17)).success).toBe(false);
  });

  it('accept a credit code failing only its check character (supervisor override), reject malformed ones', () => {
    expect(creditCodeSchema.safeParse(CREDIT_CODE).success).toBe(true);
    const good = makeCreditCode('91', '330106', 'MA2H7K3Q0');
    const badCheck = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    expect(creditCodeSchema.safeParse(badCheck).success).toBe(true);
    expect(creditCodeSchema.safeParse('91330106MA2H7K3QOI').success).toBe(false);
    expect(creditCodeSchema.safeParse(good.slice(0, 15)).success).toBe(false);
  });

  it('refuse a case number with a typo', () => {
    const c = moveInCase();
    const typo = c.caseNumber.slice(0, 3) + (c.caseNumber[3] === '1' ? '2' : '1') + c.caseNumber.slice(4);
    expect(counterCaseSchema.safeParse({ ...c, caseNumber: typo }).success).toBe(false);
  });
});

describe('copying the catalog by value', () => {
  it('defaults e-licence and shared-data items to 免提交 and the rest to missing', () => {
    const intake = intakeFromChecklist(moveInChecklist());
    expect(intake.map((m) => [m.materialId, m.status.kind, m.required])).toEqual([
      ['applicant-id-card', 'missing', { originals: 1, copies: 0 }],
      ['household-register', 'eLicence', null],
      ['move-in-application', 'missing', { originals: 1, copies: 0 }],
      ['marriage-certificate', 'eLicence', null],
      ['host-household-register', 'eLicence', null],
      ['host-consent', 'missing', { originals: 1, copies: 0 }],
    ]);
  });

  it('words only the questions actually asked', () => {
    const m = matterNamed('户口迁移（准予迁入）');
    expect(situationFacts(m, { 'move-reason': 'talent', 'by-agent': 'yes' })).toEqual([
      { question: '迁入原因', answer: '人才引进（学历落户）' },
      { question: '是否委托他人代办', answer: '是' },
    ]);
  });
});
