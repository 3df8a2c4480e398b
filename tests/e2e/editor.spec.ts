/** A translator at work: keyboard-only translation, alignment fixes with undo, filters, find/replace, save/reopen. */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, screenshotDir } from './fixtures';
import { openProject, row, rowCount, sample, typeEnglish } from './helpers';

function draft() {
  const p = sample();
  p.name = 'Coalition draft';
  // Rows 9–12 still to translate; 10–12 have no English yet.
  p.rows.forEach((r, i) => {
    if (i >= 8 && i <= 11) r.state = 'initial';
    if (i >= 9 && i <= 11) r.target = '';
  });
  return p;
}

test('translate and confirm three rows with the keyboard alone', async ({ qalam }) => {
  const { page } = qalam;
  await openProject(qalam, draft());
  await page.getByTestId('grid-body').focus();
  // Ctrl+Shift+Enter: to the next unconfirmed row, straight into the English editor.
  await page.keyboard.press('Control+Shift+Enter');
  await expect(row(page, 9)).toHaveClass(/active/);
  await page.keyboard.press('Control+Enter');
  await expect(row(page, 9)).toHaveAttribute('data-state', 'translated');
  await expect(row(page, 10)).toHaveClass(/active/);
  await typeEnglish(page, 'The talks will once again cover the military campaign.');
  await page.keyboard.press('Control+Enter');
  await expect(row(page, 11)).toHaveClass(/active/);
  await typeEnglish(page, 'The discussion will focus on foreign fighters.');
  await page.keyboard.press('Control+Enter');
  await expect(row(page, 10)).toHaveAttribute('data-state', 'translated');
  await expect(row(page, 10)).toContainText('The talks will once again cover the military campaign.');
  await expect(row(page, 11)).toHaveAttribute('data-state', 'translated');
  await expect(row(page, 12)).toHaveClass(/active/);
  await expect(page.getByTestId('status-progress')).toContainText('81% confirmed');
  // Saving keeps the history: Ctrl+Z after Ctrl+S still undoes the last confirmation, then the typing.
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('status-saved')).toContainText('Saved');
  await page.keyboard.press('Control+z');
  await expect(row(page, 11)).toHaveAttribute('data-state', 'initial');
  await expect(page.getByTestId('status-saved')).toHaveText('Unsaved changes');
  await expect(row(page, 11)).toContainText('The discussion will focus on foreign fighters.');
  await page.keyboard.press('Control+z');
  await expect(row(page, 11).getByTestId('target-cell')).not.toContainText('The discussion');
  await page.keyboard.press('Control+y');
  await expect(row(page, 11)).toContainText('The discussion will focus on foreign fighters.');
});

test('merge two rows and undo; split a sentence the segmenter missed', async ({ qalam }) => {
  const { page } = qalam;
  await openProject(qalam, sample());
  await row(page, 7).getByTestId('source-cell').click();
  await expect(row(page, 7)).toHaveClass(/active/);
  await page.keyboard.press('Control+j');
  expect(await rowCount(page)).toBe(15);
  await expect(row(page, 7).locator('.sentence')).toHaveCount(2);
  await expect(row(page, 7).getByTestId('target-cell')).toContainText('Lancaster House');
  await expect(row(page, 7).getByTestId('target-cell')).toContainText('first meeting at this level');
  await page.keyboard.press('Control+z');
  expect(await rowCount(page)).toBe(16);
  await expect(row(page, 8)).toContainText('first meeting at this level');

  // Merge rows 8 and 9 (بروكسل.واعلن …), then split them again at the Arabic sentence boundary and after
  // "Brussels." in the English.
  await row(page, 8).getByTestId('source-cell').click();
  await page.keyboard.press('Control+j');
  expect(await rowCount(page)).toBe(15);
  await page.evaluate(() => {
    const s = document.querySelector('.grid-row.active .col-source .sentence[data-sentence="1"]')!;
    const r = document.createRange();
    r.setStart(s.firstChild!, 0);
    r.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(r);
  });
  await row(page, 8).getByTestId('target-cell').click();
  await page.keyboard.press('Control+Home');
  const first = 'The coalition held its first meeting at this level in December at NATO headquarters in Brussels.';
  for (let i = 0; i < first.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+t');
  expect(await rowCount(page)).toBe(16);
  await expect(row(page, 8).getByTestId('target-cell')).toHaveText(first);
  await expect(row(page, 8).locator('.sentence')).toHaveCount(1);
  await expect(row(page, 9).getByTestId('source-cell')).toContainText('واعلن جون كيري');
  await expect(row(page, 9).getByTestId('target-cell')).toContainText('John Kerry announced at the time');
  await expect(row(page, 9)).toHaveAttribute('data-state', 'initial');
});

test('filter by state, find and replace in the English, save, reopen and find everything as it was', async ({ qalam }) => {
  const { page } = qalam;
  const file = await openProject(qalam, draft());
  await page.getByRole('button', { name: 'Not translated' }).click();
  await expect(page.getByTestId('filter-count')).toHaveText('6 of 16 rows');
  for (const r of await page.locator('.grid-row').all()) await expect(r).toHaveAttribute('data-state', 'initial');
  await page.getByRole('button', { name: 'Not translated' }).click();
  await expect(page.getByTestId('filter-count')).toHaveText('16 of 16 rows');

  await page.keyboard.press('Control+h');
  await page.getByTestId('find-query').fill('ISIS');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 4');
  await page.getByTestId('find-replacement').fill('Islamic State');
  await page.getByRole('button', { name: 'Replace all' }).click();
  await expect(page.getByTestId('find-count')).toHaveText('0 of 0');
  await page.getByTestId('find-query').fill('Islamic State');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 4');
  // Match case: the lower-case query no longer matches.
  await page.getByRole('button', { name: 'Match case' }).click();
  await page.getByTestId('find-query').fill('islamic state');
  await expect(page.getByTestId('find-count')).toHaveText('0 of 0');
  await page.getByRole('button', { name: 'Match case' }).click();
  // Arabic search ignores diacritics and hamza seats: الائتلاف finds الإئتلاف too.
  await page.getByLabel('Search in').selectOption('source');
  await page.getByTestId('find-query').fill('ائتلاف');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 5');
  await expect(page.locator('mark.mark-hit').first()).toBeVisible();
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('status-saved')).toContainText('Saved');
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { rows: { target: string }[] };
  expect(saved.rows.filter((r) => r.target.includes('Islamic State'))).toHaveLength(4);

  await qalam.restart();
  await qalam.page.locator('.grid-row').first().waitFor();
  await qalam.answerDialogs([file]);
  await qalam.page.getByRole('button', { name: 'Open…' }).click();
  await expect(qalam.page.getByTestId('project-name')).toContainText('Coalition draft');
  await expect(row(qalam.page, 2)).toContainText('"Islamic State" organisation');
  await expect(row(qalam.page, 10)).toHaveAttribute('data-state', 'initial');
  await expect(qalam.page.getByTestId('filter-count')).toHaveText('16 of 16 rows');
});

