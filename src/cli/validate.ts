import { existsSync } from 'node:fs';
import { loadLibrary } from '../engine/scenario/library';
import { formatProblem } from '../engine/scenario/problems';
import { fail, libraryFiles } from './io';
import { say } from './text';

const paths = process.argv.slice(2);
const missing = paths.filter((p) => !existsSync(p));
if (missing.length > 0) fail(missing.map((file) => say('cli.noSuchFile', { file })).join('\n'));

const { files, given } = libraryFiles(paths);
const result = loadLibrary(files);
// Named files are checked against the whole library, but only their own problems are reported.
const problems = result.ok ? [] : result.error.filter((p) => paths.length === 0 || given.has(p.file));
if (problems.length > 0) {
  process.stdout.write(`${problems.map(formatProblem).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`${say('cli.valid', { count: paths.length === 0 ? files.length : paths.length })}\n`);
