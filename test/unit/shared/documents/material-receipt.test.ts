import { describe, expect, it } from 'vitest';
import { buildMaterialReceipt } from '../../../../shared/documents/material-receipt';
import { matterFacts, situationFacts } from '../../../../shared/documents/from-catalog';
import type { CounterCase } from '../../../../shared/documents/inputs';
import {
  CASE_NUMBER,
  agent,
  allProvided,
  checklistOf,
  expectOk,
  expectedMask,
  fieldValue,
  foodLicenceCase,
  foodLicenceChecklist,
  matterNamed,
  moveInCase,
  tableNamed,
} from './fixtures';

describe('buildMaterialReceipt: a food business licence, mixed intake', () => {
  const checklist = foodLicenceChecklist();
  const input = foodLicenceCase({
    decision: undefined,
    materials: allProvided(checklist, {
      'licence-application': { kind: 'paper', originals: 1, copies: 0, scannedPages: 3 },
      'layout-plan': { kind: 'missing' },
      'equipment-list': { kind: 'nonconforming', problem: '未签字盖章', originals: 1, copies: 0 },
    }),
  });
  const doc = expectOk(buildMaterialReceipt(input));

  it('is made in duplicate: one copy kept at the window, one for the applicant', () => {
    expect(doc.kind).toBe('materialReceipt');
    expect(doc.title).toBe('材料接收凭证');
    expect(doc.subtitle).toBe('（收件清单）');
    expect(doc.copies).toEqual([{ label: '第一联 窗口留存' }, { label: '第二联 申请人收执' }]);
    expect(doc.documentNumber).toBe(`${CASE_NUMBER}-SJ01`);
  });

  it('has one row per checklist item: No. / material / copies required / copies received / remarks', () => {
    const table = tableNamed(doc, '材料清单');
    expect(table.columns.map((c) => c.header)).toEqual(['序号', '材料名称', '应交份数', '实收份数', '备注']);
    expect(table.rows).toEqual([
      ['1', '食品经营许可申请书', '原件1份', '原件1份', '已扫描3页'],
      ['2', '营业执照', '免提交', '—', '电子证照调取，免提交（营业执照）'],
      ['3', '法定代表人（负责人）居民身份证', '原件1份', '原件1份', '已扫描2页'],
      ['4', '经营场所和设备布局、操作流程的平面图', '原件1份', '—', '未提交；需补正'],
      ['5', '主要设备设施清单', '原件1份', '原件1份', '不符合要求：未签字盖章；需补正'],
      ['6', '食品安全管理制度', '原件1份', '原件1份', '已扫描2页'],
      ['7', '食品安全管理人员名单及培训考核情况', '原件1份', '原件1份', '已扫描2页'],
    ]);
    expect(table.rows.map((r) => r[1])).toEqual(checklist.items.map((i) => i.name));
    expect(table.summary).toBe('共7项材料：接收纸质材料4项（原件4份、复印件0份，扫描9页）；免提交1项；容缺后补0项；需补正2项。');
  });

  it('names case, applicant, matter, date, receiving clerk and the person who handed in', () => {
    expect(fieldValue(doc, '办件编号')).toBe(CASE_NUMBER);
    expect(fieldValue(doc, '申请单位')).toBe('杭州示例餐饮管理有限公司');
    expect(fieldValue(doc, '申请事项')).toBe('食品经营许可');
    expect(fieldValue(doc, '收件日期')).toBe('2026年3月2日');
    expect(doc.signatures).toEqual([
      { label: '收件人', name: '林晓岚（工号 XH0123）', withDate: false },
      { label: '交件人（申请人签字）', withDate: true },
    ]);
    expect(doc.seal?.date).toBe('2026年3月2日');
    expect(doc.notes[0]).toContain('不代表申请已被受理');
  });
});

