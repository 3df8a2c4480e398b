/** The glossary at work: the terms of a row, inserting a preferred translation, adding and deleting terms with undo. */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, screenshotDir } from './fixtures';
import { openProject, row, sample, selectArabic } from './helpers';

/** Puts the English caret `offset` characters into the active row's text (Ctrl+Home, then arrows). */
async function caretAt(page: Page, offset: number): Promise<void> {
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < offset; i++) await page.keyboard.press('ArrowRight');
}

test('the Terms tab lists the terms of the active row, and Ctrl+Alt+T inserts the preferred translation', async ({ qalam }) => {
  const { page } = qalam;
  const p = sample();
  // Row 3: the translator has not yet written "Charlie Hebdo" between the quotes.
  p.rows[2]!.target = '"" attack spurs French government to fight terrorism';
  await openProject(qalam, p);
  const panel = page.getByTestId('side-panel');
  await row(page, 1).getByTestId('source-cell').click();
  // Row 1: للإئتلاف الدولي (with the clitic, as found) → international coalition; الجهاديين الأجانب → foreign jihadists.
  const cards = panel.getByTestId('term-card');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0).locator('.term-source')).toHaveText('للإئتلاف الدولي');
  await expect(cards.nth(0).locator('.term-source')).toHaveAttribute('lang', 'ar');
  await expect(cards.nth(0).locator('.term-source')).toHaveAttribute('dir', 'rtl');
  await expect(cards.nth(0).locator('.term-lemma')).toHaveText('الائتلاف الدولي');
  await expect(cards.nth(0)).toContainText('international coalition');
  await expect(cards.nth(0).getByTestId('term-status')).toHaveText('✓ translated');
  // Row 2: داعش has a forbidden Daesh, struck through.
  await row(page, 2).getByTestId('source-cell').click();
  const isis = panel.locator('[data-testid="term-card"][data-entry-id="t001"]');
  await expect(isis.locator('del')).toHaveText(['Daesh', 'ISIL']);
  await expect(isis).toContainText('House style');

  await row(page, 3).getByTestId('target-cell').click();
  await expect(panel.getByTestId('term-card')).toHaveCount(1);
  await expect(panel.getByTestId('term-status')).toHaveText('not yet translated');
  await expect(panel.getByRole('button', { name: 'Insert “Charlie Hebdo”' })).toContainText('Ctrl+Alt+T');
  await caretAt(page, 1);
  await page.keyboard.press('Control+Alt+t');
  await expect(row(page, 3).getByTestId('target-cell')).toContainText('"Charlie Hebdo" attack spurs');
  await expect(panel.getByTestId('term-status')).toHaveText('✓ translated');
  // With every term translated, Ctrl+Alt+T leaves the text alone.
  await page.keyboard.press('Control+Alt+t');
  await expect(row(page, 3).getByTestId('target-cell')).toContainText('"Charlie Hebdo" attack spurs French');
  // One undo step takes the insertion back.
  await page.keyboard.press('Control+z');
  await expect(row(page, 3).getByTestId('target-cell')).toContainText('"" attack spurs');

  // Ctrl+Space offers the row's translations while typing.
  await row(page, 2).getByTestId('target-cell').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.suggest-widget')).toContainText('Islamic State');
  await page.keyboard.press('Escape');

  await page.screenshot({ path: join(screenshotDir, 'glossary-terms-en.png') });
});

