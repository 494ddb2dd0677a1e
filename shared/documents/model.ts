/**
 * A counter document as the renderer receives it: every string already worded, formatted
 * and masked, in reading order. Rendering is layout only — no rule about what to show,
 * how to count a date or whether to mask a number is left to it. Plain JSON data, so the
 * same model can be archived with the case and rendered again identically.
 */
import type { DocumentKind } from './rules';

export interface Field {
  label: string;
  value: string;
}

export interface FieldsSection {
  kind: 'fields';
  heading?: string;
  fields: Field[];
}

/** Running text, one string per paragraph (first-line indent is a layout matter). */
export interface TextSection {
  kind: 'text';
  heading?: string;
  paragraphs: string[];
}

export interface ListSection {
  kind: 'list';
  heading?: string;
  /** Ordered lists print （一）（二）… or 1. 2. as the renderer's style says. */
  ordered: boolean;
  items: string[];
}

export interface TableColumn {
  header: string;
  /** Relative width: the renderer shares the table width in these proportions. */
  weight: number;
  align: 'left' | 'center' | 'right';
}

export interface TableSection {
  kind: 'table';
  heading?: string;
  columns: TableColumn[];
  /** Each row has exactly one cell per column. */
  rows: string[][];
  /** A line printed under the table (totals). */
  summary?: string;
}

export type Section = FieldsSection | TextSection | ListSection | TableSection;

export interface SignatureLine {
  /** e.g. 申请人（签字） */
  label: string;
  /** Printed beside the line when known in advance (the clerk); otherwise a blank line. */
  name?: string;
  /** Whether a 日期 blank follows the line. */
  withDate: boolean;
}

/** Where the seal goes: the authority's name and the date, as on every written decision. */
export interface SealBlock {
  authority: string;
  sealName: string;
  /** 2026年3月2日 */
  date: string;
}

export interface BarcodeBlock {
  symbology: 'code128';
  /** Compact case number (no hyphens): what a scanner returns at pickup. */
  text: string;
  /** Human-readable line under the bars. */
  caption: string;
}

export interface QrBlock {
  /** Progress-query URL with the case number; never an identity number or password. */
  text: string;
  caption: string;
}

export interface DocumentCopy {
  /** e.g. 第一联 窗口留存; null when the document is made once. */
  label: string | null;
}

export interface CounterDocument<K extends DocumentKind = DocumentKind> {
  kind: K;
  title: string;
  subtitle?: string;
  /** Issuing authority, printed at the head. */
  issuer: string;
  documentNumber: string;
  /** Display form of the case number (with hyphens). */
  caseNumber: string;
  barcode: BarcodeBlock;
  qr?: QrBlock;
  /** The whole document is printed once per copy, with the copy's label. */
  copies: DocumentCopy[];
  /** 张三： — the addressee line before the body, on notices. */
  salutation?: string;
  sections: Section[];
  notes: string[];
  signatures: SignatureLine[];
  seal?: SealBlock;
  /** True only when built with revealIdentity on a document whose purpose allows it. */
  identityRevealed: boolean;
}

export type AcceptanceNotice = CounterDocument<'acceptanceNotice'>;
export type SupplementNotice = CounterDocument<'supplementNotice'>;
export type RejectionNotice = CounterDocument<'rejectionNotice'>;
export type MaterialReceipt = CounterDocument<'materialReceipt'>;
export type HandoverReceipt = CounterDocument<'handoverReceipt'>;
