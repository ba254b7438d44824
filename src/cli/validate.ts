import { loadLibrary } from '../engine/scenario/library';
import { formatProblem } from '../engine/scenario/problems';
import { fail, libraryFiles, unreadable } from './io';
import { say } from './text';

const paths = process.argv.slice(2);
// Every named path that cannot be read is told at once, before the library is read.
const unread = paths.flatMap((p) => {
  const why = unreadable(p);
  return why === undefined ? [] : [`${p}: ${why}`];
});
if (unread.length > 0) fail(unread.join('\n'));

const { files, given } = libraryFiles(paths);
const result = loadLibrary(files);
// Named files are checked against the whole library, but only their own problems are reported.
const problems = result.ok ? [] : result.error.filter((p) => paths.length === 0 || given.has(p.file));
if (problems.length > 0) {
  process.stdout.write(`${problems.map(formatProblem).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`${say('cli.valid', { count: paths.length === 0 ? files.length : paths.length })}\n`);
