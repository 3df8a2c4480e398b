/**
 * Which app the e2e specs drive: the real Electron app through Playwright's `_electron` when the Electron binary
 * is installed, otherwise the built renderer in Debian's Chromium, served by the web host that carries the
 * contract's calls over HTTP to the same app/host services. QALAM_E2E_TARGET=electron|chromium forces one.
 */
import { electronBinary, chromiumBinary } from '../../main/electron-binary';

export type Target = { kind: 'electron'; binary: string } | { kind: 'chromium'; binary: string };

export function chooseTarget(): Target {
  const forced = process.env.QALAM_E2E_TARGET;
  const electron = electronBinary();
  const chromium = chromiumBinary();
  if (forced === 'electron' || (!forced && electron)) {
    if (!electron) throw new Error('QALAM_E2E_TARGET=electron, but the Electron binary is not installed (npm install without ELECTRON_SKIP_BINARY_DOWNLOAD).');
    return { kind: 'electron', binary: electron };
  }
  if (chromium) return { kind: 'chromium', binary: chromium };
  throw new Error(
    'No e2e target: the Electron binary is not installed and no Chromium was found. Install one: `apt-get install -y chromium` (Debian/Ubuntu), or reinstall without ELECTRON_SKIP_BINARY_DOWNLOAD to get Electron.',
  );
}

export function describeTarget(): string {
  try {
    const t = chooseTarget();
    return t.kind === 'electron'
      ? `Electron app via Playwright _electron (${t.binary})`
      : `renderer in Chromium (${t.binary}) over the HTTP test host — the Electron binary is not installed here, so the Electron glue (main/*.ts) is type-checked but not run`;
  } catch (e) {
    return (e as Error).message;
  }
}
