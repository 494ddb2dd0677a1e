/**
 * The printed codes scan: the Code 128 barcode reads back as the compact case number and
 * the QR code as the progress-query URL. Uses zbarimg (Debian's zbar-tools) when it is
 * installed; the test is skipped otherwise (CI installs poppler only).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { renderDocument } from '../../../shared/documents-pdf';
import { documentFonts } from '../../support/fonts';
import { sampleModels, SAMPLE_NAMES } from '../../unit/shared/documents-pdf/samples';
import { hasTool, PdfFile } from './poppler';

describe.skipIf(!hasTool('zbarimg') || !hasTool('pdftoppm'))('barcode and QR code, scanned', () => {
  it('read back as the model’s case number and query URL on every document', async () => {
    for (const doc of Object.values(sampleModels(SAMPLE_NAMES.extB))) {
      const file = new PdfFile((await renderDocument(doc, documentFonts())).pdf);
      try {
        const png = file.png(1, 200);
        const r = spawnSync('zbarimg', ['-q', '--raw', '-Sdisable', '-Sqrcode.enable', '-Scode128.enable', png], { encoding: 'utf8' });
        const found = r.stdout.split('\n').filter((l) => l !== '');
        expect(found, doc.title).toContain(doc.barcode.text);
        if (doc.qr !== undefined) expect(found, doc.title).toContain(doc.qr.text);
        else expect(found).toHaveLength(1);
      } finally {
        file.dispose();
      }
    }
  });
});
