import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

/** A one-page A4 test page (Latin text only, no fonts to load) for checking a printer. */
export async function printerTestPage(terminalName: string, printer: string | null): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595.28, 841.89]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawRectangle({ x: 40, y: 40, width: 515, height: 762, borderColor: rgb(0.8, 0, 0), borderWidth: 2 });
  page.drawText('Counter workstation - printer test page', { x: 60, y: 760, size: 18, font });
  page.drawText(`Terminal: ${terminalName.replace(/[^\x20-\x7e]/g, '?')}`, { x: 60, y: 730, size: 12, font });
  page.drawText(`Printer: ${(printer ?? 'browser dialog').replace(/[^\x20-\x7e]/g, '?')}`, { x: 60, y: 712, size: 12, font });
  page.drawText(new Date().toISOString(), { x: 60, y: 694, size: 12, font });
  return doc.save();
}
