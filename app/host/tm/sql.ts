/** Loads sql.js (SQLite compiled to WebAssembly) once per process. */
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { readFile } from 'node:fs/promises';

const WASM = ['sql.js', 'dist', 'sql-wasm.wasm'].join('/');

let loading: Promise<SqlJsStatic> | undefined;

/**
 * The sql.js module. The .wasm file is found through Node's module resolution, so this works from the
 * sources, from the bundled CLI (dist/qalam.cjs) and from Electron's main process alike.
 */
export function loadSql(): Promise<SqlJsStatic> {
  loading ??= (async () => {
    // Resolved at run time, not by the bundler: the .wasm file stays in node_modules beside sql.js.
    const wasm = await readFile(require.resolve(WASM));
    return initSqlJs({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer });
  })();
  return loading;
}
