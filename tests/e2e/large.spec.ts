/** Ten thousand rows: opens, scrolls to the end, edits and saves without losing anything. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, screenshotDir } from './fixtures';
import { largeProject } from '../fixtures/large-project';

test('a 10,000-sentence project opens, scrolls, edits and saves', async ({ qalam }) => {
  test.setTimeout(180_000);
  const { page, workDir } = qalam;
  const project = largeProject(10_000);
  const file = join(workDir, 'large.qalam');
  writeFileSync(file, JSON.stringify(project));
  await expect(page.locator('.grid-row').first()).toBeVisible();
  await qalam.answerDialogs([file]);
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page.getByTestId('project-name')).toContainText('Generated news');
  const total = project.rows.length;
  expect(total).toBeGreaterThan(9000);
  await expect(page.getByTestId('filter-count')).toHaveText(`${total.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} rows`);
  // Only the rows on screen are in the page.
  expect(await page.locator('.grid-row').count()).toBeLessThan(60);
  await page.screenshot({ path: join(screenshotDir, 'large-en.png') });
  await page.getByTestId('grid-body').focus();
  await page.keyboard.press('Control+End');
  const last = page.locator(`.grid-row[data-row-index="${total - 1}"]`);
  await expect(last).toBeVisible();
  await last.getByTestId('target-cell').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' (checked)');
  await page.keyboard.press('Control+Enter');
  // Confirming the last row wraps around to the first row still to translate.
  const firstOpen = project.rows.findIndex((r) => r.state === 'initial');
  await expect(page.locator('.grid-row.active')).toHaveAttribute('data-row-index', String(firstOpen));
  await page.getByTestId('language-select').selectOption('ar');
  await page.screenshot({ path: join(screenshotDir, 'large-ar.png') });
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('status-saved')).toContainText('حُفظ');
  const saved = JSON.parse(readFileSync(file, 'utf8')) as typeof project;
  expect(saved.rows).toHaveLength(total);
  expect(saved.rows[total - 1]!.target.endsWith(' (checked)')).toBe(true);
  expect(saved.rows[total - 1]!.state).toBe('translated');
});