test.describe('crash recovery', () => {
  test('work typed before a crash is offered back on the next start', async ({ qalam }) => {
    mkdirSync(qalam.dataDir, { recursive: true });
    writeFileSync(join(qalam.dataDir, 'settings.json'), JSON.stringify({ autosaveSeconds: 1 }));
    const { page } = qalam;
    await openProject(qalam, draft());
    await row(page, 10).getByTestId('target-cell').click();
    await typeEnglish(page, 'Typed just before the power cut.');
    await expect(page.getByTestId('status-saved')).toHaveText('Unsaved changes');
    // Wait for the autosave (1 s after the last keystroke), then kill the app without saving.
    await expect.poll(() => {
      try {
        return readFileSync(join(qalam.dataDir, 'recovery', 'autosave.qalam'), 'utf8').includes('Typed just before the power cut.');
      } catch {
        return false;
      }
    }).toBe(true);
    await qalam.crashAndRestart();
    const p = qalam.page;
    await expect(p.getByTestId('recovery')).toBeVisible();
    await expect(p.getByTestId('recovery')).toContainText('Coalition draft');
    await p.getByRole('button', { name: 'Restore' }).click();
    await expect(row(p, 10)).toContainText('Typed just before the power cut.');
    await expect(p.getByTestId('status-saved')).toHaveText('Unsaved changes');
  });
});

test('the keyboard shortcuts sheet, and the workbench in both UI languages', async ({ qalam }) => {
  const { page } = qalam;
  await expect(page.locator('.grid-row').first()).toBeVisible();
  await page.keyboard.press('F1');
  await expect(page.getByTestId('shortcuts')).toContainText('Confirm and go to next');
  await expect(page.getByTestId('shortcuts')).toContainText('Ctrl+Enter');
  await page.screenshot({ path: join(screenshotDir, 'shortcuts-en.png') });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Low confidence' }).click();
  await page.getByRole('button', { name: 'Low confidence' }).click();
  await page.getByTestId('language-select').selectOption('ar');
  await row(page, 4).getByTestId('source-cell').click();
  await page.keyboard.press('Control+f');
  await page.getByLabel('البحث في').selectOption('source');
  await page.getByTestId('find-query').fill('فالس');
  await expect(page.getByTestId('find-count')).toHaveText(/^(1|١) من (3|٣)$/);
  await page.screenshot({ path: join(screenshotDir, 'workbench-ar.png') });
});

test('re-align from here pairs a shifted tail again, in one undo step', async ({ qalam }) => {
  const { page } = qalam;
  const p = sample();
  const t10 = p.rows[9]!.target;
  const t11 = p.rows[10]!.target;
  p.rows[9]!.target = `${t10} ${t11}`;
  p.rows[10]!.target = '';
  await openProject(qalam, p);
  await row(page, 10).getByTestId('source-cell').click();
  await page.keyboard.press('Control+Alt+r');
  await expect(row(page, 10).getByTestId('target-cell')).toHaveText(t10);
  await expect(row(page, 11).getByTestId('target-cell')).toHaveText(t11);
  await expect(row(page, 11)).toHaveAttribute('data-state', 'initial');
  await page.keyboard.press('Control+z');
  await expect(row(page, 11).getByTestId('target-cell')).toContainText('Not translated yet');
});
