import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveAppAsset } from '../../../electron/main/protocol';

const root = path.resolve('/opt/counter/renderer');

describe('app:// protocol file resolution', () => {
  it('serves files inside the build and falls back to index.html for routes', () => {
    expect(resolveAppAsset(root, 'app://counter/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://counter/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://counter/assets/main-abc.js')).toBe(path.join(root, 'assets', 'main-abc.js'));
    expect(resolveAppAsset(root, 'app://counter/pickup/today')).toBe(path.join(root, 'index.html'));
  });

  it.each([
    'app://counter/../../etc/passwd',
    'app://counter/%2e%2e/%2e%2e/etc/passwd.txt',
    'app://counter/assets/..%2f..%2f..%2fetc/passwd.js',
    'app://counter/assets/%5c..%5csecret.js',
    'app://counter/a%00.js',
    'app://counter/%E0%A4%A.js',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('never leaves the build folder for %s', (url) => {
    const resolved = resolveAppAsset(root, url);
    // Either refused, or (URL dot-segment normalisation) mapped to a file inside the build.
    if (resolved !== undefined) expect(resolved.startsWith(root + path.sep)).toBe(true);
  });

  it('refuses other hosts, schemes and undecodable paths outright', () => {
    for (const url of ['app://other/index.html', 'file:///etc/passwd', 'app://counter/%E0%A4%A.js', 'app://counter/a%00.js', 'app://counter/%5c..%5cx.js'])
      expect(resolveAppAsset(root, url)).toBeUndefined();
  });

  it('names content types', () => {
    expect(mimeTypeFor('a.js')).toContain('javascript');
    expect(mimeTypeFor('a.HTML')).toContain('text/html');
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
