/** Concordance: the sample's documents aligned into the TM, then an Arabic phrase looked up as typed or selected. */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, root, screenshotDir } from './fixtures';
import { row, selectArabic } from './helpers';

async function alignSampleIntoTm(qalam: { page: Page; answerDialogs(p: string[]): Promise<void> }, tab: string, button: string, done: RegExp): Promise<void> {
  const { page } = qalam;
  await page.getByRole('tab', { name: tab }).click();
  await qalam.answerDialogs([join(root, 'app', 'sample', 'sample.ar.txt'), join(root, 'app', 'sample', 'sample.en.txt')]);
  await page.getByRole('button', { name: button }).click();
  await expect(page.getByTestId('tm-matches').locator('.panel-actions [role="status"]')).toContainText(done);
}

test('concordance finds an Arabic phrase typed without diacritics, and Ctrl+Alt+C searches the selected Arabic', async ({ qalam }) => {
  const { page } = qalam;
  await expect(row(page, 1)).toBeVisible();
  await alignSampleIntoTm(qalam, 'Matches', 'Align two documents into the TM…', /\d+ new pairs stored in the TM/);

  // Stored as "مَليون يورو" (with a fatha): typed bare, it is found, and the stored spelling is marked.
  const concordance = page.getByTestId('concordance');
  await concordance.getByTestId('concordance-query').fill('مليون يورو');
  const hits = concordance.getByTestId('concordance-hit');
  await expect(hits).toHaveCount(1);
  await expect(concordance.getByTestId('concordance-count')).toHaveText('1 earlier translation');
  const source = hits.first().locator('.concordance-source');
  await expect(source).toHaveAttribute('dir', 'rtl');
  await expect(source).toHaveAttribute('lang', 'ar');
  await expect(source.locator('mark')).toHaveText('مَليون يورو');
  await expect(hits.first().locator('.concordance-target')).toContainText('425 million euros');
  await expect(hits.first().locator('.concordance-origin')).toContainText('aligned documents');
  await expect(hits.first().locator('.concordance-origin')).toContainText('sample.ar.txt');
  await page.screenshot({ path: join(screenshotDir, 'concordance-en.png') });

  // A phrase the TM never saw says so.
  await concordance.getByTestId('concordance-query').fill('قمة المناخ');
  await expect(concordance.getByTestId('concordance-count')).toHaveText('“قمة المناخ” is not in the translation memory.');
  await expect(hits).toHaveCount(0);

  // The English side: how was a phrase used in earlier English? The hit is marked in the English.
  await concordance.getByRole('radio', { name: 'English' }).check();
  await concordance.getByTestId('concordance-query').fill('foreign fighters');
  await expect(hits.first()).toBeVisible();
  await expect(concordance.getByTestId('concordance-query')).toHaveAttribute('dir', 'ltr');
  await expect(hits.first().locator('.concordance-target mark')).toHaveText(/^foreign fighters$/i);
  await expect(hits.first().locator('.concordance-source mark')).toHaveCount(0);
  await concordance.getByRole('radio', { name: 'Arabic' }).check();

  // From another tab: select Arabic in row 9 and press Ctrl+Alt+C; the Matches tab comes forward with the answer.
  await page.getByRole('tab', { name: 'Terms' }).click();
  await row(page, 9).getByTestId('source-cell').click();
  await selectArabic(page, 9, 'المعركة ستكون طويلة');
  await page.keyboard.press('Control+Alt+c');
  await expect(page.getByRole('tab', { name: 'Matches' })).toHaveAttribute('aria-selected', 'true');
  await expect(concordance.getByTestId('concordance-query')).toHaveValue('المعركة ستكون طويلة');
  await expect(hits.first().locator('.concordance-target')).toContainText('the battle would be long');
  await expect(hits.first().locator('mark')).toHaveText('المعركة ستكون طويلة');
});

test('concordance in the Arabic interface: the letter variants and the attached particles of the stored text still match', async ({ qalam }) => {
  const { page } = qalam;
  await expect(row(page, 1)).toBeVisible();
  await page.getByTestId('language-select').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await alignSampleIntoTm(qalam, 'التطابقات', 'محاذاة مستندين في الذاكرة…', /خُزِّن/);
  const concordance = page.getByTestId('concordance');
  // Typed with a bare alef; stored as للإئتلاف and والإئتلاف (hamza below, attached particles).
  await concordance.getByTestId('concordance-query').fill('الائتلاف الدولي');
  const hits = concordance.getByTestId('concordance-hit');
  await expect(hits.first()).toBeVisible();
  const marks = await hits.locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThanOrEqual(2);
  expect(marks).toEqual(expect.arrayContaining(['للإئتلاف الدولي', 'والإئتلاف الدولي']));
  await expect(hits.locator('.concordance-target').first()).toHaveAttribute('dir', 'ltr');
  await expect(concordance.getByRole('heading', { name: 'البحث السياقي' })).toBeVisible();
  await page.screenshot({ path: join(screenshotDir, 'concordance-ar.png') });
});
