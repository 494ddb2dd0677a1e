/**
 * 受理通知书 (受理回执): the applicant's proof that the application was accepted on a given
 * day and of the date by which it will be decided.
 */
import { deliveryOptionLabels } from '../catalog/vocabulary';
import { workingDaysBetween } from '../calendar';
import { err, ok } from '../result';
import type { Context, DocumentOptions, DocumentResult } from './common';
import { documentHead, legalBasisText, matterFields, progressQuery, sealOf, prepareCounterCase, wrongDecision } from './common';
import { formatCitation, formatDate, formatLimit } from './format';
import type { CounterCase, Delivery } from './inputs';
import { assessMaterials, howReceived, outstanding } from './materials';
import type { AcceptanceNotice, Field, Section } from './model';
import { addressOf, agentFields, applicantFields, clerkLabel } from './parties';
import { promisedCompletion } from './promised-date';

const TITLE = '受理通知书';

export function buildAcceptanceNotice(input: CounterCase, options: DocumentOptions = {}): DocumentResult<AcceptanceNotice> {
  const prepared = prepareCounterCase('acceptanceNotice', TITLE, input, options);
  if (!prepared.ok) return prepared;
  const { ctx, c } = prepared.value;

  const decision = c.decision;
  if (decision?.kind !== 'accept') return wrongDecision(TITLE, '受理');
  const acceptedOn = decision.acceptedOn;
  const countFrom = c.supplementReceivedOn ?? c.receivedOn;
  if (acceptedOn < countFrom) {
    return err('DATE_ORDER', c.supplementReceivedOn ? '受理日期早于补正材料接收日期' : '受理日期早于收件日期');
  }
  const window = ctx.rules.supplementWindowWorkingDays;
  if (workingDaysBetween(countFrom, acceptedOn, ctx.calendar).days > window) {
    return err(
      'ACCEPTANCE_DATE_TOO_LATE',
      `收件后超过${window}个工作日未告知补正，依法自收件之日（${formatDate(countFrom)}）起即为受理，受理日期应填写收件日期`,
    );
  }

  const assessed = assessMaterials(c.materials);
  const missing = outstanding(assessed);
  if (missing.length > 0) {
    const names = missing.map((a) => `「${a.material.name}」`).join('、');
    return err('MATERIALS_INCOMPLETE', `材料尚不齐全，不能受理：${names}。请出具补正材料通知书，或对可容缺材料办理容缺受理`);
  }

  const delivery = c.delivery;
  if (delivery === undefined) return err('DELIVERY_MISSING', '请先选择办理结果的送达方式（窗口领取或邮寄送达）');
  if (!c.matter.delivery.includes(delivery.method)) {
    return err('DELIVERY_NOT_OFFERED', `「${c.matter.name}」不提供${deliveryOptionLabels[delivery.method]}，请重新选择送达方式`);
  }

  const promised = promisedCompletion(acceptedOn, c.matter.limits.promised, ctx.calendar);
  const head = documentHead('acceptanceNotice', c.authority, c.caseNumber, ctx);
  const deferred = c.materials.filter((m) => m.status.kind === 'deferred');

  const notes: string[] = [];
  if (c.matter.limits.promised.unit === 'workingDays') {
    notes.push('办结时限自受理之日的次日起计算，按工作日计，不含法定节假日和休息日。');
  }
  if (promised.provisional) notes.push(ctx.rules.provisionalDateNote);
  for (const m of deferred) {
    if (m.status.kind === 'deferred') {
      notes.push(`容缺受理材料「${m.name}」须于${formatDate(m.status.commitment.deliverBy)}前补交，逾期未补交的按承诺书约定处理。`);
    }
  }
  if (delivery.method === 'pickup') {
    notes.push('领取办理结果时请携带本通知书和申请人身份证件；委托他人领取的，另需携带领取人身份证件和授权委托书。');
  }

  const model: AcceptanceNotice = {
    kind: head.kind,
    title: TITLE,
    issuer: head.issuer,
    documentNumber: head.documentNumber,
    caseNumber: head.caseNumber,
    barcode: head.barcode,
    qr: progressQuery(c.authority, head.compact),
    copies: [{ label: null }],
    salutation: `${c.applicant.name}：`,
    sections: [
      { kind: 'text', paragraphs: body(c, acceptedOn, deferred.length, ctx, promised.date, promised.provisional) },
      { kind: 'fields', heading: '申请人信息', fields: [...applicantFields(c.applicant, ctx.show), ...agentFields(c.agent, ctx.show)] },
      { kind: 'fields', heading: '受理信息', fields: acceptanceFields(c, head.caseNumber, acceptedOn, promised.date, promised.provisional) },
      receivedMaterials(assessed.map((a) => a.material)),
      {
        kind: 'fields',
        heading: '办理进度查询',
        fields: [
          { label: '查询方式', value: `凭办件编号 ${head.caseNumber} 登录查询网址或扫描二维码查询，也可拨打咨询电话` },
          { label: '查询网址', value: c.authority.queryWebsite },
          { label: '咨询电话', value: c.authority.phone },
          ...(c.queryPassword === undefined ? [] : [{ label: '查询密码', value: c.queryPassword }]),
        ],
      },
      { kind: 'fields', heading: '结果送达', fields: deliveryFields(delivery, ctx) },
    ],
    notes,
    signatures: [{ label: '经办人', name: clerkLabel(c.clerk), withDate: false }],
    seal: sealOf(c.authority, acceptedOn),
    identityRevealed: head.identityRevealed,
  };
  return ok(model);
}

