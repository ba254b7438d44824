import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isJoinCode, type RoomSetup } from '../client/classroom-protocol';

/**
 * The data folder (DATA_DIR, default ./data/rooms): one file per room, `CODE.jsonl`, one JSON object a line,
 * appended after every action so that a server killed and started again resumes each room where it was.
 *
 * - `{"kind":"room","format":1,"code","created","setup"}` — the first line: the teacher's set-up.
 * - `{"kind":"act","action","by","usedMs"}` — an accepted move, in the record's notation, and who made it.
 * - `{"kind":"fork","upTo"}` — the teacher forked the round from its `upTo`-th move.
 * - `{"kind":"clock","paused","usedMs"}` — the lesson clock paused, resumed, or counted (every minute).
 * - `{"kind":"closed"}` — the teacher ended the room; it is not resumed.
 */
export const STORE_FORMAT = 1;

export type StoredEntry =
  | { readonly kind: 'act'; readonly action: string; readonly by: string; readonly usedMs: number }
  | { readonly kind: 'fork'; readonly upTo: number }
  | { readonly kind: 'clock'; readonly paused: boolean; readonly usedMs: number }
  | { readonly kind: 'closed' };

export interface StoredRoom {
  readonly code: string;
  readonly setup: RoomSetup;
  readonly entries: readonly StoredEntry[];
}

export class RoomStore {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  private path(code: string): string {
    if (!isJoinCode(code)) throw new Error(`not a room code: ${code}`);
    return join(this.dir, `${code}.jsonl`);
  }

  has(code: string): boolean {
    return existsSync(this.path(code));
  }

  /** A new room's file; fails if one with that code exists (another process took the code). */
  create(code: string, setup: RoomSetup): void {
    const head = { kind: 'room', format: STORE_FORMAT, code, created: new Date().toISOString(), setup };
    writeFileSync(this.path(code), `${JSON.stringify(head)}\n`, { flag: 'wx' });
  }

  append(code: string, entry: StoredEntry): void {
    appendFileSync(this.path(code), `${JSON.stringify(entry)}\n`);
  }

  /** A room as stored; a last line cut short by a kill is left out (it was never acknowledged). */
  read(code: string): StoredRoom | null {
    if (!this.has(code)) return null;
    const lines = readFileSync(this.path(code), 'utf8').split('\n');
    const parsed: unknown[] = [];
    for (const line of lines) {
      if (line.trim() === '') continue;
      try {
        parsed.push(JSON.parse(line));
      } catch {
        break;
      }
    }
    const head = parsed[0] as { kind?: unknown; format?: unknown; setup?: RoomSetup } | undefined;
    if (head?.kind !== 'room' || head.format !== STORE_FORMAT || head.setup === undefined) return null;
    return { code, setup: head.setup, entries: parsed.slice(1) as StoredEntry[] };
  }

  /** The codes of rooms not ended, to resume at start. */
  open(): string[] {
    return readdirSync(this.dir)
      .filter((f) => f.endsWith('.jsonl') && isJoinCode(f.slice(0, -6)))
      .map((f) => f.slice(0, -6))
      .filter((code) => {
        const room = this.read(code);
        return room !== null && !room.entries.some((e) => e.kind === 'closed');
      })
      .toSorted();
  }
}
