/** File → New project: texts in, sentences paired in a worker, rows out; Cancel leaves everything as it was. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, root, screenshotDir } from './fixtures';
import { rowCount } from './helpers';

const ar = readFileSync(join(root, 'app', 'sample', 'sample.ar.txt'), 'utf8');
const en = readFileSync(join(root, 'app', 'sample', 'sample.en.txt'), 'utf8');

test('a new project from an Arabic file and a pasted English translation', async ({ qalam }) => {
  const { page } = qalam;
  await expect(page.locator('.grid-row').first()).toBeVisible();
  await page.keyboard.press('Control+n');
  const dialog = page.getByTestId('new-project');
  await expect(dialog).toBeVisible();
  await qalam.answerDialogs([join(root, 'app', 'sample', 'sample.ar.txt')]);
  await dialog.getByRole('button', { name: 'Choose file…' }).first().click();
  await expect(dialog.getByTestId('np-source')).toHaveValue(/اجتماع للإئتلاف الدولي/);
  await expect(dialog.getByRole('textbox', { name: 'Project name' })).toHaveValue('sample.ar');
  await dialog.getByTestId('np-target').fill(en);
  await page.screenshot({ path: join(screenshotDir, 'new-project-en.png') });
  await dialog.getByRole('button', { name: 'Segment, align and open' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('project-name')).toContainText('sample.ar');
  expect(await rowCount(page)).toBe(15);
  await expect(page.locator('.grid-row').first()).toContainText('International coalition meets');
  // Every pair carries the aligner's confidence; the doubtful last pair is tinted.
  await expect(page.locator('.grid-row .score').first()).toContainText(/\d/);
  await page.getByRole('button', { name: 'Least confident first' }).click();
  await expect(page.locator('.grid-row[data-index="0"]')).toContainText('اخترنا لك');
  await expect(page.locator('.grid-row[data-index="0"]')).toHaveClass(/active/);
});

test('without a translation, one empty row per sentence; Cancel stops a long alignment', async ({ qalam }) => {
  const { page } = qalam;
  await expect(page.locator('.grid-row').first()).toBeVisible();
  await page.getByRole('button', { name: 'New project…' }).click();
  const dialog = page.getByTestId('new-project');
  await dialog.getByTestId('np-source').fill(ar);
  await dialog.getByRole('button', { name: 'Segment, align and open' }).click();
  await expect(dialog).toBeHidden();
  expect(await rowCount(page)).toBe(16);
  await expect(page.locator('.grid-row').nth(1).getByTestId('target-cell')).toContainText('Not translated yet');

  // A long document: 20 copies of the article on each side; cancel while it is aligning.
  await page.getByRole('button', { name: 'New project…' }).click();
  await dialog.getByTestId('np-source').fill(Array(20).fill(ar).join('\n\n'));
  await dialog.getByTestId('np-target').fill(Array(20).fill(en).join('\n\n'));
  await dialog.getByRole('button', { name: 'Segment, align and open' }).click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('status')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Segment, align and open' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await rowCount(page)).toBe(16);
});
