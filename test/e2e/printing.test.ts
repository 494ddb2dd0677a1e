import { spawnSync } from 'node:child_process';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCaseNumber } from '../../shared/case-number';
import { DEVICE_HOST_IPC_PATH, DEVICE_HOST_TOKEN_HEADER } from '../../shared/ipc/device-host';
import { launchChromium } from '../support/browser';
import { startE2EWorkstation } from '../support/workstation';

const cups = spawnSync('lpstat', ['-p', 'CounterPDF'], { env: { ...process.env, LANG: 'C' } }).status === 0;
if (!cups) console.warn('\n!!! CUPS with the CounterPDF printer is missing: the printing e2e test is SKIPPED (run .ci/setup-printing.sh) !!!\n');

/** The clerk's printer choice and print queue, in Chromium, through the device host to the real CUPS. */
describe.skipIf(!cups)('printer choice and print queue', () => {
  let ws: Awaited<ReturnType<typeof startE2EWorkstation>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ws = await startE2EWorkstation();
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await page.goto(ws.url);
    await page.getByTestId('shell').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await ws?.close();
  });

  const openDrawer = async () => {
    await page.getByTestId('print-open').click();
    await page.getByTestId('printer-select').waitFor();
  };

  it('without a chosen printer, a test page opens the browser print dialog (fallback)', async () => {
    await openDrawer();
    await page.getByTestId('print-test-page').click();
    const frame = page.locator('iframe[data-testid="print-fallback-frame"]');
    await frame.waitFor({ state: 'attached' });
    expect(await frame.getAttribute('src')).toMatch(/^blob:/);
    await expect(page.locator('.ant-message').textContent()).resolves.toContain('浏览器的打印对话框');
    await page.reload();
    await page.getByTestId('shell').waitFor();
  });

  it('lists the real printers and keeps the chosen one across a reload', async () => {
    await openDrawer();
    await page.getByTestId('printer-select').click();
    await page.locator('.ant-select-item-option', { hasText: 'CounterPDF' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="printer-select"]')?.textContent?.includes('CounterPDF'));
    await page.reload();
    await page.getByTestId('shell').waitFor();
    await openDrawer();
    await page.waitForFunction(() => document.querySelector('[data-testid="printer-select"]')?.textContent?.includes('CounterPDF'));
    // With the printer chosen, the test page goes through the queue to CUPS.
    await page.getByTestId('print-test-page').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="print-jobs"] [data-print-status="printed"]') !== null, undefined, { timeout: 30_000 });
  });

  it('shows a queued job printed, and a 补打 with a reason prints again, marked', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawText('e2e receipt', { font: await doc.embedFont(StandardFonts.Helvetica), x: 50, y: 780 });
    const pdfBase64 = Buffer.from(await doc.save()).toString('base64');
    const caseNumber = formatCaseNumber({ divisionCode: '330106', date: '2026-11-23', terminal: 1, sequence: 7 });
    const res = await fetch(`${ws.hostUrl}${DEVICE_HOST_IPC_PATH}/print.enqueue`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [DEVICE_HOST_TOKEN_HEADER]: ws.launchToken },
      body: JSON.stringify({ documentKind: 'materialReceipt', caseNumber, pdfBase64, copies: 1 }),
    });
    expect(((await res.json()) as { ok: boolean }).ok).toBe(true);

    await page.waitForFunction(() => document.querySelector('[data-testid="print-jobs"] [data-print-status="printed"]') !== null, undefined, { timeout: 30_000 });
    await page.getByRole('button', { name: /补\s*打/ }).first().click(); // antd spaces two-character labels: 补 打
    await page.locator('.ant-modal textarea').fill('申请人遗失回执');
    await page.locator('.ant-modal .ant-btn-primary').click();
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-testid="print-jobs"] tr')].some((tr) => tr.textContent?.includes('补打') && tr.querySelector('[data-print-status="printed"]')),
      undefined,
      { timeout: 30_000 },
    );
  });
});
