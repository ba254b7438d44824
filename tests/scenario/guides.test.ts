import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, readJsonFiles, SCENARIO_DIR } from '../../src/cli/io';
import { HISTORICAL_ROUNDS, type Guide } from '../../src/engine/scenario/guide';
import { isGuidePath, parseGuide } from '../../src/engine/scenario/guide-files';
import { formatProblem } from '../../src/engine/scenario/problems';
import { DELEGATIONS, type DelegationId } from '../../src/engine/vocabulary';
import { library } from '../support/library';

/** Issue 16: a teacher's guide for every round of the shared record, true to it and in the project's own words. */

const HISTORY = join(PROJECT_ROOT, '../shared/history');

interface RecordRound {
  readonly round: number;
  readonly dates: string;
  readonly venue: string;
  readonly delegations: Record<string, { readonly note?: string }>;
  readonly observers: readonly string[];
  readonly sources: readonly string[];
  readonly confidence: string;
}

const RECORD: readonly RecordRound[] = JSON.parse(readFileSync(join(HISTORY, 'rounds.json'), 'utf8'));
const PROFILES_MD = readFileSync(join(HISTORY, 'delegations.md'), 'utf8');

/** How the shared record names the delegations the game knows. */
const RECORD_NAMES: Readonly<Record<string, DelegationId>> = {
  Russia: 'russia',
  Turkey: 'turkey',
  Iran: 'iran',
  'Syrian government': 'government',
  'Syrian armed opposition': 'opposition',
  'United States': 'us',
  'United Nations': 'un',
  Jordan: 'jordan',
  Iraq: 'iraq',
  Lebanon: 'lebanon',
};

const id = (n: number): string => `astana-${String(n).padStart(2, '0')}`;
const NUMBERS = Array.from({ length: HISTORICAL_ROUNDS }, (_, i) => i + 1);
const guides = library().guides;
const guideOf = (n: number): Guide => {
  const guide = guides.get(id(n));
  if (guide === undefined) throw new Error(`no guide for ${id(n)}`);
  return guide;
};
const recordOf = (n: number): RecordRound => {
  const round = RECORD.find((r) => r.round === n);
  if (round === undefined) throw new Error(`no round ${n} in the record`);
  return round;
};

/** The game's delegations the record names for a round, and whether each stayed away by its note. */
function recordSeats(round: RecordRound): Map<DelegationId, boolean> {
  const seats = new Map<DelegationId, boolean>();
  for (const [name, entry] of Object.entries(round.delegations)) {
    const seat = RECORD_NAMES[name];
    if (seat !== undefined) seats.set(seat, !/boycott|did not (attend|take part|send|come)/i.test(entry.note ?? ''));
  }
  for (const observer of round.observers) {
    const seat = RECORD_NAMES[observer.split(' (')[0] ?? ''];
    if (seat !== undefined && !seats.has(seat)) seats.set(seat, true);
  }
  return seats;
}

/** The Kazakh capital's name on a date: renamed Nur-Sultan on 20 March 2019 and Astana again on 17 September 2022. */
const capitalOn = (date: string): string => (date >= '2019-03-20' && date < '2022-09-17' ? 'Nur-Sultan' : 'Astana');

