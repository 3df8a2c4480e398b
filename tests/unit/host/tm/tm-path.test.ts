import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { appDataDir, defaultTmPath, projectTmPath } from '../../../../app/host/tm/tm-path';

describe('TM paths', () => {
  it('uses $QALAM_HOME when set', () => {
    expect(defaultTmPath({ QALAM_HOME: join('x', 'home') }, 'linux', 'h')).toBe(join('x', 'home', 'tm.sqlite'));
  });
  it('uses ~/.config/Qalam on Linux, or $XDG_CONFIG_HOME', () => {
    expect(appDataDir({}, 'linux', join('h'))).toBe(join('h', '.config', 'Qalam'));
    expect(appDataDir({ XDG_CONFIG_HOME: join('c') }, 'linux', 'h')).toBe(join('c', 'Qalam'));
  });
  it('uses Application Support on macOS and %APPDATA% on Windows', () => {
    expect(appDataDir({}, 'darwin', 'h')).toBe(join('h', 'Library', 'Application Support', 'Qalam'));
    expect(appDataDir({ APPDATA: 'roaming' }, 'win32', 'h')).toBe(join('roaming', 'Qalam'));
  });
  it('puts a project TM beside the project file', () => {
    expect(projectTmPath(join('docs', 'report.qalam'))).toBe(join('docs', 'report.tm.sqlite'));
  });
});
