import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering rules of ARCHITECTURE.md §4 are real: each case lints a snippet as if
 * it lived at the given path with the project's own eslint.config.js.
 */
const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '../../..') });

async function errorsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('layering lint', () => {
  it.each([
    ['shared/identity/x.ts', "import fs from 'node:fs';\nexport const a = fs;"],
    ['shared/identity/x.ts', "import fs from 'fs';\nexport const a = fs;"],
    ['shared/identity/x.ts', "import { startHub } from '../../sync/hub/server';\nexport const a = startHub;"],
    ['shared/catalog/data/x.ts', "import { t } from '../../../renderer/i18n/zh-CN';\nexport const a = t;"],
    ['shared/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['renderer/features/x.ts', "import { readFile } from 'node:fs/promises';\nexport const a = readFile;"],
    ['renderer/features/x.ts', "import { buildHub } from '../../sync/hub/app';\nexport const a = buildHub;"],
    ['renderer/features/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;"],
    ['sync/client/x.ts', "import { createHash } from 'node:crypto';\nexport const a = createHash;"],
    ['sync/client/x.ts', "import { t } from '../../renderer/i18n/zh-CN';\nexport const a = t;"],
    ['sync/hub/x.ts', "import { t } from '../../renderer/i18n/zh-CN';\nexport const a = t;"],
    ['sync/hub/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/main/x.ts', "import { t } from '../../renderer/i18n/zh-CN';\nexport const a = t;"],
    ['electron/preload/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;"],
    ['electron/preload/x.ts', "import { parseResidentId } from '../../shared/identity';\nexport const a = parseResidentId;"],
    ['electron/device-host/x.ts', "import { app } from 'electron';\nexport const a = app;"],
  ])('%s: forbidden import fails lint', async (file, code) => {
    expect(await errorsFor(file, code)).toContain('no-restricted-imports');
  });

  it('forbids DOM and Node globals in shared/', async () => {
    expect(await errorsFor('shared/x.ts', 'export const a = window.location;')).toContain('no-restricted-globals');
    expect(await errorsFor('shared/x.ts', 'export const a = process.env;')).toContain('no-restricted-globals');
  });

  it.each([
    ['shared/identity/x.ts', "import { ok } from '../result';\nimport { z } from 'zod';\nexport const a = [ok, z];"],
    ['renderer/features/x.ts', "import { parseResidentId } from '../../shared/identity';\nexport const a = parseResidentId;"],
    ['sync/hub/x.ts', "import { readFile } from 'node:fs/promises';\nimport { limits } from '../../shared/sync';\nexport const a = [readFile, limits];"],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron';\nimport { IPC_PREFIX } from '../../shared/ipc/channels';\nexport const a = [contextBridge, IPC_PREFIX];"],
    ['renderer/features/x.ts', "import { startCollectionSync } from '../../sync/client/collection-sync';\nexport const a = startCollectionSync;"],
  ])('%s: allowed import passes', async (file, code) => {
    expect(await errorsFor(file, code)).toEqual([]);
  });
});