describe('the teachers’ guides (issue 16)', () => {
  it('follow a record of 22 rounds, numbered 1 to 22', () => {
    expect(RECORD.map((r) => r.round)).toEqual(NUMBERS);
  });

  it('load, one for each round of the record and no other', () => {
    expect([...guides.keys()].toSorted()).toEqual(NUMBERS.map(id));
    expect(readJsonFiles(join(SCENARIO_DIR, 'guides')).length).toBe(HISTORICAL_ROUNDS);
  });

  it.each(NUMBERS)('round %i: dates, venue and confidence as the record gives them', (n) => {
    const guide = guideOf(n);
    const record = recordOf(n);
    expect(guide.round).toBe(n);
    expect(`${guide.dates.start}..${guide.dates.end}`).toBe(record.dates);
    expect(guide.confidence).toBe(record.confidence);
    const city = record.venue.startsWith('Sochi') ? 'Sochi' : capitalOn(guide.dates.start);
    expect(guide.venue.en).toContain(city);
    expect(guide.title.en.startsWith(`${city} ${n}:`), guide.title.en).toBe(true);
    const other = city === 'Astana' ? 'Nur-Sultan' : city === 'Nur-Sultan' ? 'Astana' : undefined;
    if (other !== undefined) expect(`${guide.title.en} ${guide.venue.en}`).not.toContain(other);
  });

  it.each(NUMBERS)('round %i: every delegation of the record and of the game has its seat', (n) => {
    const guide = guideOf(n);
    for (const [seat, present] of recordSeats(recordOf(n))) {
      const entry = guide.seats[seat];
      expect(entry, seat).toBeDefined();
      expect(entry?.present, `${seat} present`).toBe(present);
    }
    const round = library().rounds.get(id(n));
    for (const seat of DELEGATIONS)
      if (round?.delegations[seat] !== undefined) expect(guide.seats[seat], seat).toBeDefined();
    // Every seat, the mediator's too, has what the teacher needs: watch-for notes, a sheet and a rubric.
    for (const entry of [guide.mediator, ...Object.values(guide.seats)]) {
      expect(entry.sheet.length).toBeGreaterThanOrEqual(3);
      expect(entry.rubric.length).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(NUMBERS)('round %i: lists its round’s sources, each where the history has it', (n) => {
    const guide = guideOf(n);
    const record = recordOf(n);
    for (const source of guide.sources) {
      if (source.from === 'rounds.json') expect(record.sources, source.url).toContain(source.url);
      else expect(PROFILES_MD.includes(source.url), source.url).toBe(true);
    }
    expect(guide.sources.filter((s) => s.from === 'rounds.json').length).toBeGreaterThan(0);
  });
});

/** Every English text of a guide, with where it sits. */
function textsOf(value: unknown, path = '$'): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => textsOf(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.en === 'string') return [[path, record.en]];
  return Object.entries(record).flatMap(([k, v]) => textsOf(v, `${path}.${k}`));
}

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w !== '');

const RUN = 12;

/** Every run of 12 words in the shared history and the seed articles. */
function sourceRuns(): Set<string> {
  const runs = new Set<string>();
  for (const dir of [HISTORY, join(PROJECT_ROOT, '../shared/seeds')])
    for (const name of readdirSync(dir)) {
      const w = words(readFileSync(join(dir, name), 'utf8'));
      for (let i = 0; i + RUN <= w.length; i += 1) runs.add(w.slice(i, i + RUN).join(' '));
    }
  return runs;
}

describe('the guides’ words are the project’s own', () => {
  const runs = sourceRuns();

  it('reads the sources it compares with', () => {
    expect(runs.size).toBeGreaterThan(10_000);
  });

  it.each(NUMBERS)('round %i: no run of 12 words copied from the history or the seed articles', (n) => {
    const copied = textsOf(guideOf(n)).flatMap(([path, text]) => {
      const w = words(text);
      const hits: string[] = [];
      for (let i = 0; i + RUN <= w.length; i += 1) {
        const run = w.slice(i, i + RUN).join(' ');
        if (runs.has(run)) hits.push(`${path}: "${run}"`);
      }
      return hits;
    });
    expect(copied).toEqual([]);
  });
});

describe('checking a guide', () => {
  const path = 'scenarios/guides/astana-03.json';
  const raw = JSON.parse(readFileSync(join(PROJECT_ROOT, path), 'utf8')) as Record<string, unknown>;

  it('reports every problem of a file at once: shape, name, round, seats and dates', () => {
    const broken = {
      ...raw,
      id: 'astana-04',
      round: 40,
      learningGoals: [],
      seats: { ...(raw.seats as object), syria: (raw.seats as Record<string, unknown>).russia },
      dates: { start: '2017-03-14', end: '2017-03-01' },
    };
    const { guide, problems } = parseGuide({ path, text: JSON.stringify(broken) });
    expect(guide).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      `${path}:$.learningGoals: expected at least 3 item(s), found an empty list`,
      `${path}:$.id: expected "astana-03" (the file's name), found "astana-04"`,
      `${path}:$.round: expected a round of the shared record (1 to 22), found 40`,
      `${path}:$.seats.syria: expected a delegation of the game (${DELEGATIONS.join(', ')}), found "syria"`,
      `${path}:$.dates.end: expected a date on or after 2017-03-14, found 2017-03-01`,
    ]);
  });

  it('tells a guide by its own folder only, wherever the project sits', () => {
    expect(isGuidePath('scenarios/guides/astana-01.json')).toBe(true);
    expect(isGuidePath('/home/guides/astana-format/scenarios/rounds/astana-01.json')).toBe(false);
    expect(isGuidePath('C:\\guides\\scenarios\\guides\\astana-01.json')).toBe(true);
  });
});
