/** Compare two versions: the sample against a copy with one English sentence changed and one row deleted. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, screenshotDir } from './fixtures';
import { row, sample } from './helpers';

const OLD_ENGLISH = 'The attack on "Charlie Hebdo" pushed the French government into a fight against terrorism';

test('compare with a changed copy lists exactly its differences, with the English in a side-by-side diff', async ({ qalam }) => {
  const { page } = qalam;
  await expect(row(page, 1)).toBeVisible();
  const current = sample();
  const copy = sample();
  copy.rows[2] = { ...copy.rows[2]!, target: OLD_ENGLISH };
  const deleted = copy.rows.splice(5, 1)[0]!;
  const file = join(qalam.workDir, 'sent-to-reviewer.qalam');
  writeFileSync(file, JSON.stringify(copy, null, 2));

  await qalam.answerDialogs([file]);
  await page.getByRole('button', { name: 'Compare with…' }).click();
  const view = page.getByTestId('compare-view');
  await expect(view).toBeVisible();
  await expect(view).toContainText('sent-to-reviewer.qalam');
  await expect(view.getByTestId('compare-total')).toHaveText('2 rows differ');
  await expect(view.getByTestId('compare-count-target')).toContainText('1');
  await expect(view.getByTestId('compare-count-added')).toContainText('1');
  await expect(view.getByTestId('compare-count-removed')).toHaveCount(0);
  const items = view.getByTestId('compare-item');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Row 3');
  await expect(items.nth(0).locator('[data-kind]')).toHaveText(['English changed']);
  await expect(items.nth(1)).toContainText('Row 6');
  await expect(items.nth(1).locator('[data-kind]')).toHaveText(['Added']);

  // The first difference is selected: its Arabic in HTML, right to left, and both Englishes in the diff editor.
  await expect(items.nth(0)).toHaveAttribute('aria-selected', 'true');
  const arabic = view.getByTestId('compare-arabic');
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(arabic).toHaveAttribute('lang', 'ar');
  await expect(arabic).toContainText(current.rows[2]!.source[0]!.slice(0, 20));
  const diff = view.getByTestId('compare-diff');
  await expect(diff).toHaveAttribute('dir', 'ltr');
  const original = diff.locator('.editor.original .view-lines');
  const modified = diff.locator('.editor.modified .view-lines');
  await expect(original).toContainText('pushed the French government into a fight');
  await expect(modified).toContainText(current.rows[2]!.target.slice(0, 40));
  // Side by side: the other version on the left, the open project on the right; Monaco marks what changed.
  const left = (await original.boundingBox())!;
  const right = (await modified.boundingBox())!;
  expect(left.x + left.width).toBeLessThanOrEqual(right.x + 1);
  await expect(diff.locator('.char-insert, .line-insert').first()).toBeVisible();
  await expect(diff.locator('.char-delete, .line-delete').first()).toBeVisible();
  await page.screenshot({ path: join(screenshotDir, 'compare-en.png') });

  // Next difference from the keyboard: the added row, whose English exists only on the right.
  await page.keyboard.press('Control+ArrowDown');
  await expect(items.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(modified).toContainText(deleted.target.slice(0, 40));
  await expect(original).not.toContainText(deleted.target.slice(0, 40));
  await expect(view.getByRole('button', { name: 'Next difference' })).toBeDisabled();
  await page.keyboard.press('Control+ArrowUp');
  await expect(items.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(original).toContainText('pushed the French government into a fight');

  // Esc returns to the workbench, with the project untouched.
  await page.keyboard.press('Escape');
  await expect(view).toBeHidden();
  await expect(row(page, 3).getByTestId('target-cell')).toContainText(current.rows[2]!.target.slice(0, 40));
  await expect(page.getByTestId('project-name').locator('.dirty')).toHaveCount(0);
});

test('the compare view in Arabic: mirrored chrome, English diff still left to right', async ({ qalam }) => {
  const { page } = qalam;
  await expect(row(page, 1)).toBeVisible();
  const copy = sample();
  copy.rows[2] = { ...copy.rows[2]!, target: OLD_ENGLISH };
  copy.rows[7] = { ...copy.rows[7]!, state: 'translated' };
  copy.rows.splice(5, 1);
  const file = join(qalam.workDir, 'older.qalam');
  writeFileSync(file, JSON.stringify(copy, null, 2));
  await page.getByTestId('language-select').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await qalam.answerDialogs([file]);
  await page.getByRole('button', { name: 'مقارنة مع…' }).click();
  const view = page.getByTestId('compare-view');
  await expect(view.getByTestId('compare-item')).toHaveCount(3);
  await expect(view.getByTestId('compare-total')).toHaveText(/^(3|٣) صفوف مختلفة$/);
  // Mirrored: the list of differences stands on the right, the diff on the left; the English inside stays LTR.
  const list = (await view.getByTestId('compare-list').boundingBox())!;
  const diff = view.getByTestId('compare-diff');
  const diffBox = (await diff.boundingBox())!;
  expect(list.x).toBeGreaterThan(diffBox.x);
  await expect(diff.locator('.editor.original .view-lines')).toContainText('pushed the French government');
  const original = (await diff.locator('.editor.original').boundingBox())!;
  const modified = (await diff.locator('.editor.modified').boundingBox())!;
  expect(original.x).toBeLessThan(modified.x);
  await page.screenshot({ path: join(screenshotDir, 'compare-ar.png') });
  // The status change of row 8 is spelled out in the detail.
  await page.keyboard.press('Control+ArrowDown');
  await page.keyboard.press('Control+ArrowDown');
  await expect(view.getByTestId('compare-state')).toHaveText('الحالة: من مترجم إلى مُراجَع');
  await view.getByRole('button', { name: 'إغلاق' }).click();
  await expect(view).toBeHidden();
});

test('compare with an XLIFF 1.2 export after editing: the edited row only; a TMX file is refused, naming it', async ({ qalam }) => {
  const { page, workDir } = qalam;
  await expect(row(page, 1)).toBeVisible();
  const xlf = join(workDir, 'handed-on.xlf');
  await page.getByTestId('export-format').selectOption('xliff12');
  await qalam.answerDialogs([xlf]);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByTestId('notice')).toContainText('handed-on.xlf');

  await row(page, 2).getByTestId('target-cell').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' (updated)', { delay: 5 });
  await page.keyboard.press('Escape');
  await qalam.answerDialogs([xlf]);
  await page.getByRole('button', { name: 'Compare with…' }).click();
  const view = page.getByTestId('compare-view');
  await expect(view.getByTestId('compare-total')).toHaveText('1 row differs');
  await expect(view.getByTestId('compare-item')).toHaveCount(1);
  await expect(view.getByTestId('compare-item').first()).toContainText('Row 2');
  await expect(view.getByTestId('compare-diff').locator('.editor.modified .view-lines')).toContainText('(updated)');
  await expect(view.getByTestId('compare-diff').locator('.editor.original .view-lines')).not.toContainText('(updated)');
  await view.getByRole('button', { name: 'Close' }).click();
  await expect(view).toBeHidden();

  const tmx = join(workDir, 'memory.tmx');
  writeFileSync(tmx, '<tmx version="1.4"><header/><body/></tmx>');
  await qalam.answerDialogs([tmx]);
  await page.getByRole('button', { name: 'Compare with…' }).click();
  await expect(page.getByTestId('error-banner')).toContainText('memory.tmx: a TMX file holds a translation memory');
  await expect(view).toHaveCount(0);
});
