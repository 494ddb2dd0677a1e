import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { DocumentFonts } from '../../../../shared/documents-pdf';

/**
 * The three font files the documents need (SIL OFL 1.1, see README "Fonts"). In a
 * packaged app electron-builder copies them to `resources/fonts` (extraResources); in
 * development and in the device host they are read from node_modules.
 */
export const FONT_FILE_NAMES = {
  primary: 'NotoSerifSC_400Regular.ttf',
  bold: 'NotoSerifSC_700Bold.ttf',
  fallback: 'NotoSerifHK_400Regular.ttf',
} as const;

export function fontPaths(resourcesFontDir?: string): Record<keyof typeof FONT_FILE_NAMES, string> {
  if (resourcesFontDir) {
    return {
      primary: path.join(resourcesFontDir, FONT_FILE_NAMES.primary),
      bold: path.join(resourcesFontDir, FONT_FILE_NAMES.bold),
      fallback: path.join(resourcesFontDir, FONT_FILE_NAMES.fallback),
    };
  }
  const require = createRequire(import.meta.url);
  const dir = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`));
  return {
    primary: path.join(dir('@expo-google-fonts/noto-serif-sc'), '400Regular', FONT_FILE_NAMES.primary),
    bold: path.join(dir('@expo-google-fonts/noto-serif-sc'), '700Bold', FONT_FILE_NAMES.bold),
    fallback: path.join(dir('@expo-google-fonts/noto-serif-hk'), '400Regular', FONT_FILE_NAMES.fallback),
  };
}

/** Loads the fonts once (about 38 MB) and hands out the same arrays, so parsed fonts stay cached. */
export function fontLoader(resourcesFontDir?: string): () => Promise<DocumentFonts> {
  let loading: Promise<DocumentFonts> | undefined;
  return () => {
    loading ??= (async () => {
      const p = fontPaths(resourcesFontDir);
      const [primary, bold, fallback] = await Promise.all([p.primary, p.bold, p.fallback].map(async (f) => new Uint8Array(await readFile(f))));
      return { primary: primary!, bold: bold!, fallbacks: [fallback!] };
    })();
    return loading;
  };
}
