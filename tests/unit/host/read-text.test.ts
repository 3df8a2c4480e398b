import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeUtf8, readTextFile } from '../../../app/host/read-text';

const dir = mkdtempSync(join(tmpdir(), 'qalam-read-'));

describe('readTextFile', () => {
  it('removes a UTF-8 byte order mark', async () => {
    const f = join(dir, 'bom.txt');
    writeFileSync(f, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('مرحبا', 'utf8')]));
    expect(await readTextFile(f)).toBe('مرحبا');
  });
  it('names the file, line and column of the first byte that is not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('سطر أول\nab', 'utf8'), Buffer.from([0xe9, 0x41])]);
    expect(() => decodeUtf8(bytes, 'latin1.txt')).toThrow(/latin1\.txt: not UTF-8 text \(invalid byte 0xe9 at line 2, column 3/);
  });
  it('rejects overlong encodings and surrogates', () => {
    expect(() => decodeUtf8(Buffer.from([0xc0, 0xaf]), 'x')).toThrow(/line 1, column 1/);
    expect(() => decodeUtf8(Buffer.from([0x41, 0xed, 0xa0, 0x80]), 'x')).toThrow(/column 2/);
  });
  it('says a missing file is missing and an empty one is empty', async () => {
    await expect(readTextFile(join(dir, 'nope.txt'))).rejects.toThrow(/nope\.txt: no such file/);
    const e = join(dir, 'empty.txt');
    writeFileSync(e, '  \n');
    await expect(readTextFile(e)).rejects.toThrow(/empty\.txt: the file is empty/);
  });
});
