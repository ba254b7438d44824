import type { Page } from 'playwright-core';
import type { TableInspection } from '../../src/scenes/inspection';
import { settled } from './flow';

/** What the table draws and where (canvas pixels), from `window.__astana.table()`. */
export const inspect = async (page: Page): Promise<TableInspection> => {
  const found = await page.evaluate(() =>
    (Reflect.get(window, '__astana') as { table(): TableInspection | null }).table(),
  );
  if (found === null) throw new Error('no table is shown');
  return found;
};

/** Waits until the table shows a control with this id (`seat:turkey`, `card:consult`, `bar:plenary`…). */
export async function waitTarget(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      (Reflect.get(window, '__astana') as { table(): { targets: { id: string }[] } | null })
        .table()
        ?.targets.some((t) => t.id === wanted) === true,
    id,
  );
}

/**
 * Clicks a control of the table where the scene says it is drawn (never a guessed pixel), then waits for the
 * page to settle.
 */
export async function tap(page: Page, id: string): Promise<void> {
  await waitTarget(page, id);
  const table = await inspect(page);
  const target = table.targets.find((t) => t.id === id);
  const canvas = await page.locator('.stage canvas').boundingBox();
  if (target === undefined || canvas === null) throw new Error(`nothing to press at ${id}`);
  // Canvas pixels are CSS pixels here (the canvas is not scaled).
  await page.mouse.click(canvas.x + target.box.x + target.box.w / 2, canvas.y + target.box.y + target.box.h / 2);
  await settled(page);
}

/** Whether two boxes overlap. */
export const overlap = (
  a: { x: number; y: number; w: number; h: number },
  b: { x: number; y: number; w: number; h: number },
): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Every pair of seat labels that overlap, by delegation. */
export function overlappingLabels(table: TableInspection): string[] {
  const found: string[] = [];
  table.seats.forEach((a, i) => {
    for (const b of table.seats.slice(i + 1)) if (overlap(a.label, b.label)) found.push(`${a.id}/${b.id}`);
  });
  return found;
}
