/**
 * Review with tracked changes, as a reviewer meets it on the sample: the reviewer's edits since the translator
 * confirmed are marked word by word; one change is rejected, another accepted; a comment is added; the row is
 * confirmed as reviewed under the reviewer's name; undo takes a decision back; the Arabic UI shows the same.
 */
import { join } from 'node:path';
import { test, expect, screenshotDir } from './fixtures';
import { row, sample } from './helpers';
import { reviewSummary } from '../../renderer/src/review/review-state';

test('review the sample: see the diff, reject one change, accept another, comment and confirm as reviewed', async ({ qalam }) => {
  const { page } = qalam;
  await expect(row(page, 1)).toBeVisible();
  // The counts the bar must show come from the core, on the sample as shipped.
  const expected = reviewSummary(sample().rows);
  expect(expected.rows.length).toBeGreaterThan(1);

  await expect(page.getByTestId('review-changes')).toHaveCount(0);
  await page.getByTestId('review-toggle').click();
  await expect(page.getByTestId('review-toggle')).toHaveAttribute('aria-pressed', 'true');
  const summary = page.getByTestId('review-summary');
  await expect(summary).toHaveText(`${expected.changes} open changes in ${expected.rows.length} rows`);

  // Row 4: the translator wrote "said", the reviewer "announced", among other edits.
  const r4 = row(page, 4);
  const diff = r4.getByTestId('review-diff');
  await expect(diff.locator('del').first()).toContainText('said');
  await expect(diff.locator('ins').first()).toContainText('announced');
  const changesIn4 = await diff.locator('.change').count();
  expect(changesIn4).toBeGreaterThanOrEqual(2);
  await diff.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(screenshotDir, 'review-en.png') });

  // Reject the first change: the translator's word comes back in the English.
  await r4.getByRole('button', { name: /^Reject change 1: “said” → “announced”/ }).click();
  await expect(r4.getByTestId('target-cell')).toContainText('Manuel Valls said that his country');
  await expect(diff.locator('.change')).toHaveCount(changesIn4 - 1);
  // Accept the next one ("recruiting" → "hiring"): the English keeps the reviewer's word and the change closes.
  await r4.getByRole('button', { name: /^Accept change 1: “recruiting” → “hiring”/ }).click();
  await expect(r4.getByTestId('target-cell')).toContainText('hiring new staff');
  await expect(diff.locator('.change')).toHaveCount(changesIn4 - 2);
  await expect(diff).not.toContainText('recruiting');
  await expect(summary).toHaveText(`${expected.changes - 2} open changes in ${expected.rows.length} rows`);

  // Undo takes the acceptance back; redo repeats it.
  await page.keyboard.press('Control+z');
  await expect(diff.locator('.change')).toHaveCount(changesIn4 - 1);
  await page.keyboard.press('Control+y');
  await expect(diff.locator('.change')).toHaveCount(changesIn4 - 2);

  // The reviewer names themselves, comments on the row and confirms it as reviewed.
  await page.getByTestId('reviewer-name').fill('Salma');
  await page.getByTestId('reviewer-name').press('Enter');
  await r4.locator('.col-num').click();
  await page.getByRole('tab', { name: 'Comments' }).click();
  await page.getByTestId('comment-text').fill('Keep "said": the Arabic is أعلن but the lead uses "announced" already.');
  await page.getByRole('button', { name: 'Add comment' }).click();
  await expect(page.getByTestId('comment')).toHaveCount(1);
  await expect(page.getByTestId('comment')).toContainText('Salma');
  await expect(r4.getByTestId('comment-badge')).toHaveText(/1/);
  // The filter "With comments" shows the two commented rows (the sample's row 7 and this one).
  await page.getByRole('button', { name: 'With comments' }).click();
  await expect(page.getByTestId('filter-count')).toHaveText('2 of 16 rows');
  await page.getByRole('button', { name: 'With comments' }).click();
  await expect(page.getByTestId('filter-count')).toHaveText('16 of 16 rows');
  await r4.getByTestId('target-cell').click();
  await page.keyboard.type(' ');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+Enter');
  await expect(r4).toHaveAttribute('data-state', 'reviewed');
  // Confirming moved on to the next row still to review; back on row 4, its history names the reviewer.
  await expect(row(page, 9)).toHaveAttribute('aria-selected', 'true');
  await r4.locator('.col-num').click();
  await expect(page.getByTestId('history').locator('li').first()).toContainText('Salma');
  await expect(page.getByTestId('history').locator('li').first()).toContainText('Manuel Valls said that his country');

  // A row the translator confirmed becomes reviewed when the reviewer confirms it.
  await expect(row(page, 9)).toHaveAttribute('data-state', 'translated');
  await row(page, 9).getByTestId('target-cell').click();
  await page.keyboard.press('Control+Enter');
  await expect(row(page, 9)).toHaveAttribute('data-state', 'reviewed');

  // Everything else at once; then nothing is left open.
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect(summary).toHaveText('No open changes: every reviewer edit has been accepted or rejected.');
  await expect(page.getByTestId('review-changes')).toHaveCount(0);

  // The Arabic UI: the same bar, mirrored, in Arabic.
  await page.keyboard.press('Control+z');
  await page.getByTestId('language-select').selectOption('ar');
  await expect(page.getByTestId('review-bar')).toContainText('المراجعة');
  await expect(page.getByTestId('review-toggle')).toHaveText('وضع المراجعة');
  await expect(page.getByTestId('review-changes').first()).toBeVisible();
  await page.getByTestId('review-changes').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(screenshotDir, 'review-ar.png') });
});

test('review keys: next change, accept and reject the row, only changed rows, leave review mode', async ({ qalam }) => {
  const { page } = qalam;
  await expect(row(page, 1)).toBeVisible();
  const expected = reviewSummary(sample().rows);
  await page.getByTestId('grid-body').focus();
  await page.keyboard.press('Control+Alt+v');
  await expect(page.getByTestId('review-bar')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Only rows with changes' }).check();
  await expect(page.locator('.grid-row')).toHaveCount(expected.rows.length);
  await expect(page.getByTestId('filter-count')).toHaveText(`${expected.rows.length} of ${sample().rows.length} rows`);
  await page.getByTestId('grid-body').focus();

  await page.keyboard.press('Control+Alt+n');
  const first = page.locator(`.grid-row[data-row-index="${expected.rows[0]}"]`);
  await expect(first).toHaveAttribute('aria-selected', 'true');
  const before = (await first.getByTestId('target-cell').textContent()) ?? '';
  await page.keyboard.press('Control+Alt+x');
  // Rejected: the row now holds the translator's text and leaves the "only changed" view.
  await expect(page.locator('.grid-row')).toHaveCount(expected.rows.length - 1);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.grid-row')).toHaveCount(expected.rows.length);
  await expect(first.getByTestId('target-cell')).toHaveText(before);

  await page.getByTestId('grid-body').focus();
  await page.keyboard.press('Control+Alt+n');
  const second = page.locator(`.grid-row[data-row-index="${expected.rows[1]}"]`);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Control+Alt+a');
  await expect(page.locator('.grid-row')).toHaveCount(expected.rows.length - 1);
  await expect(page.getByTestId('review-summary')).toContainText(`in ${expected.rows.length - 1} rows`);

  await page.getByRole('button', { name: 'Leave review mode' }).click();
  await expect(page.getByTestId('review-bar')).toHaveCount(0);
  const n = sample().rows.length;
  await expect(page.getByTestId('filter-count')).toHaveText(`${n} of ${n} rows`);
});
