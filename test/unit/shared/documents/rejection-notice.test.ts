import { describe, expect, it } from 'vitest';
import { requiredMaterials } from '../../../../shared/catalog/checklist';
import { buildRejectionNotice } from '../../../../shared/documents/rejection-notice';
import { matterFacts, situationFacts, standardRemedies } from '../../../../shared/documents/from-catalog';
import type { CounterCase, Decision } from '../../../../shared/documents/inputs';
import { defaultDocumentRules, remedyRules } from '../../../../shared/documents/rules';
import type { ListSection } from '../../../../shared/documents/model';
import {
  APPLICANT_ID,
  CASE_NUMBER,
  LEGAL_REP_ID,
  company,
  expectOk,
  expectedMask,
  fieldValue,
  hasField,
  matterNamed,
  moveInCase,
  serialised,
} from './fixtures';

const REMEDIES = standardRemedies('杭州市西湖区人民政府', '杭州市西湖区人民法院');

/** 食品经营许可 asked for by a shop selling only prepackaged food: the catalog says 备案, not 许可. */
function prepackagedOnlyCase(overrides: Partial<Extract<Decision, { kind: 'reject' }>> = {}): CounterCase {
  const m = matterNamed('食品经营许可');
  const answers = { 'prepackaged-only': 'yes' };
  const r = requiredMaterials(m, answers);
  if (!r.ok || r.value.applicable) throw new Error('expected the catalog to rule the matter out');
  const checklist = r.value;
  return moveInCase({
    applicant: company,
    matter: matterFacts(m),
    situations: situationFacts(m, answers),
    materials: [],
    delivery: undefined,
    decision: {
      kind: 'reject',
      decidedOn: '2026-03-02',
      ground: 'notRequired',
      reason: checklist.reason,
      competentAuthority: { name: checklist.competentAuthority ?? '', phone: '0571-88881111' },
      remedies: REMEDIES,
      ...overrides,
    },
  });
}

const listOf = (sections: readonly { kind: string }[]): ListSection => {
  const l = sections.find((s): s is ListSection => s.kind === 'list');
  if (!l) throw new Error('no list section');
  return l;
};

describe('buildRejectionNotice: 食品经营许可 for prepackaged food only', () => {
  const doc = expectOk(buildRejectionNotice(prepackagedOnlyCase()));

  it('is numbered from the case and addressed to the applicant', () => {
    expect(doc.kind).toBe('rejectionNotice');
    expect(doc.title).toBe('不予受理通知书');
    expect(doc.documentNumber).toBe(`${CASE_NUMBER}-BY01`);
    expect(doc.salutation).toBe('杭州示例餐饮管理有限公司：');
    expect(doc.copies).toEqual([{ label: null }]);
  });

  it('gives the reason, the article of the Licensing Law and where to apply instead', () => {
    const body = doc.sections[0];
    const text = body?.kind === 'text' ? body.paragraphs : [];
    expect(text[0]).toBe(
      '你单位于2026年3月2日提交的「食品经营许可」申请，经审查，仅销售预包装食品的，无需取得食品经营许可，应当办理备案。' +
        '根据《中华人民共和国行政许可法》第三十二条第一款第（一）项的规定，决定不予受理。',
    );
    expect(text[1]).toBe('请你单位向经营场所所在地县级市场监督管理部门（备案）（电话：0571-88881111）提出申请。');
    expect(fieldValue(doc, '不予受理情形')).toBe('申请事项依法不需要取得行政许可');
    expect(fieldValue(doc, '不予受理理由')).toBe('仅销售预包装食品的，无需取得食品经营许可，应当办理备案');
    expect(fieldValue(doc, '有权受理机关')).toBe('经营场所所在地县级市场监督管理部门（备案）（电话：0571-88881111）');
    expect(fieldValue(doc, '决定日期')).toBe('2026年3月2日');
  });

  it('states both remedies with body, period and statute', () => {
    expect(listOf(doc.sections).items).toEqual([
      '自收到本通知书之日起60日内，向杭州市西湖区人民政府申请行政复议（依据《中华人民共和国行政复议法》第二十条）。',
      '自收到本通知书之日起6个月内，向杭州市西湖区人民法院提起行政诉讼（依据《中华人民共和国行政诉讼法》第四十六条）。',
    ]);
    expect(listOf(doc.sections).ordered).toBe(true);
  });

  it('is sealed and dated the day of the decision, masked by default', () => {
    expect(doc.seal?.date).toBe('2026年3月2日');
    expect(doc.signatures[0]?.name).toBe('林晓岚（工号 XH0123）');
    expect(fieldValue(doc, '法定代表人身份证号码')).toBe(expectedMask(LEGAL_REP_ID));
    expect(doc.identityRevealed).toBe(false);
    expect(doc.qr).toBeUndefined();
  });

  it('prints remedy periods from the rules, not from code', () => {
    const rules = {
      ...defaultDocumentRules,
      remedies: {
        ...remedyRules,
        administrativeReview: { ...remedyRules.administrativeReview, period: { value: 90, unit: 'days' as const } },
      },
    };
    const changed = expectOk(buildRejectionNotice(prepackagedOnlyCase(), { rules }));
    expect(listOf(changed.sections).items[0]).toContain('90日内');
    expect(remedyRules.administrativeReview.period).toEqual({ value: 60, unit: 'days' });
    expect(remedyRules.administrativeLitigation.period).toEqual({ value: 6, unit: 'months' });
  });

  it('may print the full identity number: the decision must identify its addressee', () => {
    const full = expectOk(buildRejectionNotice(prepackagedOnlyCase(), { revealIdentity: true }));
    expect(fieldValue(full, '法定代表人身份证号码')).toBe(LEGAL_REP_ID);
    expect(full.identityRevealed).toBe(true);
  });
});

