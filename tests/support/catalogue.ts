import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/cli/io';

export type Tree = { [key: string]: string | Tree };

/** The catalogue of a locale as it is on disk. */
export const catalogueOf = (locale: string): Tree =>
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'src/i18n/locales', `${locale}.json`), 'utf8')) as Tree;

/** Every key of a catalogue with its text, dotted ("ui.menu.new"). */
export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix === '' ? k : `${prefix}.${k}`;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** A plural form's key without its category: "ui.classroom.questions_few" is "ui.classroom.questions". */
export const baseKey = (key: string): string => key.replace(PLURAL, '');
export const categoryOf = (key: string): string | undefined => PLURAL.exec(key)?.[1];

/** The placeholders a text fills, by name ("{{start, date}}" is "start"). */
export const placeholders = (text: string): Set<string> =>
  new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? ''));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * What the code says about keys: every quoted string in src/ (a key is used if it appears whole), and the fixed
 * part in front of every template literal that builds one ("ui.kind." in `ui.kind.${kind}`).
 */
export function codeStrings(): { literals: Set<string>; prefixes: Set<string> } {
  const literals = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of sourceFiles(join(PROJECT_ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/'([^'\n\\]*)'|"([^"\n\\]*)"|`([^`\n\\$]*)`/g))
      literals.add(m[1] ?? m[2] ?? m[3] ?? '');
    for (const m of text.matchAll(/`([\w.]*)\$\{/g)) if (m[1] !== undefined && m[1] !== '') prefixes.add(m[1]);
  }
  return { literals, prefixes };
}
