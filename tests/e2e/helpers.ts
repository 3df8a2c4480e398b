/** What the editor specs share: a project file to start from, and reading the grid as a user sees it. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Project } from '../../app/core/project/model';
import { root, type QalamApp } from './fixtures';

export function sample(): Project {
  return JSON.parse(readFileSync(join(root, 'app', 'sample', 'sample-project.json'), 'utf8')) as Project;
}

/** Writes `project` to the test's folder and opens it through File → Open, as a user would. */
export async function openProject(qalam: QalamApp, project: Project, name = 'work.qalam'): Promise<string> {
  const file = join(qalam.workDir, name);
  writeFileSync(file, JSON.stringify(project, null, 2));
  await qalam.page.locator('.grid-row').first().waitFor();
  await qalam.answerDialogs([file]);
  await qalam.page.getByRole('button', { name: 'Open…' }).click();
  await qalam.page.locator('.tag').waitFor({ state: 'detached' });
  return file;
}

export function row(page: Page, n: number) {
  return page.locator(`.grid-row[data-row-index="${n - 1}"]`);
}

export async function rowCount(page: Page): Promise<number> {
  return Number((await page.getByTestId('filter-count').textContent())?.match(/of (\d+)/)?.[1]);
}

/** Types into the English editor of the active row (Monaco keeps its own textarea). */
export async function typeEnglish(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 5 });
}

/** Selects `text` (its first occurrence) in the Arabic of row `n`, as a mouse drag would. */
export async function selectArabic(page: Page, n: number, text: string): Promise<void> {
  await page.evaluate(([index, wanted]) => {
    const cell = document.querySelector(`.grid-row[data-row-index="${index}"] .col-source`)!;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(node, at);
      r.setEnd(node, at + wanted.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(r);
      return;
    }
    throw new Error(`"${wanted}" is not in row ${index + 1}`);
  }, [n - 1, text] as const);
}
