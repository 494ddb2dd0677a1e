import { describe, expect, it } from 'vitest';
import { parseCaseNumber } from '../../../../shared/case-number';
import { buildAcceptanceNotice } from '../../../../shared/documents/acceptance-notice';
import { matterFacts, situationFacts } from '../../../../shared/documents/from-catalog';
import type { CounterCase, IntakeStatus } from '../../../../shared/documents/inputs';
import { defaultDocumentRules } from '../../../../shared/documents/rules';
import {
  APPLICANT_ID,
  CASE_NUMBER,
  agent,
  allProvided,
  caseNumberOn,
  checklistOf,
  company,
  expectOk,
  expectedMask,
  fieldValue,
  hasField,
  matterNamed,
  moveInCase,
  moveInChecklist,
  serialised,
  tableNamed,
} from './fixtures';

const PROVISIONAL = '日期依据尚未公布的节假日安排推算，以实际为准。';

/** A move-in case received and accepted on one day. */
const acceptedOn = (date: string, overrides: Partial<CounterCase> = {}): CounterCase =>
  moveInCase({ caseNumber: caseNumberOn(date), receivedOn: date, decision: { kind: 'accept', acceptedOn: date }, ...overrides });

function withStatus(c: CounterCase, materialId: string, status: IntakeStatus): CounterCase {
  if (!c.materials.some((m) => m.materialId === materialId)) throw new Error(`${materialId} not in case`);
  return { ...c, materials: c.materials.map((m) => (m.materialId === materialId ? { ...m, status } : m)) };
}

/** 就业创业证申领 for a graduate: a public service, 即办件, with a 容缺后补 diploma. */
function employmentCardCase(overrides: Partial<CounterCase> = {}): CounterCase {
  const m = matterNamed('就业创业证申领');
  const answers = { graduate: 'yes' };
  const c = checklistOf(m, answers);
  return moveInCase({
    matter: matterFacts(m, c),
    situations: situationFacts(m, answers),
    materials: allProvided(c),
    queryPassword: undefined,
    ...overrides,
  });
}

