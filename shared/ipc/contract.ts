import { z } from 'zod';
import { DOCUMENT_KINDS } from '../documents/rules';
import { counterCaseSchema, handoverCaseSchema } from '../documents/inputs';
import type { IpcChannel } from './channels';

/**
 * The main ⇄ renderer contract (ARCHITECTURE.md §1). The same messages travel over
 * Electron IPC and, where no Electron binary exists, over the device host's localhost
 * transport. Both sides validate with these schemas; the main side also checks the
 * sender. Replies are `{ ok: true, value } | { ok: false, code, message }`.
 */
const empty = z.object({}).strict();

export const terminalConfigSchema = z.object({
  hubUrl: z.string().url(),
  terminalId: z.string().min(1),
  hallId: z.string().min(1),
  terminalName: z.string().min(1),
  /** Bearer token from enrolment; used by the sync client only. */
  token: z.string().min(16),
  /** When the token stops working; the main process renews it well before. */
  tokenExpiresAt: z.string().datetime({ offset: true }).optional(),
});
export type TerminalConfig = z.infer<typeof terminalConfigSchema>;

export const appInfoSchema = z.object({
  version: z.string(),
  /** How the workstation runs: the Electron shell or a browser against the device host. */
  shell: z.enum(['electron', 'browser']),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** What a print job can be: a counter document, or IT's printer test page (no case). */
export const PRINT_JOB_KINDS = [...DOCUMENT_KINDS, 'printerTestPage'] as const;
export type PrintJobKind = (typeof PRINT_JOB_KINDS)[number];
export const PRINTER_TEST_CASE = 'TEST';

const hasControlCharacter = (text: string) => [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
const printerNameSchema = z
  .string()
  .min(1)
  .max(256)
  .refine((name) => !hasControlCharacter(name), '打印机名称含有控制字符');
const printJobIdSchema = z.string().regex(/^pj-\d{6,}-[0-9a-f]{6}$/);
const reprintReasonSchema = z.string().trim().min(2).max(200);
const copiesSchema = z.number().int().min(1).max(9);
export const MAX_PRINT_PDF_BASE64 = 12 * 1024 * 1024;
export const printerInfoSchema = z.object({ name: printerNameSchema, description: z.string(), isDefault: z.boolean(), online: z.boolean(), reason: z.string() });
export type PrinterInfo = z.infer<typeof printerInfoSchema>;
export const printJobStatusSchema = z.enum(['queued', 'printing', 'printed', 'failed', 'held']);
export type PrintJobStatus = z.infer<typeof printJobStatusSchema>;
/** A print job as the clerk sees it: ids and the case number only, never personal data. */
export const printJobSchema = z.object({
  id: printJobIdSchema,
  documentKind: z.enum(PRINT_JOB_KINDS),
  caseNumber: z.string(),
  printer: z.string(),
  copies: z.number().int().min(1).max(99),
  status: printJobStatusSchema,
  attempts: z.number().int().nonnegative(),
  lastError: z.string().nullable(),
  notice: z.string().nullable(),
  retryAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  printedAt: z.string().nullable(),
  reprint: z.boolean(),
  reprintReason: z.string().nullable(),
  reprintOf: z.string().nullable(),
});
export type PrintJobInfo = z.infer<typeof printJobSchema>;

const documentOptionsSchema = z
  .object({
    /** Only where the document's legal purpose needs the full number (shared/documents/rules.ts). */
    revealIdentity: z.boolean().optional(),
    ordinal: z.number().int().min(1).max(99).optional(),
    /** Printed boxed in red on every page, e.g. 补打 for a reprint. */
    mark: z.enum(['补打']).optional(),
  })
  .strict()
  .optional();
export const issueDocumentRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('acceptanceNotice'), case: counterCaseSchema, options: documentOptionsSchema }).strict(),
  z.object({ kind: z.literal('supplementNotice'), case: counterCaseSchema, options: documentOptionsSchema }).strict(),
  z.object({ kind: z.literal('rejectionNotice'), case: counterCaseSchema, options: documentOptionsSchema }).strict(),
  z.object({ kind: z.literal('materialReceipt'), case: counterCaseSchema, options: documentOptionsSchema }).strict(),
  z.object({ kind: z.literal('handoverReceipt'), case: handoverCaseSchema, options: documentOptionsSchema }).strict(),
]);
export const issuedDocumentSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string(),
  documentNumber: z.string(),
  caseNumber: z.string(),
  pages: z.number().int().positive(),
  /** Characters no bundled font has: the clerk must be told before it is printed. */
  missingGlyphs: z.array(z.string()),
  pdfBase64: z.base64(),
});
export type IssuedDocument = z.infer<typeof issuedDocumentSchema>;

