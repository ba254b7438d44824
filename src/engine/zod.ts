import { z } from 'zod';

/**
 * Zod as the project uses it: without its JIT. Zod compiles object parsers with `new Function`, which
 * the game's Content-Security-Policy forbids (no eval, issue 20); even its probe for whether it may
 * would be reported as a violation. Every schema imports `z` from here, so this runs before any is made.
 * Files and saves are parsed a few times a session, where the JIT's speed-up does not matter.
 */
z.config({ jitless: true });

export { z };
