import type { Result } from '../engine/result';
import type { RawFile } from '../engine/scenario/files';
import { loadLibrary, type Library } from '../engine/scenario/library';
import type { Problem } from '../engine/scenario/problems';
import { urls } from 'virtual:scenario-text';
import { CONTENT_LOCALES, withTranslations, type ContentLocale, type Overlay } from './translations';

/** Every scenario file, bundled as text in one chunk so that the same loader (and its messages) runs in the browser. */
const files = import.meta.glob<string>('/scenarios/**/*.json', { query: '?raw', import: 'default', eager: true });

/** One language's scenario texts, to put back into the bundled files. */
export interface ContentText {
  readonly locale: ContentLocale;
  readonly overlay: Overlay;
}

const isContentLocale = (locale: string): locale is ContentLocale =>
  (CONTENT_LOCALES as readonly string[]).includes(locale);

/**
 * Fetches a language's scenario texts in the built game. Null for English, in the dev server (its files keep every
 * language) and when the fetch fails (offline before the service worker had them): the texts then fall back to
 * English, as any missing translation does.
 */
export async function fetchContentText(locale: string): Promise<ContentText | null> {
  if (urls === null || !isContentLocale(locale)) return null;
  try {
    const response = await fetch(urls[locale]);
    return response.ok ? { locale, overlay: (await response.json()) as Overlay } : null;
  } catch {
    return null;
  }
}

export function loadBundledLibrary(text: ContentText | null = null): Result<Library, Problem[]> {
  const raws: RawFile[] = Object.entries(files).map(([path, body]) => ({ path: path.replace(/^\//, ''), text: body }));
  return loadLibrary(text === null ? raws : withTranslations(raws, text.locale, text.overlay));
}
