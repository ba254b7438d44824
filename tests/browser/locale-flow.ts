import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { catalogueOf, flatten } from '../support/catalogue';
import { onAnyScreen, onScreen, press } from './flow';

/** A locale's catalogue for the tests: a key's text with its placeholders filled, as the page shows it. */
export function wordsOf(locale: string): (key: string, vars?: Record<string, string>) => string {
  const texts = flatten(catalogueOf(locale));
  return (key, vars = {}) => {
    const text = texts.get(key);
    if (text === undefined) throw new Error(`${locale} has no ${key}`);
    return text.replace(/\{\{\s*(\w+)[^}]*\}\}/g, (_, name: string) => vars[name] ?? '');
  };
}

/** A button's name that starts with a text ("Consult · 20 min" starts with "Consult"). */
export const startingWith = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** Serious and critical axe violations of the page as it is, named by screen. */
export async function serious(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ') ?? ''}`);
}

/** From the menu to the open consultations of a new round, by keyboard, in any locale. */
export async function toTable(page: Page, t: ReturnType<typeof wordsOf>, found: string[]): Promise<void> {
  await press(page, 'button', t('ui.menu.new'));
  if ((await onAnyScreen(page, ['briefing', 'content-note'])) === 'content-note') {
    found.push(...(await serious(page, 'content note')));
    await press(page, 'button', t('contentNote.continue'));
  }
  await onScreen(page, 'briefing');
  found.push(...(await serious(page, 'briefing')));
  await press(page, 'button', t('ui.briefing.start'));
  await onScreen(page, 'table');
  await press(page, 'button', t('ui.table.proceed'));
  await page.waitForFunction(
    () => (Reflect.get(window, '__astana') as { state(): { phase: string } }).state().phase === 'consultations',
  );
}

/** The page's language and direction, from the root element. */
export const rootLanguage = (page: Page): Promise<{ lang: string; dir: string }> =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
