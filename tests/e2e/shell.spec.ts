/** The foundation as a translator meets it: the sample opens, both UI languages, save and reopen, bad files. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, screenshotDir } from './fixtures';

test('opens on the sample project with Arabic right-to-left beside English', async ({ qalam }) => {
  const { page } = qalam;
  await expect(page.getByTestId('project-name')).toContainText('Coalition meeting on foreign jihadists');
  const rows = page.locator('.grid-row');
  await expect(rows.first()).toBeVisible();
  const source = rows.first().getByTestId('source-cell');
  await expect(source).toHaveAttribute('dir', 'rtl');
  await expect(source).toHaveAttribute('lang', 'ar');
  await expect(source).toContainText('اجتماع للإئتلاف الدولي');
  await expect(rows.first().getByTestId('target-cell')).toContainText('International coalition meets');
  // English on the left, Arabic on the right.
  const tBox = (await rows.first().getByTestId('target-cell').boundingBox())!;
  const sBox = (await source.boundingBox())!;
  expect(tBox.x).toBeLessThan(sBox.x);
  // The Arabic text is laid out from the right edge of its cell.
  const align = await source.evaluate((el) => getComputedStyle(el).textAlign);
  expect(['right', 'start']).toContain(align);
  await expect(page.getByTestId('status-segments')).toHaveText('16 segments');
  await expect(page.getByTestId('status-progress')).toContainText('87% confirmed');
  await page.screenshot({ path: join(screenshotDir, 'sample-en.png') });
});

test('switching to Arabic mirrors the chrome, keeps the grid readable, and persists', async ({ qalam }) => {
  const { page } = qalam;
  await expect(page.locator('.grid-row').first()).toBeVisible();
  const brandBefore = (await page.locator('.brand').boundingBox())!;
  await page.getByTestId('language-select').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('button', { name: 'فتح النموذج' })).toBeVisible();
  // Arabic plural rules: 11–99 take the "many" form (مقطعًا), not the singular or the 3–10 form.
  await expect(page.getByTestId('status-segments')).toHaveText(/^(16|١٦) مقطعًا$/);
  const brandAfter = (await page.locator('.brand').boundingBox())!;
  expect(brandAfter.x).toBeGreaterThan(brandBefore.x + 400);
  // The grid keeps English left-to-right on the left and Arabic right-to-left on the right.
  const row = page.locator('.grid-row').first();
  await expect(row.getByTestId('target-cell')).toHaveAttribute('dir', 'ltr');
  const tBox = (await row.getByTestId('target-cell').boundingBox())!;
  const sBox = (await row.getByTestId('source-cell').boundingBox())!;
  expect(tBox.x).toBeLessThan(sBox.x);
  await page.screenshot({ path: join(screenshotDir, 'sample-ar.png') });
  await qalam.restart();
  await expect(qalam.page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(qalam.page.getByTestId('language-select')).toHaveValue('ar');
});

test('saves the sample under a new name and opens it again', async ({ qalam }) => {
  const { page } = qalam;
  await expect(page.locator('.grid-row').first()).toBeVisible();
  const file = join(qalam.workDir, 'coalition.qalam');
  await qalam.answerDialogs([file]);
  await page.getByRole('button', { name: 'Save as…' }).click();
  await expect(page.getByTestId('status-saved')).toContainText('Saved');
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { rows: unknown[]; format: string };
  expect(saved.format).toBe('qalam-project');
  expect(saved.rows).toHaveLength(16);
  await page.getByRole('button', { name: 'Open sample' }).click();
  await expect(page.getByTestId('project-name').locator('.tag')).toHaveCount(1);
  await qalam.answerDialogs([file]);
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page.getByTestId('project-name').locator('.tag')).toHaveCount(0);
  await expect(page.locator('.grid-row').first()).toContainText('International coalition meets');
});

test('bad files get a clear message naming the file, and the open project stays', async ({ qalam }) => {
  const { page, workDir } = qalam;
  await expect(page.locator('.grid-row').first()).toBeVisible();
  const sample = JSON.parse(readFileSync(join(__dirname, '..', '..', 'app', 'sample', 'sample-project.json'), 'utf8')) as Record<string, unknown>;
  const cases: { name: string; bytes: Buffer | string; expect: RegExp }[] = [
    { name: 'damaged.qalam', bytes: '{"format": "qalam-project", "rows": [', expect: /damaged\.qalam: damaged project file \(not valid JSON at line 1/ },
    { name: 'newer.qalam', bytes: JSON.stringify({ ...sample, version: 99 }), expect: /newer\.qalam: made by a newer Qalam \(project version 99/ },
    { name: 'latin1.qalam', bytes: Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]), expect: /latin1\.qalam: not UTF-8 text \(invalid byte 0xe9 at line 1, column 3/ },
    { name: 'empty.qalam', bytes: '', expect: /empty\.qalam: the file is empty/ },
    { name: 'bad-state.qalam', bytes: JSON.stringify({ ...sample, rows: [{ id: 'u1', source: [], target: '', state: 'done', score: null, paragraph: 0 }] }), expect: /bad-state\.qalam: damaged project file \(rows\[0\]\.state/ },
  ];
  for (const c of cases) {
    const file = join(workDir, c.name);
    writeFileSync(file, c.bytes);
    await qalam.answerDialogs([file]);
    await page.getByRole('button', { name: 'Open…' }).click();
    await expect(page.getByTestId('error-banner')).toContainText(c.expect);
    await expect(page.getByTestId('error-banner')).toContainText('Your open project was not changed.');
    await expect(page.getByTestId('project-name')).toContainText('Coalition meeting');
    await expect(page.getByTestId('status-segments')).toHaveText('16 segments');
    await page.getByRole('button', { name: 'Dismiss' }).click();
  }
  await qalam.answerDialogs([join(workDir, 'missing.qalam')]);
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page.getByTestId('error-banner')).toContainText(/missing\.qalam: no such file/);
});

test('without a native file dialog (plain Chromium), Open asks for the path', async ({ qalam }) => {
  test.skip(qalam.target === 'electron', 'Electron has native dialogs; this is the browser fallback');
  const { page, workDir } = qalam;
  await expect(page.locator('.grid-row').first()).toBeVisible();
  const file = join(workDir, 'typed.qalam');
  const sample = JSON.parse(readFileSync(join(__dirname, '..', '..', 'app', 'sample', 'sample-project.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(file, JSON.stringify({ ...sample, name: 'Typed path' }));
  page.once('dialog', (d) => void d.accept(file));
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page.getByTestId('project-name')).toContainText('Typed path');
});