function body(
  c: CounterCase,
  acceptedOn: string,
  deferredCount: number,
  ctx: Context,
  promisedDate: string,
  provisional: boolean,
): string[] {
  const supplement = c.supplementReceivedOn === undefined ? '' : `，补正材料已于${formatDate(c.supplementReceivedOn)}收齐`;
  const deferred = deferredCount > 0 ? `（其中${deferredCount}项材料按容缺受理，承诺后补）` : '';
  const citation = ctx.rules.procedural[c.matter.type]?.accept;
  const basis = citation === undefined ? '' : `根据${formatCitation(citation)}的规定，`;
  const first = `${addressOf(c.applicant)}于${formatDate(c.receivedOn)}提交的「${c.matter.name}」申请${supplement}，经审查，申请材料齐全、符合法定形式${deferred}，${basis}决定予以受理，受理日期为${formatDate(acceptedOn)}。`;
  const estimate = provisional ? '（暂定）' : '';
  const limit = c.matter.limits.promised;
  const second =
    limit.unit === 'onTheSpot'
      ? promisedDate === acceptedOn
        ? '本事项为即办件，于受理当日办结。'
        : `本事项为即办件，于受理后的首个工作日${formatDate(promisedDate)}办结。`
      : `本机关承诺最迟于${formatDate(promisedDate)}${estimate}办结（承诺办结时限${formatLimit(limit)}）。`;
  return [first, second];
}

function acceptanceFields(
  c: CounterCase,
  caseNumber: string,
  acceptedOn: string, promisedDate: string, provisional: boolean): Field[] {
  const fields: Field[] = [{ label: '办件编号', value: caseNumber }, ...matterFields(c.matter)];
  if (c.situations.length > 0) {
    fields.push({ label: '申请情形', value: c.situations.map((s) => `${s.question}：${s.answer}`).join('；') });
  }
  fields.push({ label: '收件日期', value: formatDate(c.receivedOn) });
  if (c.supplementReceivedOn !== undefined) {
    fields.push({ label: '补正材料接收日期', value: formatDate(c.supplementReceivedOn) });
  }
  fields.push(
    { label: '受理日期', value: formatDate(acceptedOn) },
    { label: '法定办结时限', value: formatLimit(c.matter.limits.statutory) },
    { label: '承诺办结时限', value: formatLimit(c.matter.limits.promised) },
    { label: '承诺办结日期', value: `${formatDate(promisedDate)}${provisional ? '（暂定）' : ''}` },
    { label: '设定依据', value: legalBasisText(c.matter) },
    { label: '办理结果', value: c.matter.resultName },
  );
  return fields;
}

/** Everything the counter holds for the case: paper received, 免提交 and 容缺. */
function receivedMaterials(materials: CounterCase['materials']): Section {
  const rows = materials
    .filter((m) => m.status.kind !== 'missing' && m.status.kind !== 'nonconforming')
    .map((m, i) => [String(i + 1), m.name, howReceived(m.status)]);
  return {
    kind: 'table',
    heading: '已接收材料',
    columns: [
      { header: '序号', weight: 1, align: 'center' },
      { header: '材料名称', weight: 6, align: 'left' },
      { header: '接收情况', weight: 5, align: 'left' },
    ],
    rows,
  };
}

function deliveryFields(d: Delivery, ctx: Context): Field[] {
  if (d.method === 'pickup') {
    return [
      { label: '送达方式', value: deliveryOptionLabels.pickup },
      { label: '领取地点', value: d.place },
    ];
  }
  return [
    { label: '送达方式', value: deliveryOptionLabels.post },
    { label: '收件人', value: d.recipient },
    { label: '收件人电话', value: ctx.show.phone(d.phone) },
    { label: '邮寄地址', value: d.postalCode === undefined ? d.address : `${d.address}（邮编 ${d.postalCode}）` },
  ];
}
