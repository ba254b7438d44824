import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_DIR, readJsonFiles } from '../../src/cli/io';
import { CONTENT_LOCALES, localizedTexts, splitFile, type Dictionary } from '../../src/content/translations';
import { buildScenario } from '../../src/engine/scenario/build';
import { loadLibrary } from '../../src/engine/scenario/library';
import { roundName } from '../../src/engine/scenario/names';

/** The folders whose texts are translated (issue 19): every one. */
const TRANSLATED = ['clauses', 'delegations', 'decks', 'rounds', 'guides'];

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

function loaded() {
  const library = loadLibrary(readJsonFiles(SCENARIO_DIR));
  if (!library.ok) throw new Error('the library does not load');
  return library.value;
}

describe('scenario texts in every locale', () => {
  for (const folder of TRANSLATED)
    it(`${folder}: every text has Russian and Arabic beside the English`, () => {
      expect(missing(folder)).toEqual([]);
    });

  it('splits a file into its English and its translations, and puts them back as they were', () => {
    for (const file of readJsonFiles(SCENARIO_DIR)) {
      const { english, texts } = splitFile(file.text);
      const back: unknown = JSON.parse(english);
      for (const { text } of localizedTexts(back)) {
        expect(Object.keys(text), file.path).toEqual(['en']);
        for (const locale of CONTENT_LOCALES) {
          const found = texts[locale][text.en];
          if (found !== undefined) text[locale] = found;
        }
      }
      expect(back, file.path).toEqual(JSON.parse(file.text));
    }
  });

  it('translates each English text one way, in every file, as the page looks translations up by their English', () => {
    const seen: Record<string, Dictionary> = { ru: {}, ar: {} };
    const twice: string[] = [];
    for (const file of readJsonFiles(SCENARIO_DIR))
      for (const { path, text } of localizedTexts(JSON.parse(file.text)))
        for (const locale of CONTENT_LOCALES) {
          const mine = text[locale];
          const known = seen[locale]?.[text.en];
          if (mine === undefined) continue;
          if (known !== undefined && known !== mine) twice.push(`${file.path}: ${path.join('.')} (${locale})`);
          else (seen[locale] as Dictionary)[text.en] = mine;
        }
    expect(twice).toEqual([]);
  });

  it('starts every round’s title with the round’s name in that language, as the picker and the saves call it', () => {
    const wrong: string[] = [];
    for (const [id, round] of loaded().rounds)
      for (const locale of ['en', ...CONTENT_LOCALES] as const) {
        const name = roundName(round)[locale];
        const title = round.title[locale];
        if (name === undefined || title === undefined || !title.startsWith(`${name}:`)) wrong.push(`${id} (${locale})`);
      }
    expect(wrong).toEqual([]);
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
