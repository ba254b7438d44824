import type { RawFile } from '../engine/scenario/files';

/**
 * Scenario texts are `{ "en": …, "ru": …, "ar": … }` objects inside the scenario files. The built game carries the
 * files with their English only, and each other language's texts apart, as data fetched when that language is
 * chosen: a player downloads one language, and no translation is JavaScript to parse.
 */
export const CONTENT_LOCALES = ['ru', 'ar'] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

type Step = string | number;
/** For each file path, where each text of one language goes: the path to its localized object, and the text. */
export type Overlay = Readonly<Record<string, readonly (readonly [readonly Step[], string])[]>>;

/** A localized text: an object with English and nothing but other locales beside it. */
export function isLocalized(value: unknown): value is Record<string, string> & { en: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    typeof (value as { en?: unknown }).en === 'string' && keys.every((k) => k === 'en' || k === 'ru' || k === 'ar')
  );
}

/** Every localized text in a parsed file, with its path from the file's root. */
export function localizedTexts(
  value: unknown,
  path: Step[] = [],
): { path: Step[]; text: Record<string, string> & { en: string } }[] {
  if (isLocalized(value)) return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, [...path, i]));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => localizedTexts(v, [...path, k]));
}

/** Splits a file's text: the same file with English only, and its texts in each other locale. */
export function splitFile(text: string): { english: string; texts: Record<ContentLocale, [Step[], string][]> } {
  const data: unknown = JSON.parse(text);
  const texts: Record<ContentLocale, [Step[], string][]> = { ru: [], ar: [] };
  for (const found of localizedTexts(data)) {
    for (const locale of CONTENT_LOCALES) {
      const t = found.text[locale];
      if (t !== undefined) texts[locale].push([found.path, t]);
      delete found.text[locale];
    }
  }
  return { english: `${JSON.stringify(data, null, 2)}\n`, texts };
}

function at(root: unknown, path: readonly Step[]): unknown {
  let node = root;
  for (const step of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<Step, unknown>)[step];
  }
  return node;
}

/** The files with one language's texts put back beside the English; texts whose place is gone are left out. */
export function withTranslations(files: readonly RawFile[], locale: ContentLocale, overlay: Overlay): RawFile[] {
  return files.map((file) => {
    const entries = overlay[file.path];
    if (entries === undefined || entries.length === 0) return file;
    const data: unknown = JSON.parse(file.text);
    for (const [path, text] of entries) {
      const target = at(data, path);
      if (isLocalized(target)) target[locale] = text;
    }
    return { path: file.path, text: JSON.stringify(data) };
  });
}
