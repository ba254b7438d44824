import { describe, expect, it } from 'vitest';
import { readJsonFiles, SCENARIO_DIR } from '../../src/cli/io';
import { buildScenario, type Scenario } from '../../src/engine/scenario/build';
import { canonicalJson } from '../../src/engine/scenario/canonical';
import { kindOf, parseFile, type RawFile } from '../../src/engine/scenario/files';
import { loadLibrary, pathKey, type Library } from '../../src/engine/scenario/library';
import { formatProblem, jsonPath } from '../../src/engine/scenario/problems';
import type { FileKind } from '../../src/engine/scenario/schema';

const load = (files: readonly RawFile[] = readJsonFiles(SCENARIO_DIR)): Library => {
  const result = loadLibrary(files);
  if (!result.ok) throw new Error(result.error.map(formatProblem).join('\n'));
  return result.value;
};

const build = (library: Library, id = 'astana-01'): Scenario => {
  const result = buildScenario(library, id);
  if (!result.ok) throw new Error(`no round ${id}`);
  return result.value;
};

/** The library's files with one of them changed in memory (its first English text gets a suffix). */
function withEdited(kind: FileKind, id: string): RawFile[] {
  const files = readJsonFiles(SCENARIO_DIR);
  const path = load(files).paths.get(pathKey(kind, id));
  let edited = false;
  const edit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(edit);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        if (k === 'en' && typeof v === 'string' && !edited) {
          edited = true;
          return [k, `${v} (edited)`];
        }
        return [k, edit(v)];
      }),
    );
  };
  const out = files.map((f) =>
    f.path === path ? { path: f.path, text: JSON.stringify(edit(JSON.parse(f.text))) } : f,
  );
  if (!edited) throw new Error(`nothing to edit in ${kind}/${id}`);
  return out;
}

describe('the scenario library', () => {
  it('loads with no problems', () => {
    const result = loadLibrary(readJsonFiles(SCENARIO_DIR));
    expect(result.ok ? [] : result.error.map(formatProblem)).toEqual([]);
    expect(result.ok && result.value.rounds.has('astana-01')).toBe(true);
  });
});

describe('buildScenario', () => {
  const library = load();

  it('builds astana-01 from its round file and everything it names', () => {
    const scenario = build(library);
    const round = library.rounds.get('astana-01');
    expect(scenario.id).toBe('astana-01');
    expect(scenario.round).toBe(round);
    expect(scenario.agenda.ids).toEqual(round?.agenda.map((a) => a.clause));
    expect(scenario.clauses.map((c) => c.id)).toEqual(scenario.agenda.ids);
    expect(scenario.agenda.max).toEqual(scenario.clauses.map((c) => c.wordings.length));
    expect(scenario.delegations).toEqual(['russia', 'turkey', 'iran', 'government', 'opposition', 'us', 'un']);
    expect(Object.keys(scenario.profiles).toSorted()).toEqual([...scenario.delegations].toSorted());
    expect(scenario.deck.id).toBe(round?.deck);
    expect(scenario.initialDraft).toHaveLength(scenario.agenda.ids.length);
    expect(scenario.initialDraft.some((s) => s > 0)).toBe(true);
  });

  it('gives unknownRound, with the known rounds, for an id it does not have', () => {
    const result = buildScenario(library, 'astana-77');
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknownRound', id: 'astana-77', known: [...library.rounds.keys()].toSorted() },
    });
    expect(result.ok ? [] : result.error.known).toContain('astana-01');
  });
});

