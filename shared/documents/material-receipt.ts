/**
 * 材料接收凭证 (收件清单): every checklist item with what was required and what was received,
 * made in duplicate — one copy stays at the window, the other goes to the applicant. It
 * records receipt only; it is not a decision, so it is issued whatever the decision is
 * (also before one is made).
 */
import { err, ok } from '../result';
import type { DocumentOptions, DocumentResult } from './common';
import { documentHead, matterFields, progressQuery, sealOf, prepareCounterCase } from './common';
import { formatDate, formatPaper } from './format';
import type { CounterCase, MaterialIntake } from './inputs';
import type { Assessment } from './materials';
import { assessMaterials, howReceived, missingCounts } from './materials';
import type { MaterialReceipt } from './model';
import { agentFields, applicantFields, clerkLabel } from './parties';

const TITLE = '材料接收凭证';

export const RECEIPT_COPIES = ['第一联 窗口留存', '第二联 申请人收执'] as const;

export function buildMaterialReceipt(input: CounterCase, options: DocumentOptions = {}): DocumentResult<MaterialReceipt> {
  const prepared = prepareCounterCase('materialReceipt', TITLE, input, options);
  if (!prepared.ok) return prepared;
  const { ctx, c } = prepared.value;
  if (c.materials.length === 0) return err('NO_MATERIALS', '收件记录中没有任何材料，无法出具材料接收凭证');

  const head = documentHead('materialReceipt', c.authority, c.caseNumber, ctx);
  const assessed = assessMaterials(c.materials);
  // The receipt of a supplement round is dated the day the supplement arrived.
  const receivedOn = c.supplementReceivedOn ?? c.receivedOn;

  const model: MaterialReceipt = {
    kind: head.kind,
    title: TITLE,
    subtitle: '（收件清单）',
    issuer: head.issuer,
    documentNumber: head.documentNumber,
    caseNumber: head.caseNumber,
    barcode: head.barcode,
    qr: progressQuery(c.authority, head.compact),
    copies: RECEIPT_COPIES.map((label) => ({ label })),
    sections: [
      {
        kind: 'fields',
        fields: [
          { label: '办件编号', value: head.caseNumber },
          ...applicantFields(c.applicant, ctx.show),
          ...agentFields(c.agent, ctx.show),
          ...matterFields(c.matter),
          { label: '收件日期', value: formatDate(receivedOn) },
        ],
      },
      {
        kind: 'table',
        heading: '材料清单',
        columns: [
          { header: '序号', weight: 1, align: 'center' },
          { header: '材料名称', weight: 6, align: 'left' },
          { header: '应交份数', weight: 3, align: 'center' },
          { header: '实收份数', weight: 3, align: 'center' },
          { header: '备注', weight: 5, align: 'left' },
        ],
        rows: assessed.map((a, i) => [String(i + 1), a.material.name, required(a.material), received(a.material), remarks(a)]),
        summary: summary(assessed),
      },
    ],
    notes: [
      '本凭证仅证明窗口已接收所列材料，不代表申请已被受理；受理与否以受理通知书或补正、不予受理通知书为准。',
      '请妥善保管本凭证，凭办件编号查询办理进度。',
    ],
    signatures: [
      { label: '收件人', name: clerkLabel(c.clerk), withDate: false },
      { label: c.agent === undefined ? '交件人（申请人签字）' : '交件人（代办人签字）', withDate: true },
    ],
    seal: sealOf(c.authority, receivedOn),
    identityRevealed: head.identityRevealed,
  };
  return ok(model);
}

function required(m: MaterialIntake): string {
  return m.required === null ? '免提交' : formatPaper(m.required);
}

function received(m: MaterialIntake): string {
  const s = m.status;
  return s.kind === 'paper' || s.kind === 'nonconforming' ? formatPaper(s) : '—';
}

function remarks(a: Assessment): string {
  const m = a.material;
  const s = m.status;
  const parts: string[] = [];
  if (m.necessity === 'optional') parts.push('非必要');
  switch (s.kind) {
    case 'paper': {
      if (s.scannedPages > 0) parts.push(`已扫描${s.scannedPages}页`);
      const owed = missingCounts(m.required, s);
      if (owed !== null) parts.push(`尚缺${formatPaper(owed)}`);
      break;
    }
    default:
      parts.push(howReceived(s));
  }
  if (a.standing === 'outstanding') parts.push('需补正');
  return parts.join('；');
}

function summary(as: readonly Assessment[]): string {
  let paper = 0;
  let originals = 0;
  let copies = 0;
  let pages = 0;
  for (const { material } of as) {
    const s = material.status;
    if (s.kind === 'paper') {
      paper += 1;
      originals += s.originals;
      copies += s.copies;
      pages += s.scannedPages;
    }
  }
  const count = (standing: Assessment['standing']): number => as.filter((a) => a.standing === standing).length;
  return (
    `共${as.length}项材料：接收纸质材料${paper}项（原件${originals}份、复印件${copies}份，扫描${pages}页）；` +
    `免提交${count('exempt')}项；容缺后补${count('deferred')}项；需补正${count('outstanding')}项。`
  );
}