describe('buildAcceptanceNotice: a 户口迁移 accepted at the counter', () => {
  const doc = expectOk(buildAcceptanceNotice(moveInCase()));
  const checklist = moveInChecklist();

  it('heads the notice with title, issuer, a number derived from the case, barcode and progress QR', () => {
    const compact = expectOk(parseCaseNumber(CASE_NUMBER)).compact;
    expect(doc.kind).toBe('acceptanceNotice');
    expect(doc.title).toBe('受理通知书');
    expect(doc.issuer).toBe('杭州市西湖区行政服务中心');
    expect(doc.caseNumber).toBe(CASE_NUMBER);
    expect(doc.documentNumber).toBe(`${CASE_NUMBER}-SL01`);
    expect(doc.barcode).toEqual({ symbology: 'code128', text: compact, caption: `办件编号 ${CASE_NUMBER}` });
    expect(doc.qr?.text).toBe(`https://zwfw.example.gov.cn/progress?caseNo=${compact}`);
    expect(doc.copies).toEqual([{ label: null }]);
    expect(doc.salutation).toBe('周明远：');
  });

  it('identifies the applicant with a masked ID number and phone', () => {
    expect(fieldValue(doc, '申请人')).toBe('周明远');
    expect(fieldValue(doc, '身份证号码')).toBe(expectedMask(APPLICANT_ID));
    expect(fieldValue(doc, '联系电话')).toBe('139****1234');
    expect(fieldValue(doc, '住址')).toBe('杭州市西湖区示例路8号3单元501室');
    expect(hasField(doc, '代办人')).toBe(false);
    expect(doc.identityRevealed).toBe(false);
  });

  it('states the matter, situation, dates, both limits, the promised date and the legal basis', () => {
    expect(fieldValue(doc, '办件编号')).toBe(CASE_NUMBER);
    expect(fieldValue(doc, '申请事项')).toBe('户口迁移（准予迁入）');
    expect(fieldValue(doc, '事项编码')).toBe('330100-GA-XK-0001-01');
    expect(fieldValue(doc, '实施部门')).toBe('杭州市公安局');
    expect(fieldValue(doc, '办件类型')).toBe('承诺件');
    expect(fieldValue(doc, '申请情形')).toBe('迁入原因：夫妻投靠；是否委托他人代办：否');
    expect(fieldValue(doc, '收件日期')).toBe('2026年3月2日');
    expect(fieldValue(doc, '受理日期')).toBe('2026年3月2日');
    expect(fieldValue(doc, '法定办结时限')).toBe('20个工作日');
    expect(fieldValue(doc, '承诺办结时限')).toBe('5个工作日');
    // Mon 2 March + 5 working days, the day of acceptance not counted: 3, 4, 5, 6, 9 March.
    expect(fieldValue(doc, '承诺办结日期')).toBe('2026年3月9日');
    expect(fieldValue(doc, '设定依据')).toBe('《中华人民共和国户口登记条例》第十条、《中华人民共和国行政许可法》第四十二条');
    expect(fieldValue(doc, '办理结果')).toBe('准予迁入证明（跨省迁移为一站式迁入，直接办理落户）');
  });

  it('says in the body that it accepts under art. 32(1)(5) of the Licensing Law and by when it decides', () => {
    const body = doc.sections[0];
    expect(body?.kind).toBe('text');
    const text = body?.kind === 'text' ? body.paragraphs.join('') : '';
    expect(text).toContain('你于2026年3月2日提交的「户口迁移（准予迁入）」申请');
    expect(text).toContain('根据《中华人民共和国行政许可法》第三十二条第一款第（五）项的规定，决定予以受理');
    expect(text).toContain('本机关承诺最迟于2026年3月9日办结（承诺办结时限5个工作日）');
    expect(text).not.toContain('暂定');
    expect(doc.notes).not.toContain(PROVISIONAL);
  });

  it('lists every material received, in checklist order, paper with counts and e-licences as 免提交', () => {
    const table = tableNamed(doc, '已接收材料');
    expect(table.columns.map((c) => c.header)).toEqual(['序号', '材料名称', '接收情况']);
    expect(table.rows.map((r) => r[1])).toEqual(checklist.items.map((i) => i.name));
    expect(table.rows.map((r) => r[0])).toEqual(checklist.items.map((_, i) => String(i + 1)));
    const row = (name: string) => table.rows.find((r) => r[1] === name)?.[2];
    expect(row('申请人居民身份证')).toBe('原件1份');
    expect(row('迁移人居民户口簿')).toBe('电子证照调取，免提交（居民户口簿）');
    expect(row('结婚证')).toBe('电子证照调取，免提交（结婚证）');
    for (const r of table.rows) expect(r).toHaveLength(table.columns.length);
  });

  it('tells how to follow progress and how the result is delivered', () => {
    expect(fieldValue(doc, '查询网址')).toBe('https://zwfw.example.gov.cn/progress');
    expect(fieldValue(doc, '咨询电话')).toBe('0571-88880000');
    expect(fieldValue(doc, '查询密码')).toBe('K7P2Q9');
    expect(fieldValue(doc, '查询方式')).toContain(CASE_NUMBER);
    expect(doc.qr?.text).not.toContain('K7P2Q9');
    expect(fieldValue(doc, '送达方式')).toBe('窗口领取');
    expect(fieldValue(doc, '领取地点')).toBe('西湖区行政服务中心一楼综合出件窗口');
  });

  it('carries the clerk, the seal and the date of acceptance', () => {
    expect(doc.signatures).toEqual([{ label: '经办人', name: '林晓岚（工号 XH0123）', withDate: false }]);
    expect(doc.seal).toEqual({
      authority: '杭州市西湖区行政服务中心',
      sealName: '杭州市西湖区行政服务中心综合受理专用章',
      date: '2026年3月2日',
    });
  });
});

