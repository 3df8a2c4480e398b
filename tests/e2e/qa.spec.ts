/** A reviewer's QA pass: run the checks, jump to an issue, ignore one with a reason, make a term consistent, export. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, screenshotDir } from './fixtures';
import { openProject, row, sample } from './helpers';

function reviewed() {
  const p = sample();
  p.name = 'Coalition review';
  // Row 6 uses the forbidden "Daesh"; row 9 says "Islamic State" where rows 2, 6 (before the edit) and 14 say ISIS.
  p.rows[5]!.target = p.rows[5]!.target.replace('"ISIS"', '"Daesh"');
  p.rows[8]!.target = p.rows[8]!.target.replace('"ISIS"', '"Islamic State"');
  return p;
}

test('run QA, jump to an issue, ignore it with a reason, undo, make a term consistent, export CSV', async ({ qalam }) => {
  const { page } = qalam;
  await openProject(qalam, reviewed());
  const panel = page.getByTestId('side-panel');
  await panel.getByRole('tab', { name: 'QA' }).click();
  await expect(panel.getByTestId('qa-summary')).toContainText(/Issues: \d+/, { timeout: 30_000 });

  const forbidden = panel.locator('[data-check="term-forbidden"]');
  await expect(forbidden.getByRole('heading')).toContainText('Forbidden translation used');
  await expect(forbidden.getByTestId('qa-issue')).toHaveCount(1);
  await expect(forbidden.getByTestId('qa-issue')).toContainText('"Daesh" is a forbidden translation');
  await expect(panel.locator('[data-check="empty"]').getByTestId('qa-issue')).toContainText('Row 16');

  // Click → the row becomes active with the caret in its English.
  await forbidden.getByRole('button', { name: 'Go to row 6' }).click();
  await expect(row(page, 6)).toHaveClass(/active/);
  await expect(forbidden.locator('.qa-issue.current')).toHaveCount(1);
  await page.screenshot({ path: join(screenshotDir, 'qa-en.png') });

  // Ignore with a reason: the issue leaves the list, stays visible under "Show ignored" with its reason.
  await forbidden.getByRole('button', { name: 'Ignore this issue in row 6' }).click();
  await expect(forbidden.getByRole('button', { name: 'Ignore', exact: true })).toBeDisabled();
  await forbidden.getByLabel('Reason for ignoring').fill('Quoted from the minister: keep his word');
  await forbidden.getByRole('button', { name: 'Ignore', exact: true }).click();
  await expect(forbidden).toHaveCount(0);
  await panel.getByTestId('qa-show-ignored').check();
  await expect(panel.getByTestId('qa-show-ignored').locator('..')).toContainText('Show ignored (1)');
  await expect(forbidden.getByTestId('qa-issue')).toContainText('Quoted from the minister: keep his word');
  await panel.getByTestId('qa-show-ignored').uncheck();

  // The ignore is in the one history: Ctrl+Z shows the issue again, Ctrl+Y hides it.
  await page.getByTestId('grid-body').focus();
  await page.keyboard.press('Control+z');
  await expect(forbidden.getByTestId('qa-issue')).toHaveCount(1);
  await page.keyboard.press('Control+y');
  await expect(forbidden).toHaveCount(0);

  // One term, two translations: ISIS (3×) beats Islamic State (1×); "make consistent" fixes row 9 in one step.
  const variant = panel.locator('[data-check="term-variant"]');
  await expect(variant.getByTestId('qa-issue')).toContainText('Row 9');
  await variant.getByRole('button', { name: 'Make consistent: “ISIS”' }).click();
  await expect(row(page, 9).getByTestId('target-cell')).toContainText('the momentum of "ISIS" had been halted');
  await expect(variant).toHaveCount(0, { timeout: 30_000 });

  // Export: the CSV holds the issues shown (not the ignored one), with the row's Arabic and English.
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('Coalition review-qa.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[0]).toBe('row,row id,check,severity,message,key,source,target');
  expect(lines.some((l) => l.startsWith('16,u0016,empty,'))).toBe(true);
  expect(lines.some((l) => l.includes('اخترنا لك'))).toBe(true);
  expect(csv).not.toContain('term-forbidden');
  expect(csv).not.toContain('term-variant');

  const [html] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export HTML' }).click()]);
  const page2 = readFileSync((await html.path())!, 'utf8');
  expect(page2).toContain('<!DOCTYPE html>');
  expect(page2).toContain('Coalition review — QA');
});

test('QA messages in the Arabic interface are Arabic, with terms and translations kept in order', async ({ qalam }) => {
  const { page } = qalam;
  const p = reviewed();
  // Row 4 now says 452 million where the Arabic says أربعمئة وخمسة وعشرون مليون (425 million).
  p.rows[3]!.target = p.rows[3]!.target.replace('425 million', '452 million');
  await openProject(qalam, p);
  await page.getByTestId('language-select').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const panel = page.getByTestId('side-panel');
  await panel.getByRole('tab', { name: 'الجودة' }).click();
  await expect(panel.getByTestId('qa-summary')).toContainText('عدد المشكلات', { timeout: 30_000 });

  const forbidden = panel.locator('[data-check="term-forbidden"]').getByTestId('qa-issue');
  await expect(forbidden).toContainText('«Daesh» ترجمة محظورة للمصطلح داعش؛ استخدم «ISIS»');
  await expect(forbidden.locator('.qa-message')).toHaveAttribute('dir', 'rtl');
  await expect(forbidden.locator('.qa-message bdi', { hasText: 'Daesh' })).toHaveAttribute('dir', 'auto');
  const numbers = panel.locator('[data-check="number-mismatch"]').getByTestId('qa-issue');
  await expect(numbers.first()).toContainText('الوارد في المصدر غير موجود في الترجمة');
  await expect(numbers.first()).toContainText('أربعمئة وخمسة وعشرون مَليون');
  await expect(panel.locator('[data-check="term-variant"]').getByTestId('qa-issue')).toContainText('والمستند يستخدم «ISIS»');
  await page.screenshot({ path: join(screenshotDir, 'qa-issues-ar.png') });
});
