import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countDocuments } from '../../sync/hub/repositories/documents';
import { launchChromium } from '../support/browser';
import { syntheticResidentId } from '../support/fixtures';
import { startE2EWorkstation } from '../support/workstation';

/** No lost work: what the clerk typed survives a renderer crash, and a draft is edited in one window only. */
describe('intake drafts', () => {
  let ws: Awaited<ReturnType<typeof startE2EWorkstation>>;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    ws = await startE2EWorkstation();
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'zh-CN' });
  });
  afterAll(async () => {
    await browser?.close();
    await ws?.close();
  });

  const open = async () => {
    const page = await context.newPage();
    await page.goto(ws.url);
    await page.getByTestId('shell').waitFor();
    return page;
  };

  it('restores everything typed after the page crashes mid-intake, and saves it once', async () => {
    const residentId = syntheticResidentId('330102', '19920229', '318');
    const first = await open();
    await first.getByTestId('applicant-name').fill('欧阳娜娜');
    await first.getByTestId('resident-id').fill(residentId);
    await first.getByTestId('matter').locator('input').fill('hkqy');
    await first.locator('.ant-select-item-option').first().waitFor();
    await first.keyboard.press('Enter');
    // Autosave is per change; give IndexedDB a moment, then kill the renderer process.
    await first.waitForTimeout(300);
    const cdp = await context.newCDPSession(first);
    const crashed = new Promise((resolve) => first.once('crash', resolve));
    void cdp.send('Page.crash').catch(() => undefined); // never answers: the renderer is gone
    await crashed;
    await first.close().catch(() => undefined);

    const second = await open();
    await second.waitForFunction(() => (document.querySelector('[data-testid="applicant-name"]') as HTMLInputElement | null)?.value === '欧阳娜娜');
    expect(await second.getByTestId('resident-id').inputValue()).toBe(residentId);
    expect(await second.getByTestId('matter').locator('input').inputValue()).toContain('户口迁移');
    await expect(second.locator('.ant-message').textContent()).resolves.toContain('已恢复');

    // A second window may not edit the same draft.
    const third = await open();
    await third.getByTestId('draft-locked').waitFor();
    expect(await third.getByTestId('applicant-name').isDisabled()).toBe(true);
    await third.close();

    await second.getByTestId('save-application').click();
    await second.locator('tr[data-application-id]').first().waitFor();
    await second.waitForFunction(() => document.querySelector('[data-sync-state="acknowledged"]') !== null, undefined, { timeout: 20_000 });
    expect(await countDocuments('applications')(ws.hub.db)).toBe(1);

    // Saved: the draft is gone, a reload starts a blank intake.
    await second.reload();
    await second.getByTestId('shell').waitFor();
    await second.waitForTimeout(300);
    expect(await second.getByTestId('applicant-name').inputValue()).toBe('');
    await second.close();
  });
});
