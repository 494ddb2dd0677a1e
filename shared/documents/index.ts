/**
 * Counter documents as data: 受理通知书, 补正材料通知书 (一次性告知书), 不予受理通知书,
 * 材料接收凭证 and 出件回执. Each builder is pure: from what the counter knows (inputs.ts)
 * it returns the complete, worded, masked model a renderer lays out (model.ts), or an
 * error with a code when the facts do not support the document.
 */
export * from './inputs';
export type * from './model';
export * from './rules';
export type { DocumentError, DocumentErrorCode, DocumentOptions, DocumentResult } from './common';
export { documentNumber, documentTypeCodes, MAX_DOCUMENT_ORDINAL } from './document-number';
export { assessMaterial, assessMaterials, outstanding } from './materials';
export type { Assessment, MaterialStanding } from './materials';
export { promisedCompletion } from './promised-date';
export { formatDate, formatDateTime, formatLimit } from './format';
export { exemptStatus, intakeFromChecklist, materialIntake, matterFacts, situationFacts, standardRemedies } from './from-catalog';
export { buildAcceptanceNotice } from './acceptance-notice';
export { buildSupplementNotice } from './supplement-notice';
export { buildRejectionNotice } from './rejection-notice';
export { buildMaterialReceipt, RECEIPT_COPIES } from './material-receipt';
export { buildHandoverReceipt, identityCheckLabels, recipientRoleLabels } from './handover-receipt';
