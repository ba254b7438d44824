import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_LOCALES, splitFile, type ContentLocale, type Dictionary } from '../src/content/translations.ts';

const VIRTUAL = 'virtual:scenario-text';

/** The files the game bundles (src/content/scenarios.ts): every scenario file but the teachers' guides. */
function scenarioFiles(root: string): string[] {
  return readdirSync(join(root, 'scenarios'), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => !/[\\/]scenarios[\\/]guides[\\/]/.test(path))
    .toSorted();
}

/**
 * In the built game, the scenario files bundled as text (src/content/scenarios.ts, in the host's worker) carry
 * English only, and each other language's scenario texts become one JSON dictionary of their own, English to that
 * language, which the page fetches when the language is chosen. `virtual:scenario-text` gives their URLs; in the
 * dev server and tests it gives null and the files keep every language. The records' content hash covers English
 * only (src/engine/scenario/canonical.ts), so both agree.
 *
 * `emit: false` is for the worker's build: it takes the English files and leaves the dictionaries to the page's.
 */
export function scenarioText(options: { emit?: boolean } = {}): Plugin {
  const emit = options.emit ?? true;
  let build = false;
  let root = process.cwd();
  const refs: Partial<Record<ContentLocale, string>> = {};
  return {
    name: 'scenario-text',
    enforce: 'pre',
    configResolved(config) {
      build = config.command === 'build' && config.build.ssr === false;
      root = config.root;
    },
    buildStart() {
      if (!build || !emit) return;
      const dictionaries: Record<ContentLocale, Dictionary> = { ru: {}, ar: {} };
      for (const file of scenarioFiles(root)) {
        const { texts } = splitFile(readFileSync(file, 'utf8'));
        for (const locale of CONTENT_LOCALES) dictionaries[locale] = { ...texts[locale], ...dictionaries[locale] };
      }
      for (const locale of CONTENT_LOCALES)
        refs[locale] = this.emitFile({
          type: 'asset',
          name: `scenario-text-${locale}.json`,
          source: JSON.stringify(dictionaries[locale]),
        });
    },
    resolveId(id) {
      return id === VIRTUAL ? `\0${VIRTUAL}` : null;
    },
    load(id) {
      if (id === `\0${VIRTUAL}`) {
        if (!build || !emit) return 'export const urls = null;';
        const url = (locale: ContentLocale): string => `import.meta.ROLLUP_FILE_URL_${refs[locale] ?? ''}`;
        return `export const urls = { ${CONTENT_LOCALES.map((l) => `${l}: ${url(l)}`).join(', ')} };`;
      }
      const [file, query] = id.split('?');
      if (!build || query !== 'raw' || file === undefined || !/[\\/]scenarios[\\/].+\.json$/.test(file)) return null;
      return `export default ${JSON.stringify(splitFile(readFileSync(file, 'utf8')).english)};`;
    },
  };
}
