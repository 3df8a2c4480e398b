import { describe, expect, it } from 'vitest';
import { qalam, tempFiles } from './align-harness';

describe('qalam segment', () => {
  it('prints one Arabic sentence per line, breaking at ؟ and at a period with no space after it', async () => {
    const f = tempFiles({ 'a.txt': 'هل تنجح الخطة؟ قال الوزير إنها ستنجح في بروكسل.واعلن الموعد.\n' });
    const r = await qalam('segment', '--lang', 'ar', f['a.txt']!);
    expect(r.code).toBe(0);
    expect(r.out).toBe('هل تنجح الخطة؟\nقال الوزير إنها ستنجح في بروكسل.\nواعلن الموعد.\n');
  });
  it('prints English sentences without breaking after Mr. or U.S.', async () => {
    const f = tempFiles({ 'e.txt': 'Mr. Kerry flew to the U.S. Embassy. He met Mr. Hammond.' });
    const r = await qalam('segment', '--lang=en', f['e.txt']!);
    expect(r.out).toBe('Mr. Kerry flew to the U.S. Embassy.\nHe met Mr. Hammond.\n');
  });
  it('removes a UTF-8 BOM before segmenting', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('جملة أولى. جملة ثانية.')]);
    const f = tempFiles({ 'bom.txt': bytes });
    expect((await qalam('segment', '--lang', 'ar', f['bom.txt']!)).out).toBe('جملة أولى.\nجملة ثانية.\n');
  });
  it('refuses a missing --lang, an unknown language and a missing file with one line on stderr, exit 2', async () => {
    const f = tempFiles({ 'a.txt': 'نص.' });
    for (const args of [['segment', f['a.txt']!], ['segment', '--lang', 'fr', f['a.txt']!], ['segment', '--lang', 'ar', `${f['a.txt']!}.missing`]]) {
      const r = await qalam(...args);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^qalam segment: /u);
    }
  });
  it('names the line of the first bad byte in a file that is not UTF-8', async () => {
    const f = tempFiles({ 'latin1.txt': new Uint8Array([0x61, 0x2e, 0x0a, 0x62, 0xe9, 0x2e]) });
    const r = await qalam('segment', '--lang', 'en', f['latin1.txt']!);
    expect(r.code).toBe(2);
    expect(r.err).toContain('latin1.txt: not UTF-8 text');
    expect(r.err).toContain('line 2');
  });
  it('reads an HTML page as its text, one paragraph per block', async () => {
    const f = tempFiles({ 'p.html': '<html><body><h1>عنوان الخبر</h1><p>الجملة الأولى. الجملة الثانية؟</p></body></html>' });
    const r = await qalam('segment', '--lang', 'ar', f['p.html']!);
    expect(r.out).toBe('عنوان الخبر\nالجملة الأولى.\nالجملة الثانية؟\n');
  });
});
