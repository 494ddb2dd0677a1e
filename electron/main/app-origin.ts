/**
 * The UI is served from a privileged custom scheme, never file:// (pitfalls.md).
 * Origin checks parse URLs; they never substring-match.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'counter';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}

/**
 * Content-Security-Policy for every response of the app scheme. `connect-src` allows
 * the configured hub only; no remote scripts, no eval, no framing.
 */
export function contentSecurityPolicy(hubOrigin: string | undefined): string {
  const connect = ["'self'", ...(hubOrigin ? [hubOrigin] : [])].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    // antd (cssinjs) injects <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "media-src 'self' blob: mediastream:",
    "object-src 'none'",
    "base-uri 'none'",
    // blob: frames only: the browser-mode print-dialog fallback shows a PDF in one.
    "frame-src blob:",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}
