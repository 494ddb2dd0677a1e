import { isAppUrl } from './app-origin';

/**
 * Electron's security checklist as data, applied to every window
 * (pitfalls.md "Electron security"). Kept free of the electron import so it is
 * unit-tested under Node.
 */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const;
}

/** The slice of WebContents we harden; faked in tests. */
export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): void;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' | 'allow' }): void;
}

/** Denies navigation away from the app and every new window, for any window. */
export function hardenWebContents(contents: WebContentsLike, onBlocked: (what: string) => void = () => undefined): void {
  const guard = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
      onBlocked('navigation');
    }
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => {
    onBlocked('window.open');
    return { action: 'deny' };
  });
}

/**
 * Permissions: only the camera (document camera, 高拍仪), only for the app's own
 * origin, video only. Everything else (microphone, geolocation, notifications…) is refused.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string, details: { mediaTypes?: string[] } = {}): boolean {
  if (!isAppUrl(requestingUrl)) return false;
  if (permission !== 'media') return false;
  const types = details.mediaTypes ?? [];
  return types.length > 0 && types.every((t) => t === 'video');
}