describe('buildRejectionNotice: not this authority’s matter', () => {
  it('names the competent authority for notCompetent and cites art. 32(1)(2)', () => {
    const doc = expectOk(
      buildRejectionNotice(
        moveInCase({
          decision: {
            kind: 'reject',
            decidedOn: '2026-03-02',
            ground: 'notCompetent',
            reason: '迁入地不在本区，',
            competentAuthority: { name: '杭州市上城区公安分局户政窗口', address: '杭州市上城区示例路1号' },
            remedies: REMEDIES,
          },
        }),
      ),
    );
    expect(serialised(doc.sections[0])).toContain('经审查，迁入地不在本区。根据《中华人民共和国行政许可法》第三十二条第一款第（二）项的规定');
    expect(fieldValue(doc, '有权受理机关')).toBe('杭州市上城区公安分局户政窗口（地址：杭州市上城区示例路1号）');
    expect(fieldValue(doc, '身份证号码')).toBe(expectedMask(APPLICANT_ID));
  });

  it('refuses an applicant of the wrong kind without objecting to the kind itself', () => {
    const r = buildRejectionNotice(
      moveInCase({
        applicant: company,
        decision: { kind: 'reject', decidedOn: '2026-03-02', ground: 'other', reason: '户口迁移只能由自然人申请', remedies: REMEDIES },
      }),
    );
    const doc = expectOk(r);
    expect(hasField(doc, '有权受理机关')).toBe(false);
    expect(serialised(doc.sections[0])).toContain('《中华人民共和国行政许可法》第三十二条的规定');
  });
});

describe('buildRejectionNotice: inconsistent input', () => {
  const code = (c: CounterCase) => {
    const r = buildRejectionNotice(c);
    return r.ok ? 'OK' : r.code;
  };

  it('REJECTION_REASON_MISSING for an empty or punctuation-only reason', () => {
    expect(code(prepackagedOnlyCase({ reason: '' }))).toBe('REJECTION_REASON_MISSING');
    expect(code(prepackagedOnlyCase({ reason: '  。 ' }))).toBe('REJECTION_REASON_MISSING');
  });

  it('COMPETENT_AUTHORITY_MISSING when the matter belongs elsewhere but nobody is named', () => {
    expect(code(prepackagedOnlyCase({ ground: 'notCompetent', competentAuthority: undefined }))).toBe('COMPETENT_AUTHORITY_MISSING');
    // For other grounds naming one is optional.
    expect(code(prepackagedOnlyCase({ ground: 'other', competentAuthority: undefined }))).toBe('OK');
  });

  it('REMEDIES_MISSING without any remedy', () => {
    expect(code(prepackagedOnlyCase({ remedies: [] }))).toBe('REMEDIES_MISSING');
  });

  it('WRONG_DECISION and DATE_ORDER', () => {
    expect(code(moveInCase())).toBe('WRONG_DECISION');
    expect(code(prepackagedOnlyCase({ decidedOn: '2026-02-28' }))).toBe('DATE_ORDER');
  });
});
