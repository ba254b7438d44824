import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_DIR, readJsonFiles } from '../../src/cli/io';
import { localizedTexts, splitFile, withTranslations, CONTENT_LOCALES } from '../../src/content/translations';
import { buildScenario } from '../../src/engine/scenario/build';
import { loadLibrary } from '../../src/engine/scenario/library';

/** The folders whose texts are translated; the rounds join when their texts are (issue 19). */
const TRANSLATED = ['clauses', 'delegations', 'decks'];

/** Every text of a folder's files without a translation, as "file: path (locales)". */
function missing(folder: string): string[] {
  const dir = join(SCENARIO_DIR, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .toSorted()
    .flatMap((file) =>
      localizedTexts(JSON.parse(readFileSync(join(dir, file), 'utf8')))
        .map(({ path, text }) => ({ path, lacks: CONTENT_LOCALES.filter((l) => (text[l] ?? '').trim() === '') }))
        .filter((t) => t.lacks.length > 0)
        .map((t) => `${folder}/${file}: ${t.path.join('.')} (${t.lacks.join(', ')})`),
    );
}

describe('scenario texts in every locale', () => {
  for (const folder of TRANSLATED)
    it(`${folder}: every text has Russian and Arabic beside the English`, () => {
      expect(missing(folder)).toEqual([]);
    });

  it('splits a file into its English and its translations, and puts them back as they were', () => {
    for (const file of readJsonFiles(SCENARIO_DIR)) {
      const { english, texts } = splitFile(file.text);
      const back = CONTENT_LOCALES.reduce(
        (files, locale) => withTranslations(files, locale, { [file.path]: texts[locale] }),
        [{ path: file.path, text: english }],
      );
      expect(JSON.parse(back[0]?.text ?? ''), file.path).toEqual(JSON.parse(file.text));
    }
  });

  it('gives a round the same content hash with or without its translations', () => {
    const full = readJsonFiles(SCENARIO_DIR);
    const english = full.map((f) => ({ path: f.path, text: splitFile(f.text).english }));
    const hash = (files: typeof full) => {
      const library = loadLibrary(files);
      if (!library.ok) throw new Error('the library does not load');
      const built = buildScenario(library.value, 'astana-08');
      if (!built.ok) throw new Error('astana-08 does not build');
      return built.value.contentHash;
    };
    expect(hash(english)).toBe(hash(full));
  });
});