describe('buildMaterialReceipt: counts, 容缺, optional materials, agents', () => {
  it('says how many copies are still owed', () => {
    const m = matterNamed('户口迁移（准予迁入）');
    const answers = { 'move-reason': 'parent-child', 'by-agent': 'no' };
    const c = checklistOf(m, answers);
    const doc = expectOk(
      buildMaterialReceipt(
        moveInCase({
          matter: matterFacts(m, c),
          situations: situationFacts(m, answers),
          materials: allProvided(c, { 'kinship-certificate': { kind: 'paper', originals: 1, copies: 0, scannedPages: 0 } }),
        }),
      ),
    );
    const row = tableNamed(doc, '材料清单').rows.find((r) => r[1] === '亲属关系证明');
    expect(row).toEqual([row?.[0], '亲属关系证明', '原件1份、复印件1份', '原件1份', '尚缺复印件1份；需补正']);
  });

  it('records 容缺后补 with its due date and a missing 非必要 material without asking for it', () => {
    const employment = checklistOf(matterNamed('就业创业证申领'), { graduate: 'yes' });
    const deferredDoc = expectOk(
      buildMaterialReceipt(
        moveInCase({
          matter: matterFacts(matterNamed('就业创业证申领'), employment),
          materials: allProvided(employment, {
            'graduation-certificate': { kind: 'deferred', commitment: { signedBy: '周明远', signedOn: '2026-03-02', deliverBy: '2026-07-10' } },
          }),
        }),
      ),
    );
    const table = tableNamed(deferredDoc, '材料清单');
    expect(table.rows[1]).toEqual(['2', '毕业证书', '原件1份、复印件1份', '—', '容缺后补，承诺于2026年7月10日前补交']);
    expect(table.summary).toContain('容缺后补1项');

    const idCard = checklistOf(matterNamed('居民身份证换领'), { 'non-local-household': 'no' });
    const optionalDoc = expectOk(
      buildMaterialReceipt(
        moveInCase({ matter: matterFacts(matterNamed('居民身份证换领'), idCard), materials: allProvided(idCard, { 'photo-receipt': { kind: 'missing' } }) }),
      ),
    );
    const photo = tableNamed(optionalDoc, '材料清单').rows.find((r) => r[1] === '数码相片采集回执');
    expect(photo?.[4]).toBe('非必要；未提交');
    expect(tableNamed(optionalDoc, '材料清单').summary).toContain('需补正0项');
  });

  it('lets the agent sign for handing in and masks the agent', () => {
    const doc = expectOk(buildMaterialReceipt(moveInCase({ agent })));
    expect(doc.signatures[1]).toEqual({ label: '交件人（代办人签字）', withDate: true });
    expect(fieldValue(doc, '代办人身份证号码')).toBe(expectedMask(agent.residentId));
  });

  it('is dated the day the supplement arrived for a supplement round, numbered by ordinal', () => {
    const doc = expectOk(buildMaterialReceipt(moveInCase({ supplementReceivedOn: '2026-03-05' }), { ordinal: 2 }));
    expect(doc.documentNumber).toBe(`${CASE_NUMBER}-SJ02`);
    expect(fieldValue(doc, '收件日期')).toBe('2026年3月5日');
    expect(doc.seal?.date).toBe('2026年3月5日');
  });
});

describe('buildMaterialReceipt: inconsistent input', () => {
  const code = (c: CounterCase, options = {}) => {
    const r = buildMaterialReceipt(c, options);
    return r.ok ? 'OK' : r.code;
  };

  it('NO_MATERIALS for an empty intake record', () => {
    expect(code(moveInCase({ materials: [] }))).toBe('NO_MATERIALS');
  });

  it('issues a receipt whatever the decision, but never with a full ID', () => {
    expect(code(moveInCase({ decision: undefined }))).toBe('OK');
    expect(code(moveInCase({ decision: { kind: 'supplement', notifiedOn: '2026-03-02' } }))).toBe('OK');
    expect(code(moveInCase(), { revealIdentity: true })).toBe('IDENTITY_REVEAL_NOT_ALLOWED');
  });

  it('INVALID_INPUT for a bad ordinal or a paper record with nothing handed over', () => {
    expect(code(moveInCase(), { ordinal: 0 })).toBe('INVALID_INPUT');
    expect(code(moveInCase(), { ordinal: 100 })).toBe('INVALID_INPUT');
    const c = moveInCase();
    const empty = { ...c, materials: c.materials.map((m, i) => (i === 0 ? { ...m, status: { kind: 'paper' as const, originals: 0, copies: 0, scannedPages: 0 } } : m)) };
    expect(code(empty)).toBe('INVALID_INPUT');
  });
});
