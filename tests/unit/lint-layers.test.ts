/** The layers hold: ESLint fails when a layer imports what it must not (README "Layout"). */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'tests', 'lint', 'eslint.config.mjs') });

async function errorsFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it('app/core may not import Node, Electron, the host or the UI', async () => {
    expect(await errorsFor('app/core/text/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toHaveLength(1);
    expect(await errorsFor('app/core/text/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await errorsFor('app/core/text/x.ts', "import { AppData } from '../../host/app-data';\nexport const a = AppData;\n")).toHaveLength(1);
    expect(await errorsFor('app/core/text/x.ts', "import type { Row } from '../project/model';\nexport type A = Row;\n")).toHaveLength(0);
  });
  it('the renderer may not import electron, Node or the host', async () => {
    expect(await errorsFor('renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).toHaveLength(1);
    expect(await errorsFor('renderer/src/x.ts', "import { join } from 'node:path';\nexport const a = join;\n")).toHaveLength(1);
    expect(await errorsFor('renderer/src/x.ts', "import { AppData } from '../../app/host/app-data';\nexport const a = AppData;\n")).toHaveLength(1);
    expect(await errorsFor('renderer/src/x.ts', "import { createApi } from '../../app/contract/api';\nexport const a = createApi;\n")).toHaveLength(0);
  });
  it('main may not import the renderer; host and CLI may not import electron', async () => {
    expect(await errorsFor('main/x.ts', "import { App } from '../renderer/src/app';\nexport const a = App;\n")).toHaveLength(1);
    expect(await errorsFor('app/host/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await errorsFor('app/contract/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toHaveLength(1);
  });
});
