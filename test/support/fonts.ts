/**
 * The document fonts as they ship with the app, read from node_modules (shared/ takes
 * bytes; whoever runs in Node loads them like this):
 * - Noto Serif SC Regular and Bold (@expo-google-fonts/noto-serif-sc, SIL OFL 1.1):
 *   the Song (宋体) style of printed notices; covers GB 18030's BMP repertoire, Ext-A
 *   included (䶮).
 * - Noto Serif HK Regular (@expo-google-fonts/noto-serif-hk, SIL OFL 1.1): fallback
 *   for ~1,700 Ext-B characters outside the BMP used in names (𠇔).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { DocumentFonts } from '../../shared/documents-pdf';

const require = createRequire(import.meta.url);
const packageDir = (name: string): string => path.dirname(require.resolve(`${name}/package.json`));

export const FONT_FILES = {
  primary: path.join(packageDir('@expo-google-fonts/noto-serif-sc'), '400Regular', 'NotoSerifSC_400Regular.ttf'),
  bold: path.join(packageDir('@expo-google-fonts/noto-serif-sc'), '700Bold', 'NotoSerifSC_700Bold.ttf'),
  fallback: path.join(packageDir('@expo-google-fonts/noto-serif-hk'), '400Regular', 'NotoSerifHK_400Regular.ttf'),
} as const;

const read = (file: string): Uint8Array => new Uint8Array(readFileSync(file));

let cached: DocumentFonts | undefined;

/** The same byte arrays every call, so the renderer's parsed-font cache is reused. */
export function documentFonts(): DocumentFonts {
  cached ??= { primary: read(FONT_FILES.primary), bold: read(FONT_FILES.bold), fallbacks: [read(FONT_FILES.fallback)] };
  return cached;
}

/** Fresh byte arrays (bypassing every cache): for timing a cold font load. */
export function readDocumentFonts(): DocumentFonts {
  return { primary: read(FONT_FILES.primary), bold: read(FONT_FILES.bold), fallbacks: [read(FONT_FILES.fallback)] };
}