describe('contentHash', () => {
  const hash = build(load()).contentHash;

  it('is 64 hex digits', () => {
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the same across two loads of the same files', () => {
    expect(build(load()).contentHash).toBe(hash);
    expect(build(load(readJsonFiles(SCENARIO_DIR).toReversed())).contentHash).toBe(hash);
  });

  it('does not depend on key order or layout in the files', () => {
    const reorder = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reorder);
      if (value === null || typeof value !== 'object') return value;
      return Object.fromEntries(
        Object.entries(value)
          .toReversed()
          .map(([k, v]) => [k, reorder(v)]),
      );
    };
    const files = readJsonFiles(SCENARIO_DIR).map((f) => ({
      path: f.path,
      text: JSON.stringify(reorder(JSON.parse(f.text))),
    }));
    expect(build(load(files)).contentHash).toBe(hash);
  });

  const scenario = build(load());
  const referenced: [FileKind, string][] = [
    ['rounds', 'astana-01'],
    ...scenario.clauses.map((c): [FileKind, string] => ['clauses', c.id]),
    ...scenario.delegations.map((d): [FileKind, string] => ['delegations', d]),
    ['decks', scenario.deck.id],
  ];

  it.each(referenced)('changes when %s/%s changes', (kind, id) => {
    const edited = build(load(withEdited(kind, id)));
    expect(edited.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(edited.contentHash).not.toBe(hash);
  });

  it('does not change when a delegation outside the round changes', () => {
    expect(scenario.delegations).not.toContain('jordan');
    expect(load().delegations.has('jordan')).toBe(true);
    const library = load(withEdited('delegations', 'jordan'));
    expect(library.delegations.get('jordan')?.name.en).toMatch(/\(edited\)$/);
    expect(build(library).contentHash).toBe(hash);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order and drops undefined', () => {
    const value = { b: 1, a: { d: [{ z: 1, y: [{ q: 2, p: 1 }] }, 3], c: null }, u: undefined, 'a-b': 'x' };
    expect(canonicalJson(value)).toBe('{"a":{"c":null,"d":[{"y":[{"p":1,"q":2}],"z":1},3]},"a-b":"x","b":1}');
  });

  it('gives the same text whatever the key order', () => {
    const one = { id: 'x', nested: { min: 1, max: 2, list: [{ b: true, a: 'é' }] } };
    const two = { nested: { list: [{ a: 'é', b: true }], max: 2, min: 1 }, id: 'x' };
    expect(canonicalJson(two)).toBe(canonicalJson(one));
    expect(JSON.parse(canonicalJson(one))).toEqual(one);
  });

  it('writes scalars as JSON does', () => {
    expect([
      canonicalJson('a"b'),
      canonicalJson(1.5),
      canonicalJson(null),
      canonicalJson(true),
      canonicalJson([]),
    ]).toEqual(['"a\\"b"', '1.5', 'null', 'true', '[]']);
  });
});

describe('parseFile', () => {
  const ceasefire = readJsonFiles(SCENARIO_DIR).find((f) => f.path.endsWith('clauses/ceasefire.json'));

  it('reads a valid file and tells its kind from its folder', () => {
    const result = parseFile({ path: 'scenarios/clauses/ceasefire.json', text: ceasefire?.text ?? '' });
    expect(result.ok && result.value.kind).toBe('clauses');
    expect(result.ok && result.value.data.id).toBe('ceasefire');
  });

  it("reports an id that is not the file's name", () => {
    const result = parseFile({ path: 'scenarios/clauses/truce.json', text: ceasefire?.text ?? '' });
    expect(result).toEqual({
      ok: false,
      error: [
        {
          file: 'scenarios/clauses/truce.json',
          path: '$.id',
          expected: '"truce" (the file\'s name)',
          found: '"ceasefire"',
        },
      ],
    });
  });

  it('tells the kind by the nearest kind folder, else by the keys', () => {
    expect(kindOf('scenarios/rounds/clauses/x.json', {})).toBe('clauses');
    expect(kindOf('elsewhere/x.json', { agenda: [] })).toBe('rounds');
    expect(kindOf('elsewhere/x.json', { goals: [] })).toBe('delegations');
    expect(kindOf('elsewhere/x.json', { id: 'x' })).toBeUndefined();
    expect(kindOf('elsewhere/x.json', 'text')).toBeUndefined();
  });
});

describe('jsonPath', () => {
  it('formats keys with dots and indexes with brackets', () => {
    expect(jsonPath([])).toBe('$');
    expect(jsonPath(['goals', 2, 'clause'])).toBe('$.goals[2].clause');
    expect(jsonPath(['events', 0, 'card', 'effects', 1, 'delegation'])).toBe('$.events[0].card.effects[1].delegation');
    expect(jsonPath(['_private', '$ref', 'a1'])).toBe('$._private.$ref.a1');
  });

  it('quotes keys that are not plain identifiers', () => {
    expect(jsonPath(['affinities', 'us-role'])).toBe('$.affinities["us-role"]');
    expect(jsonPath(['a b'])).toBe('$["a b"]');
    expect(jsonPath(['0'])).toBe('$["0"]');
    expect(jsonPath([''])).toBe('$[""]');
    expect(jsonPath(['say "hi"'])).toBe('$["say \\"hi\\""]');
    expect(jsonPath([Symbol('s')])).toBe('$["Symbol(s)"]');
  });
});

describe('formatProblem', () => {
  it('writes FILE:PATH: expected X, found Y', () => {
    expect(formatProblem({ file: 'a/b.json', path: '$.x[1]', expected: 'a number', found: '"1"' })).toBe(
      'a/b.json:$.x[1]: expected a number, found "1"',
    );
  });
});
