/**
 * The idcard.* channels. Failures are answers ({ ok: false, code, message }) so the renderer
 * can tell "no card yet" (keep waiting) from "service down" (show IT help). Card data is
 * personal: passed through, never logged.
 */
import type { IdCardData, IdCardReader, IdCardReaderStatus } from './reader';

export function createIdCardHandlers(reader: IdCardReader) {
  return {
    'idcard.read': async (): Promise<({ ok: true } & IdCardData) | { ok: false; code: string; message: string }> => {
      const r = await reader.read();
      return r.ok ? { ok: true, ...r.value } : { ok: false, code: r.code, message: r.message };
    },
    'idcard.status': async (): Promise<IdCardReaderStatus> => reader.status(),
  };
}
