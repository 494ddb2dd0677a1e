import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubRoutes } from '../../shared/sync';
import { countDocuments } from '../../sync/hub/repositories/documents';
import { createServiceAccount } from '../../sync/hub/repositories/principals';
import { launchChromium } from '../support/browser';
import { syntheticResidentId } from '../support/fixtures';
import { startE2EWorkstation } from '../support/workstation';

/**
 * The walking skeleton end to end: the real renderer build in Chromium, the device
 * host and a live hub, exactly as `npm start` runs them.
 */
describe('offline intake reaches the hub exactly once', () => {
  let ws: Awaited<ReturnType<typeof startE2EWorkstation>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ws = await startE2EWorkstation();
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    page = await context.newPage();
    await page.goto(ws.url);
    await page.getByTestId('shell').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await ws?.close();
  });

  const hubUrlPattern = () => `${new URL(ws.hub.url).origin}/**`;
  const rowState = (id: string) => page.locator(`tr[data-application-id="${id}"] [data-sync-state]`).getAttribute('data-sync-state');

  it('saves while offline, keeps it across a reload unsent, and syncs once when the network returns', async () => {
    await expect(page.getByTestId('shell').textContent()).resolves.toContain('浏览器版');

    await context.setOffline(true);
    const residentId = syntheticResidentId('330106', '19880315', '241');
    await page.getByTestId('applicant-name').fill('王小明');
    await page.getByTestId('resident-id').fill(residentId);
    await page.getByTestId('matter').locator('input').fill('身份证');
    await page.locator('.ant-select-item-option').first().waitFor();
    await page.keyboard.press('Enter'); // pick the first match, keyboard only
    await page.getByTestId('save-application').click();

    const row = page.locator('tr[data-application-id]').first();
    await row.waitFor();
    const id = await row.getAttribute('data-application-id');
    expect(id).toBeTruthy();
    // Masked on screen: first 6 + 8 asterisks + last 4; the name keeps its first character only.
    await expect(row.textContent()).resolves.toContain(`${residentId.slice(0, 6)}********${residentId.slice(-4)}`);
    await expect(row.textContent()).resolves.not.toContain(residentId);
    await expect(row.textContent()).resolves.toContain('王*');
    // A push attempt may be under way for a moment ("发送中"); once it fails the record is
    // shown as saved locally, not as failed: failed means unknown until the hub answers.
    await page.waitForFunction((appId) => document.querySelector(`tr[data-application-id="${appId}"] [data-sync-state]`)?.getAttribute('data-sync-state') === 'local', id);
    await page.waitForFunction(() => document.querySelector('[data-testid="sync-indicator"]')?.getAttribute('data-reachable') === 'false');
    expect(await countDocuments('applications')(ws.hub.db)).toBe(0);

    // Reload with the hall's uplink still down. (A browser that is fully offline cannot
    // reload a page from the local device host; in Electron the UI comes from app://.
    // So the network comes back for localhost only while the hub stays unreachable.)
    await context.route(hubUrlPattern(), (route) => route.abort('internetdisconnected'));
    await context.setOffline(false);
    await page.reload();
    const again = page.locator(`tr[data-application-id="${id}"]`);
    await again.waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="sync-indicator"]')?.getAttribute('data-reachable') === 'false');
    expect(await rowState(id!)).toBe('local');
    await expect(page.getByTestId('sync-pending').textContent()).resolves.toContain('1 条待发送');
    expect(await countDocuments('applications')(ws.hub.db)).toBe(0);

    // The hub is back: the clerk presses 立即发送 (it would also retry by itself).
    await context.unroute(hubUrlPattern());
    await page.getByRole('button', { name: '立即发送' }).click();
    await page.waitForFunction(
      (appId) => document.querySelector(`tr[data-application-id="${appId}"] [data-sync-state]`)?.getAttribute('data-sync-state') === 'acknowledged',
      id,
      { timeout: 30_000 },
    );
    expect(await countDocuments('applications', id!)(ws.hub.db)).toBe(1);
    await expect(page.getByTestId('sync-pending').textContent()).resolves.toContain('0 条待发送');

    // Acknowledgement is durable: after another reload it is still shown as acknowledged.
    await page.reload();
    await page.locator(`tr[data-application-id="${id}"]`).waitFor();
    await page.waitForFunction(
      (appId) => document.querySelector(`tr[data-application-id="${appId}"] [data-sync-state]`)?.getAttribute('data-sync-state') === 'acknowledged',
      id,
    );
    expect(await countDocuments('applications')(ws.hub.db)).toBe(1);
  });

  it('shows a back-office decision on the counter without a reload', async () => {
    const row = page.locator('tr[data-application-id]').first();
    const id = (await row.getAttribute('data-application-id'))!;
    const token = await createServiceAccount('backoffice-e2e', 'backoffice')(ws.hub.db);
    const res = await fetch(ws.hub.url + hubRoutes.backOfficeEvents(id), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'approved', actorRef: '区公安分局户政科', eventId: `bo-${id}` }),
    });
    expect(res.status).toBe(201);
    // No reload and well under the 60 s safety-net poll: the change stream wakes the pull.
    await page.waitForFunction(
      (appId) => document.querySelector(`tr[data-application-id="${appId}"] [data-case-status]`)?.getAttribute('data-case-status') === 'approved',
      id,
      { timeout: 15_000 },
    );
    await expect(page.locator(`tr[data-application-id="${id}"] [data-case-status]`).textContent()).resolves.toBe('审批通过');
  });

  it('keeps syncing while the window is hidden (minimised counter)', async () => {
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.getByTestId('applicant-name').fill('赵六');
    await page.getByTestId('resident-id').fill(syntheticResidentId('330106', '19700101', '113'));
    await page.getByTestId('matter').locator('input').fill('hkqy');
    await page.locator('.ant-select-item-option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('save-application').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-sync-state="acknowledged"]').length >= 2, undefined, { timeout: 20_000 });
    expect(await countDocuments('applications')(ws.hub.db)).toBe(2);
  });

  it('lets the supervisor prove terminal and hub agree for today', async () => {
    await page.getByTestId('reconcile-open').click();
    await page.getByTestId('reconcile-run').click();
    const result = page.getByTestId('reconcile-result');
    await result.waitFor();
    expect(await result.getAttribute('data-agree')).toBe('true');
    await expect(result.textContent()).resolves.toContain('完全一致');
    await page.keyboard.press('Escape');
  });

  it('rejects an invalid resident ID in Chinese and keeps what was typed', async () => {
    await page.getByTestId('applicant-name').fill('李四');
    await page.getByTestId('resident-id').fill('330106198803152410');
    await page.getByTestId('save-application').click();
    await page.locator('.ant-form-item-explain-error').first().waitFor();
    const errors = await page.locator('.ant-form-item-explain-error').allTextContents();
    expect(errors.join(' ')).toMatch(/校验|身份/);
    expect(await page.getByTestId('applicant-name').inputValue()).toBe('李四');
    expect(await page.getByTestId('resident-id').inputValue()).toBe('330106198803152410');
  });
});
