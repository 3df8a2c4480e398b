/** Handing work on: export to XLIFF and documents, import XLIFF back, and a broken file explained. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, screenshotDir } from './fixtures';
import { rowCount } from './helpers';

test('export the sample as XLIFF 2.1 and import it again; export a Word document', async ({ qalam }) => {
  const { page, workDir } = qalam;
  await expect(page.locator('.grid-row').first()).toBeVisible();
  const xlf = join(workDir, 'coalition.xlf');
  await qalam.answerDialogs([xlf]);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByTestId('notice')).toContainText('coalition.xlf');
  const text = readFileSync(xlf, 'utf8');
  expect(text).toContain('srcLang="ar"');
  expect(text).toContain('trgLang="en"');
  expect(text).toContain('اجتماع للإئتلاف الدولي');
  await page.screenshot({ path: join(screenshotDir, 'export-en.png') });

  await qalam.answerDialogs([xlf]);
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByTestId('status-saved')).toHaveText('Unsaved changes');
  expect(await rowCount(page)).toBe(16);
  await expect(page.locator('.grid-row').first()).toContainText('International coalition meets');

  const docx = join(workDir, 'coalition.docx');
  await page.getByTestId('export-format').selectOption('docx');
  await qalam.answerDialogs([docx]);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByTestId('notice')).toContainText('coalition.docx');
  expect(readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');
});

test('a broken XLIFF file is refused with its line and column, and the open project stays', async ({ qalam }) => {
  const { page, workDir } = qalam;
  await expect(page.locator('.grid-row').first()).toBeVisible();
  const bad = join(workDir, 'from-vendor.xlf');
  writeFileSync(bad, '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ar" trgLang="en">\n<file id="f1"><unit id="u1"><segment><source>نص</source></segment></unit>\n');
  await qalam.answerDialogs([bad]);
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByTestId('error-banner')).toContainText(/from-vendor\.xlf/);
  await expect(page.getByTestId('error-banner')).toContainText(/line \d+/);
  await expect(page.getByTestId('project-name')).toContainText('Coalition meeting');
});
