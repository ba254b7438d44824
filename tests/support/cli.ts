import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/cli/io';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The terminal of the tests speaks English whatever the machine's locale: the CLI's messages follow LC_ALL/LANG. */
export const ENGLISH_ENV: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C.UTF-8', LC_MESSAGES: '', LANG: 'C.UTF-8' };

/** Runs one of the project's command-line tools the way `npm run -s NAME -- ARGS` does. */
export function runCli(
  tool: 'sim' | 'replay' | 'validate' | 'balance' | 'fidelity' | 'why' | 'fuzz',
  args: readonly string[],
  env: NodeJS.ProcessEnv = ENGLISH_ENV,
): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(PROJECT_ROOT, 'src/cli', `${tool}.ts`), ...args],
      { cwd: PROJECT_ROOT, timeout: 120_000, env },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
