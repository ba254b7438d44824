import type { Result } from '../engine/result';
import type { RawFile } from '../engine/scenario/files';
import { loadLibrary, type Library } from '../engine/scenario/library';
import type { Problem } from '../engine/scenario/problems';

/**
 * Every scenario file, bundled as text in one chunk so that the same loader (and its messages) runs in the browser.
 * Teachers' guides stay out of it: they are long, and only the classroom set-up needs them.
 */
const files = import.meta.glob<string>(['/scenarios/**/*.json', '!/scenarios/guides/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

export function loadBundledLibrary(): Result<Library, Problem[]> {
  const raws: RawFile[] = Object.entries(files).map(([path, text]) => ({ path: path.replace(/^\//, ''), text }));
  return loadLibrary(raws);
}