describe('buildAcceptanceNotice: promised dates', () => {
  it('skips the Spring Festival 2026 and counts its make-up Saturday', () => {
    // Thu 12 Feb + 5: Fri 13, Sat 14 (调休上班), [15–23 春节], Tue 24, Wed 25, Thu 26.
    const doc = expectOk(buildAcceptanceNotice(acceptedOn('2026-02-12')));
    expect(fieldValue(doc, '承诺办结日期')).toBe('2026年2月26日');
    expect(doc.notes).not.toContain(PROVISIONAL);
  });

  it('marks a date counted into an unpublished year as provisional, visibly', () => {
    // Mon 28 Dec 2026 + 5: 29, 30, 31 Dec, Fri 1 Jan 2027 (holidays of 2027 unknown), Mon 4 Jan.
    const doc = expectOk(buildAcceptanceNotice(acceptedOn('2026-12-28')));
    expect(fieldValue(doc, '承诺办结日期')).toBe('2027年1月4日（暂定）');
    expect(doc.notes).toContain(PROVISIONAL);
    const body = doc.sections[0];
    expect(body?.kind === 'text' ? body.paragraphs.join('') : '').toContain('2027年1月4日（暂定）办结');
  });

  it('prints the provisional note the rules configure', () => {
    const rules = { ...defaultDocumentRules, provisionalDateNote: '该日期为预估日期。' };
    const doc = expectOk(buildAcceptanceNotice(acceptedOn('2026-12-28'), { rules }));
    expect(doc.notes).toContain('该日期为预估日期。');
    expect(doc.notes).not.toContain(PROVISIONAL);
  });

  it('finishes a 即办件 the same day, or on the next working day when accepted on a Saturday', () => {
    const weekday = expectOk(
      buildAcceptanceNotice(
        employmentCardCase({
          caseNumber: caseNumberOn('2026-03-03'),
          receivedOn: '2026-03-03',
          decision: { kind: 'accept', acceptedOn: '2026-03-03' },
          materials: allProvided(checklistOf(matterNamed('就业创业证申领'), { graduate: 'yes' })),
        }),
      ),
    );
    expect(fieldValue(weekday, '承诺办结时限')).toBe('当场办结');
    expect(fieldValue(weekday, '承诺办结日期')).toBe('2026年3月3日');
    expect(fieldValue(weekday, '法定办结时限')).toBe('法律法规未规定');
    const saturday = expectOk(
      buildAcceptanceNotice(
        employmentCardCase({
          caseNumber: caseNumberOn('2026-03-07'),
          receivedOn: '2026-03-07',
          decision: { kind: 'accept', acceptedOn: '2026-03-07' },
        }),
      ),
    );
    expect(fieldValue(saturday, '承诺办结日期')).toBe('2026年3月9日');
  });

  it('cites no Licensing Law article for a public service', () => {
    const doc = expectOk(buildAcceptanceNotice(employmentCardCase()));
    expect(serialised(doc.sections[0])).not.toContain('行政许可法');
    expect(fieldValue(doc, '办件类型')).toBe('即办件');
  });
});