export const ipcContract = {
  /** The terminal's enrolment; `null` before IT has enrolled it. */
  'terminal.getConfig': { request: empty, response: terminalConfigSchema.nullable() },
  /** Random 256-bit key (hex) for the local database's encrypted fields, kept wrapped by the OS keychain. */
  'terminal.getDatabaseKey': { request: empty, response: z.object({ key: z.string().regex(/^[0-9a-f]{64}$/) }) },
  'app.getInfo': { request: empty, response: appInfoSchema },
  'print.listPrinters': { request: empty, response: z.object({ printers: z.array(printerInfoSchema) }) },
  'print.getPrinter': { request: empty, response: z.object({ printer: printerNameSchema.nullable() }) },
  'print.setPrinter': { request: z.object({ printer: printerNameSchema.nullable() }).strict(), response: z.object({ printer: printerNameSchema.nullable() }) },
  /** Queues a PDF for silent printing; a reprint (补打) needs a reason and is audited. */
  'print.enqueue': {
    request: z
      .object({
        documentKind: z.enum(PRINT_JOB_KINDS),
        caseNumber: z.string().min(1).max(40),
        pdfBase64: z.base64().max(MAX_PRINT_PDF_BASE64),
        copies: copiesSchema,
        printer: printerNameSchema.optional(),
        reprint: z.object({ reason: reprintReasonSchema }).strict().optional(),
      })
      .strict(),
    response: printJobSchema,
  },
  'print.listJobs': {
    request: z
      .object({
        caseNumber: z.string().min(1).max(40).optional(),
        statuses: z.array(printJobStatusSchema).max(5).optional(),
        limit: z.number().int().min(1).max(500).optional(),
      })
      .strict(),
    response: z.object({ jobs: z.array(printJobSchema) }),
  },
  'print.retry': { request: z.object({ jobId: printJobIdSchema, printer: printerNameSchema.optional() }).strict(), response: printJobSchema },
  'print.cancel': { request: z.object({ jobId: printJobIdSchema }).strict(), response: printJobSchema },
  'print.reprint': { request: z.object({ jobId: printJobIdSchema, reason: reprintReasonSchema, copies: copiesSchema }).strict(), response: printJobSchema },
  /** Builds and renders a counter document (PDF) from the case; the renderer archives and prints it. */
  'documents.issue': { request: issueDocumentRequestSchema, response: issuedDocumentSchema },
} as const satisfies Record<IpcChannel, { request: z.ZodType; response: z.ZodType }>;

export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['response']>;

export const ipcErrorCodes = ['BAD_REQUEST', 'UNTRUSTED_SENDER', 'UNKNOWN_CHANNEL', 'HANDLER_FAILED', 'UNAVAILABLE'] as const;
export type IpcErrorCode = (typeof ipcErrorCodes)[number];

export type IpcReply<C extends IpcChannel> = { ok: true; value: IpcResponse<C> } | { ok: false; code: IpcErrorCode; message: string };

export const ipcReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), code: z.enum(ipcErrorCodes), message: z.string() }),
]);

/** What main-side services implement; checked with `satisfies` where they are wired. */
export type IpcHandlers = { [C in IpcChannel]: (request: IpcRequest<C>) => Promise<IpcResponse<C>> };

/** Validates and dispatches one message; shared by the Electron router and the device host. */
export async function dispatchIpc(handlers: IpcHandlers, channel: IpcChannel, raw: unknown): Promise<IpcReply<IpcChannel>> {
  const spec = ipcContract[channel];
  const request = spec.request.safeParse(raw ?? {});
  if (!request.success) return { ok: false, code: 'BAD_REQUEST', message: '请求参数不正确' };
  let value: unknown;
  try {
    value = await (handlers[channel] as (r: unknown) => Promise<unknown>)(request.data);
  } catch (e) {
    const code = (e as { code?: string }).code === 'UNAVAILABLE' ? 'UNAVAILABLE' : 'HANDLER_FAILED';
    return { ok: false, code, message: e instanceof Error ? e.message : '处理失败' };
  }
  const response = spec.response.safeParse(value);
  if (!response.success) return { ok: false, code: 'HANDLER_FAILED', message: '主进程返回的数据不符合约定' };
  return { ok: true, value: response.data as IpcResponse<IpcChannel> };
}
