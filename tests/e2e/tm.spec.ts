/** Translation memory: align two documents into the TM, then a similar sentence in a new project finds it. */
import { join } from 'node:path';
import { test, expect, root, screenshotDir } from './fixtures';

test('align two texts into the TM, open a new project with a similar sentence and accept the fuzzy match', async ({ qalam }) => {
  const { page } = qalam;
  await expect(page.locator('.grid-row').first()).toBeVisible();
  await page.getByRole('tab', { name: 'Matches' }).click();
  await qalam.answerDialogs([join(root, 'app', 'sample', 'sample.ar.txt'), join(root, 'app', 'sample', 'sample.en.txt')]);
  await page.getByRole('button', { name: 'Align two documents into the TM…' }).click();
  await expect(page.getByTestId('tm-matches').getByRole('status')).toContainText(/\d+ new pairs stored in the TM/);

  // The same sentence with another sum and no diacritics: a fuzzy match, not an exact one.
  await page.getByRole('button', { name: 'New project…' }).click();
  const dialog = page.getByTestId('new-project');
  await dialog
    .getByTestId('np-source')
    .fill('أعلن رئيس الوزراء الفرنسي مانويل فالس أن بلاده ستنفق خمسمئة مليون يورو لمنع الهجمات الإرهابية، مشيراً إلى أن هذا المبلغ سينفق على تعزيز الإجراءات الأمنية وتعيين موظفين جدد لمكافحة المسلحين.');
  await dialog.getByRole('button', { name: 'Segment, align and open' }).click();
  await expect(dialog).toBeHidden();
  const matches = page.getByTestId('tm-matches');
  await expect(matches.locator('.match').first()).toBeVisible();
  const score = Number((await matches.getByTestId('match-score').first().textContent())?.replace('%', ''));
  expect(score).toBeGreaterThanOrEqual(70);
  expect(score).toBeLessThan(100);
  await expect(matches.locator('.match').first()).toContainText('French Prime Minister Manuel Valls announced');
  // What differs is marked: the stored sentence's extra words, and this row's.
  await expect(matches.locator('.match').first().locator('del, ins').first()).toBeVisible();
  await page.screenshot({ path: join(screenshotDir, 'tm-matches-en.png') });
  await page.locator('.grid-row').first().getByTestId('target-cell').click();
  await page.keyboard.press('Control+Alt+m');
  await expect(page.locator('.grid-row').first().getByTestId('target-cell')).toContainText('French Prime Minister Manuel Valls announced that his country will spend');
  await page.keyboard.press('Control+z');
  await expect(page.locator('.grid-row').first().getByTestId('target-cell')).not.toContainText('French Prime Minister');
  await matches.getByRole('button', { name: 'Insert match 1' }).click();
  await expect(page.locator('.grid-row').first().getByTestId('target-cell')).toContainText('French Prime Minister Manuel Valls announced');
});