describe('buildAcceptanceNotice: 容缺受理 and supplements', () => {
  const checklist = checklistOf(matterNamed('就业创业证申领'), { graduate: 'yes' });
  const deferred: IntakeStatus = {
    kind: 'deferred',
    commitment: { signedBy: '周明远', signedOn: '2026-03-02', deliverBy: '2026-07-10' },
  };

  it('accepts with a 容缺后补 diploma, lists it with its due date and reminds of it', () => {
    const doc = expectOk(buildAcceptanceNotice(employmentCardCase({ materials: allProvided(checklist, { 'graduation-certificate': deferred }) })));
    const row = tableNamed(doc, '已接收材料').rows.find((r) => r[1] === '毕业证书');
    expect(row?.[2]).toBe('容缺后补，承诺于2026年7月10日前补交');
    expect(doc.notes.some((n) => n.includes('「毕业证书」须于2026年7月10日前补交'))).toBe(true);
    expect(serialised(doc.sections[0])).toContain('其中1项材料按容缺受理');
  });

  it('refuses a 容缺后补 material that is simply missing, without a commitment', () => {
    const r = buildAcceptanceNotice(employmentCardCase({ materials: allProvided(checklist, { 'graduation-certificate': { kind: 'missing' } }) }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('MATERIALS_INCOMPLETE');
      expect(r.message).toContain('毕业证书');
    }
  });

  it('shows when the supplement arrived and counts the 5-day window from it', () => {
    const c = acceptedOn('2026-03-02', { supplementReceivedOn: '2026-03-12', decision: { kind: 'accept', acceptedOn: '2026-03-12' } });
    const doc = expectOk(buildAcceptanceNotice(c));
    expect(fieldValue(doc, '收件日期')).toBe('2026年3月2日');
    expect(fieldValue(doc, '补正材料接收日期')).toBe('2026年3月12日');
    expect(serialised(doc.sections[0])).toContain('补正材料已于2026年3月12日收齐');
    expect(fieldValue(doc, '承诺办结日期')).toBe('2026年3月19日');
  });

  it('neither lists nor blocks on a missing optional (非必要) material; uses the situation’s promised limit', () => {
    const m = matterNamed('居民身份证换领');
    const answers = { 'non-local-household': 'yes' };
    const c = checklistOf(m, answers);
    const doc = expectOk(
      buildAcceptanceNotice(
        moveInCase({
          matter: matterFacts(m, c),
          situations: situationFacts(m, answers),
          materials: allProvided(c, { 'photo-receipt': { kind: 'missing' } }),
        }),
      ),
    );
    expect(tableNamed(doc, '已接收材料').rows.map((r) => r[1])).toEqual(['原居民身份证', '本人居民户口簿']);
    expect(fieldValue(doc, '申请情形')).toBe('申请人是否为非本市户籍（异地换领）：是');
    // 异地换领 promises 20 working days instead of 15: 2 March + 20 = 30 March (no holiday in March 2026).
    expect(fieldValue(doc, '承诺办结时限')).toBe('20个工作日');
    expect(fieldValue(doc, '承诺办结日期')).toBe('2026年3月30日');
    expect(serialised(doc.sections[0])).not.toContain('行政许可法');
  });

  it('prints a posted delivery with the recipient phone masked', () => {
    const doc = expectOk(
      buildAcceptanceNotice(
        moveInCase({ delivery: { method: 'post', recipient: '周明远', phone: '13900001234', address: '杭州市西湖区示例路8号', postalCode: '310013' } }),
      ),
    );
    expect(fieldValue(doc, '送达方式')).toBe('邮寄送达');
    expect(fieldValue(doc, '收件人')).toBe('周明远');
    expect(fieldValue(doc, '收件人电话')).toBe('139****1234');
    expect(fieldValue(doc, '邮寄地址')).toBe('杭州市西湖区示例路8号（邮编 310013）');
    expect(doc.notes.some((n) => n.includes('领取办理结果时'))).toBe(false);
  });

  it('names the agent, masked', () => {
    const doc = expectOk(buildAcceptanceNotice(moveInCase({ agent })));
    expect(fieldValue(doc, '代办人')).toBe('周明慧（姐姐）');
    expect(fieldValue(doc, '代办人身份证号码')).toBe(expectedMask(agent.residentId));
    expect(fieldValue(doc, '代办人联系电话')).toBe('136****9876');
  });
});

describe('buildAcceptanceNotice: inconsistent input is refused with a code', () => {
  const code = (c: CounterCase, options = {}) => {
    const r = buildAcceptanceNotice(c, options);
    return r.ok ? 'OK' : r.code;
  };

  it('MATERIALS_INCOMPLETE: a required paper material missing, named in the message', () => {
    const r = buildAcceptanceNotice(withStatus(moveInCase(), 'host-consent', { kind: 'missing' }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('MATERIALS_INCOMPLETE');
      expect(r.message).toContain('被投靠人（户主）同意落户声明');
      expect(r.message).not.toContain('申请人居民身份证');
    }
  });

  it('MATERIALS_INCOMPLETE: fewer copies than required, or a nonconforming material', () => {
    const m = matterNamed('户口迁移（准予迁入）');
    const answers = { 'move-reason': 'parent-child', 'by-agent': 'no' };
    const c = checklistOf(m, answers);
    const base = moveInCase({ matter: matterFacts(m, c), situations: situationFacts(m, answers), materials: allProvided(c) });
    expect(code(base)).toBe('OK');
    expect(code(withStatus(base, 'kinship-certificate', { kind: 'paper', originals: 1, copies: 0, scannedPages: 1 }))).toBe('MATERIALS_INCOMPLETE');
    expect(code(withStatus(base, 'kinship-certificate', { kind: 'nonconforming', problem: '公证书已过期', originals: 1, copies: 1 }))).toBe(
      'MATERIALS_INCOMPLETE',
    );
    // More than required is fine.
    expect(code(withStatus(base, 'kinship-certificate', { kind: 'paper', originals: 2, copies: 3, scannedPages: 4 }))).toBe('OK');
  });

  it('WRONG_DECISION without an acceptance decision', () => {
    expect(code(moveInCase({ decision: { kind: 'supplement', notifiedOn: '2026-03-02' } }))).toBe('WRONG_DECISION');
    expect(code(moveInCase({ decision: undefined }))).toBe('WRONG_DECISION');
  });

  it('DELIVERY_MISSING and DELIVERY_NOT_OFFERED', () => {
    expect(code(moveInCase({ delivery: undefined }))).toBe('DELIVERY_MISSING');
    const m = matterNamed('个人参保证明打印');
    const c = checklistOf(m, { 'by-agent': 'no' });
    const pickupOnly = moveInCase({ matter: matterFacts(m, c), situations: [], materials: allProvided(c) });
    expect(code(pickupOnly)).toBe('OK');
    expect(code({ ...pickupOnly, delivery: { method: 'post', recipient: '周明远', phone: '13900001234', address: '杭州市西湖区示例路8号' } })).toBe(
      'DELIVERY_NOT_OFFERED',
    );
  });

  it('DATE_ORDER: accepted before received, or before the supplement arrived', () => {
    expect(code(moveInCase({ decision: { kind: 'accept', acceptedOn: '2026-03-01' } }))).toBe('DATE_ORDER');
    expect(code(moveInCase({ supplementReceivedOn: '2026-03-04', decision: { kind: 'accept', acceptedOn: '2026-03-03' } }))).toBe('DATE_ORDER');
    expect(code(moveInCase({ supplementReceivedOn: '2026-02-27' }))).toBe('DATE_ORDER');
  });

  it('ACCEPTANCE_DATE_TOO_LATE: more than 5 working days after receipt the law deems it accepted on receipt', () => {
    expect(code(moveInCase({ decision: { kind: 'accept', acceptedOn: '2026-03-09' } }))).toBe('OK');
    expect(code(moveInCase({ decision: { kind: 'accept', acceptedOn: '2026-03-10' } }))).toBe('ACCEPTANCE_DATE_TOO_LATE');
  });

  it('APPLICANT_KIND_NOT_ALLOWED: a company cannot move its household registration', () => {
    expect(code(moveInCase({ applicant: company }))).toBe('APPLICANT_KIND_NOT_ALLOWED');
  });

  it('DEFERRAL_NOT_ALLOWED: 容缺 only where the catalog allows it', () => {
    const deferred: IntakeStatus = { kind: 'deferred', commitment: { signedBy: '周明远', signedOn: '2026-03-02', deliverBy: '2026-03-20' } };
    expect(code(withStatus(moveInCase(), 'host-consent', deferred))).toBe('DEFERRAL_NOT_ALLOWED');
  });

  it('DUPLICATE_MATERIAL: one checklist item recorded twice', () => {
    const c = moveInCase();
    expect(code({ ...c, materials: [...c.materials, c.materials[0] as CounterCase['materials'][number]] })).toBe('DUPLICATE_MATERIAL');
  });

  it('IDENTITY_REVEAL_NOT_ALLOWED: an acceptance notice never prints a full ID', () => {
    expect(code(moveInCase(), { revealIdentity: true })).toBe('IDENTITY_REVEAL_NOT_ALLOWED');
  });

  it('INVALID_INPUT: a wrong check digit, with a Chinese message', () => {
    const last = APPLICANT_ID.slice(-1);
    const wrong = APPLICANT_ID.slice(0, 17) + (last === '0' ? '1' : '0');
    const r = buildAcceptanceNotice(moveInCase({ applicant: { ...moveInCase().applicant, residentId: wrong } as CounterCase['applicant'] }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('INVALID_INPUT');
      expect(r.message).toContain('身份证号码校验位不正确');
    }
  });
});