test('add a term from a selection, see it highlighted, delete it and undo', async ({ qalam }) => {
  const { page } = qalam;
  await openProject(qalam, sample());
  const panel = page.getByTestId('side-panel');
  const cell = row(page, 4).getByTestId('source-cell');
  await cell.click();
  await expect(cell.locator('mark.mark-term', { hasText: 'يورو' })).toHaveCount(0);
  await selectArabic(page, 4, 'يورو');
  await row(page, 4).getByTestId('target-cell').click();
  const english = (await row(page, 4).getByTestId('target-cell').textContent())!;
  const at = english.indexOf('euros');
  expect(at).toBeGreaterThan(0);
  await caretAt(page, at);
  for (let i = 0; i < 'euros'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await panel.getByRole('button', { name: '+ Add term' }).click();

  const form = panel.getByTestId('entry-form');
  await expect(form.getByLabel('Arabic term')).toHaveValue('يورو');
  await expect(form.getByLabel('Translations (preferred first)')).toHaveValue('euros');
  await form.getByLabel('Translations (preferred first)').fill('euro, EUR');
  await form.getByLabel('Note').fill('Currency: singular in the glossary, English inflects it.');
  await form.getByLabel('Part of speech').selectOption('noun');
  await page.screenshot({ path: join(screenshotDir, 'glossary-form-en.png') });
  await form.getByRole('button', { name: 'Save term' }).click();
  await expect(form).toHaveCount(0);

  const mark = cell.locator('mark.mark-term', { hasText: 'يورو' });
  await expect(mark).toHaveAttribute('title', 'يورو → euro / EUR');
  await panel.getByRole('tab', { name: 'Terms' }).click();
  await expect(panel.locator('[data-entry-id]', { hasText: 'euro' }).getByTestId('term-status')).toHaveText('✓ translated');

  // A duplicate spelled with another hamza form is refused.
  await panel.getByRole('tab', { name: 'Glossary' }).click();
  await panel.getByRole('button', { name: 'New term' }).click();
  await form.getByLabel('Arabic term').fill('إئتلاف');
  await form.getByLabel('Translations (preferred first)').fill('coalition');
  await form.getByRole('button', { name: 'Save term' }).click();
  await expect(form.getByRole('alert')).toContainText('already has this term');
  await form.getByRole('button', { name: 'Cancel' }).click();

  // Search finds it loosely, delete removes the highlight, Ctrl+Z brings both back.
  await panel.getByTestId('glossary-search').fill('يورو');
  await expect(panel.getByTestId('glossary-entry')).toHaveCount(1);
  await panel.getByRole('button', { name: 'Delete the term يورو' }).click();
  await expect(panel.getByTestId('glossary-entry')).toHaveCount(0);
  await expect(mark).toHaveCount(0);
  await page.getByTestId('grid-body').focus();
  await page.keyboard.press('Control+z');
  await expect(panel.getByTestId('glossary-entry')).toHaveCount(1);
  await expect(mark).toHaveAttribute('title', 'يورو → euro / EUR');
  await page.keyboard.press('Control+y');
  await expect(mark).toHaveCount(0);

  // Edit an entry: a new preferred translation shows in the tooltip of every row that has the term.
  await panel.getByTestId('glossary-search').fill('coalition');
  await panel.getByRole('button', { name: 'Edit the term ائتلاف' }).click();
  await form.getByLabel('Translations (preferred first)').fill('coalition\nalliance of states');
  await form.getByRole('button', { name: 'Save term' }).click();
  await expect(row(page, 8).locator('mark.mark-term', { hasText: 'الائتلاف' })).toHaveAttribute('title', 'ائتلاف → coalition / alliance of states');
});

test('the side panel in the Arabic interface', async ({ qalam }) => {
  const { page } = qalam;
  await openProject(qalam, sample());
  await page.getByTestId('language-select').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const panel = page.getByTestId('side-panel');
  await row(page, 2).getByTestId('source-cell').click();
  await expect(panel.getByRole('tab', { name: 'المصطلحات' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByTestId('term-card').first()).toContainText('المفضّلة');
  await page.screenshot({ path: join(screenshotDir, 'glossary-terms-ar.png') });
  await panel.getByRole('tab', { name: 'المسرد' }).click();
  await expect(panel.getByTestId('glossary-count')).toContainText('24');
  await page.screenshot({ path: join(screenshotDir, 'glossary-list-ar.png') });
  await panel.getByRole('tab', { name: 'الجودة' }).click();
  await expect(panel.getByTestId('qa-summary')).toContainText('عدد المشكلات', { timeout: 30_000 });
  await page.screenshot({ path: join(screenshotDir, 'qa-ar.png') });
});
