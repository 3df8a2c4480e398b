import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import Ajv from 'ajv';

const root = join(__dirname, '..', '..', '..');

describe('electron-builder.yml', () => {
  const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
  const schema = JSON.parse(readFileSync(join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as object;

  it("is valid against electron-builder's own configuration schema", () => {
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    const ok = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('would be caught by the schema check if it were wrong', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    expect(validate({ ...config, appIdd: 'typo' })).toBe(false);
  });

  it('packages for Linux, Windows and macOS and owns the .qalam extension', () => {
    const targets = (k: string) => JSON.stringify((config[k] as { target: unknown }).target);
    expect(targets('linux')).toContain('AppImage');
    expect(targets('linux')).toContain('deb');
    expect(targets('win')).toContain('nsis');
    expect(targets('mac')).toContain('dmg');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(JSON.stringify(config.fileAssociations)).toContain('"ext":"qalam"');
  });

  it('ships the built main, preload and renderer that package.json points to', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/main/main.cjs');
    expect(config.files).toContain('dist/**/*');
  });
});
