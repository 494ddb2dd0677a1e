/**
 * 补正材料通知书 (一次性告知书): everything the applicant still has to bring, in one notice
 * (《行政许可法》第三十二条第一款第（四）项). Which materials appear is decided in
 * materials.ts; this notice lists every outstanding one and nothing else.
 *
 * Made in duplicate: the applicant signs the copy the hall keeps, which proves the
 * one-time notice was given within the window — late or unproven notice makes the
 * application count as accepted from the day of receipt.
 */
import { workingDaysBetween } from '../calendar';
import { err, ok } from '../result';
import type { DocumentOptions, DocumentResult } from './common';
import { documentHead, matterFields, progressQuery, sealOf, prepareCounterCase, wrongDecision } from './common';
import { formatCitation, formatDate } from './format';
import type { CounterCase } from './inputs';
import { assessMaterials, outstanding } from './materials';
import type { SupplementNotice } from './model';
import { addressOf, agentFields, applicantFields, clerkLabel } from './parties';

const TITLE = '补正材料通知书';

export function buildSupplementNotice(input: CounterCase, options: DocumentOptions = {}): DocumentResult<SupplementNotice> {
  const prepared = prepareCounterCase('supplementNotice', TITLE, input, options);
  if (!prepared.ok) return prepared;
  const { ctx, c } = prepared.value;

  const decision = c.decision;
  if (decision?.kind !== 'supplement') return wrongDecision(TITLE, '补正');
  const notifiedOn = decision.notifiedOn;
  const countFrom = c.supplementReceivedOn ?? c.receivedOn;
  if (notifiedOn < countFrom) return err('DATE_ORDER', '告知日期早于收件日期');

  const missing = outstanding(assessMaterials(c.materials));
  if (missing.length === 0) {
    return err('NOTHING_TO_SUPPLEMENT', '没有需要补正的材料：必要材料均已提交、免提交或已容缺受理，请作出受理决定');
  }
  const window = ctx.rules.supplementWindowWorkingDays;
  if (workingDaysBetween(countFrom, notifiedOn, ctx.calendar).days > window) {
    return err(
      'SUPPLEMENT_NOTICE_OVERDUE',
      `收件已超过${window}个工作日，不能再出具补正通知书：依法自收件之日（${formatDate(countFrom)}）起即为受理`,
    );
  }

  const head = documentHead('supplementNotice', c.authority, c.caseNumber, ctx);
  const you = addressOf(c.applicant);
  const citation = ctx.rules.procedural[c.matter.type]?.supplement;
  const basis = citation === undefined ? '' : `根据${formatCitation(citation)}的规定，`;

  const model: SupplementNotice = {
    kind: head.kind,
    title: TITLE,
    subtitle: '（一次性告知书）',
    issuer: head.issuer,
    documentNumber: head.documentNumber,
    caseNumber: head.caseNumber,
    barcode: head.barcode,
    qr: progressQuery(c.authority, head.compact),
    copies: [{ label: '第一联 窗口留存（申请人签收）' }, { label: '第二联 申请人收执' }],
    salutation: `${c.applicant.name}：`,
    sections: [
      {
        kind: 'text',
        paragraphs: [
          `${you}于${formatDate(c.receivedOn)}提交的「${c.matter.name}」申请材料，经审查，存在下列材料不齐全或者不符合法定形式的情形。${basis}现一次性告知${you}需要补正的全部内容：`,
        ],
      },
      {
        kind: 'table',
        heading: '需要补正的材料',
        columns: [
          { header: '序号', weight: 1, align: 'center' },
          { header: '材料名称', weight: 4, align: 'left' },
          { header: '补正内容', weight: 4, align: 'left' },
          { header: '应符合的标准', weight: 5, align: 'left' },
        ],
        rows: missing.map((a, i) => [String(i + 1), a.material.name, a.shortfall ?? '', a.material.acceptanceStandard]),
        summary: `共${missing.length}项`,
      },
      {
        kind: 'text',
        paragraphs: [
          `请${you}按上述要求一次性补正全部材料。补正材料收齐且符合法定形式的，本机关自收到全部补正材料之日起受理，并出具材料接收凭证。`,
        ],
      },
      {
        kind: 'fields',
        heading: '申请信息',
        fields: [
          { label: '办件编号', value: head.caseNumber },
          ...applicantFields(c.applicant, ctx.show),
          ...agentFields(c.agent, ctx.show),
          ...matterFields(c.matter),
          { label: '收件日期', value: formatDate(c.receivedOn) },
          ...(c.supplementReceivedOn === undefined
            ? []
            : [{ label: '补正材料接收日期', value: formatDate(c.supplementReceivedOn) }]),
          { label: '告知日期', value: formatDate(notifiedOn) },
          { label: '经办人', value: clerkLabel(c.clerk) },
          { label: '咨询电话', value: c.authority.phone },
        ],
      },
    ],
    notes: [
      '本通知书所列为需要补正的全部内容，本机关不再要求补正本通知书未列明的材料。',
      '补正时请携带本通知书。',
    ],
    signatures: [
      { label: '经办人', name: clerkLabel(c.clerk), withDate: false },
      { label: c.agent === undefined ? '申请人（签字）' : '申请人或代办人（签字）', withDate: true },
    ],
    seal: sealOf(c.authority, notifiedOn),
    identityRevealed: head.identityRevealed,
  };
  return ok(model);
}
