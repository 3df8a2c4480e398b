/** Spell-checking of the English: unknown words underlined, suggestions and "add to my dictionary" on Ctrl+Space. */
import { join } from 'node:path';
import { test, expect, screenshotDir } from './fixtures';
import { row } from './helpers';

test('underlines an unknown English word, offers the right spelling, learns a name, and follows the dictionary choice', async ({ qalam }) => {
  const { page } = qalam;
  await expect(row(page, 1)).toBeVisible();
  const editorHost = page.getByTestId('target-editor');
  // British English by default: the sample's "organisation" is fine, "recieve" is not.
  await row(page, 2).getByTestId('target-cell').click();
  await expect(editorHost).toHaveAttribute('data-spelling-misses', '');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' They recieve Qalamistan.');
  await expect(editorHost).toHaveAttribute('data-spelling-misses', 'recieve Qalamistan');
  await expect(editorHost.locator('.squiggly-warning')).toHaveCount(2);

  // Ctrl+Space on the word offers spellings; choosing one replaces the word.
  await page.keyboard.press('Control+End');
  for (let i = 0; i < ' Qalamistan.'.length + 1; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+Space');
  const suggest = page.locator('.suggest-widget');
  await expect(suggest).toContainText('receive');
  await suggest.getByText('receive', { exact: true }).click();
  await expect(row(page, 2).getByTestId('target-cell')).toContainText('They receive Qalamistan.');
  await expect(editorHost).toHaveAttribute('data-spelling-misses', 'Qalamistan');

  // A name the dictionary lacks: add it, and it is no longer underlined.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+Space');
  await suggest.getByText('Add “Qalamistan” to my dictionary').click();
  await expect(editorHost).toHaveAttribute('data-spelling-misses', '');

  // The word is kept in Preferences → My dictionary, where it can be removed again.
  await page.getByRole('button', { name: 'Preferences…' }).click();
  const prefs = page.getByTestId('preferences');
  await expect(prefs.getByTestId('dictionary-words')).toContainText('Qalamistan');
  await page.screenshot({ path: join(screenshotDir, 'preferences-en.png') });
  await prefs.getByRole('button', { name: 'Remove “Qalamistan”' }).click();
  await prefs.getByRole('button', { name: 'Save' }).click();
  await expect(prefs).toBeHidden();
  await row(page, 2).getByTestId('target-cell').click();
  await expect(editorHost).toHaveAttribute('data-spelling-misses', 'Qalamistan');

  // American English flags the British spelling; Off shows nothing.
  await page.getByTestId('spelling-select').selectOption('en-US');
  await expect(editorHost).toHaveAttribute('data-spelling-misses', /organisation/);
  await page.getByTestId('spelling-select').selectOption('off');
  await expect(editorHost).toHaveAttribute('data-spelling-misses', '');
});
