import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY, contentSecurityPolicy, isAppUrl } from '../../../electron/main/app-origin';
import { hardenWebContents, isPermissionAllowed, secureWebPreferences, type WebContentsLike } from '../../../electron/main/window-options';

describe('app origin', () => {
  it.each([
    [APP_ENTRY, true],
    ['app://counter/assets/x.js', true],
    ['app://counter.evil.com/index.html', false],
    ['app://evil/counter', false],
    ['app://user:pw@counter/', false],
    ['https://counter/index.html', false],
    ['file:///app://counter/index.html', false],
    ['javascript:alert(1)//app://counter', false],
    ['not a url', false],
  ])('%s is ours: %s', (url, ours) => {
    expect(isAppUrl(url)).toBe(ours);
  });
});

describe('window security', () => {
  it('turns on every item of the checklist', () => {
    expect(secureWebPreferences('/x/preload.cjs')).toMatchObject({
      preload: '/x/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  function fakeContents() {
    const listeners = new Map<string, (e: { preventDefault(): void }, url: string) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (event: string, l: (e: { preventDefault(): void }, url: string) => void) => listeners.set(event, l),
      setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) => (openHandler = h),
    } as unknown as WebContentsLike;
    return { contents, listeners, open: (url: string) => openHandler?.({ url }) };
  }

  it('denies navigation off the app origin and allows in-app navigation', () => {
    const { contents, listeners } = fakeContents();
    const blocked = vi.fn();
    hardenWebContents(contents, blocked);
    const away = { preventDefault: vi.fn() };
    listeners.get('will-navigate')?.(away, 'https://example.com/');
    expect(away.preventDefault).toHaveBeenCalled();
    const lookalike = { preventDefault: vi.fn() };
    listeners.get('will-redirect')?.(lookalike, 'app://counter.example.com/');
    expect(lookalike.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    listeners.get('will-navigate')?.(inside, 'app://counter/index.html#/pickup');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    expect(blocked).toHaveBeenCalledTimes(2);
  });

  it('denies every new window, including ones to the app itself', () => {
    const { contents, open } = fakeContents();
    hardenWebContents(contents);
    expect(open('https://example.com')).toEqual({ action: 'deny' });
    expect(open(APP_ENTRY)).toEqual({ action: 'deny' });
  });

  it('allows only the camera, only for the app', () => {
    expect(isPermissionAllowed('media', APP_ENTRY, { mediaTypes: ['video'] })).toBe(true);
    expect(isPermissionAllowed('media', APP_ENTRY, { mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(isPermissionAllowed('media', APP_ENTRY, { mediaTypes: [] })).toBe(false);
    expect(isPermissionAllowed('media', 'https://example.com/', { mediaTypes: ['video'] })).toBe(false);
    for (const p of ['geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'serial'])
      expect(isPermissionAllowed(p, APP_ENTRY)).toBe(false);
  });

  it('has a CSP without remote scripts or eval, allowing the hub for connections only', () => {
    const csp = contentSecurityPolicy('https://hub.example.gov.cn');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("connect-src 'self' https://hub.example.gov.cn");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
