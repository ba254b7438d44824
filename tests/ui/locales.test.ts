import { describe, expect, it } from 'vitest';
import { ACTION_TYPES } from '../../src/engine/actions';
import { FLAG_RULES } from '../../src/engine/campaign';
import { CLAUSE_CHANGES, SIGNATURE_CHANGES } from '../../src/engine/compare';
import { REFUSAL_CODES } from '../../src/engine/round/refusal';
import { attendee } from '../../src/engine/scenario/round-schema';
import { REAL_RESULTS } from '../../src/engine/scenario/schema';
import {
  ATTENDANCES,
  DECISIONS,
  DELEGATIONS,
  DIFFICULTIES,
  GOAL_KINDS,
  GOAL_STATUSES,
  MOODS,
  PHASES,
  REPLIES,
  ROLES,
  VERDICTS,
} from '../../src/engine/vocabulary';
import { LOCALES } from '../../src/i18n';
import { SHORTCUTS } from '../../src/ui/help';
import { baseKey, catalogueOf, categoryOf, codeStrings, flatten, placeholders } from '../support/catalogue';

/**
 * Keys the code builds at run time, family by family, with every value each can take. A template literal in
 * src/ whose fixed part names a family of the catalogue must be listed here, so no key is used unseen.
 */
const DYNAMIC: Readonly<Record<string, readonly string[]>> = {
  'ui.kind.': GOAL_KINDS,
  'ui.status.': GOAL_STATUSES,
  'ui.mood.': MOODS,
  'ui.attendance.': ATTENDANCES,
  'ui.phase.': PHASES,
  'ui.role.': ROLES,
  'ui.briefing.role.': ROLES,
  'ui.difficulty.': DIFFICULTIES,
  'ui.briefing.score.': ['signatures', 'substance', 'credibility', 'time'],
  'ui.debrief.part.': ['signatures', 'substance', 'credibility', 'time'],
  'ui.actions.': ['consult', 'sound', 'shuttle', 'assure', 'caucus', 'recall', 'plenary'],
  'ui.help.keys.': SHORTCUTS.map(([, what]) => what),
  'ui.save.': ['corrupt', 'stale', 'tab', 'full', 'blocked'],
  // Settings' kept saves: a round's or the campaign's, and why each was put aside (src/game/kept-saves.ts).
  'ui.kept.': ['save', 'campaign'],
  'ui.kept.why.': ['corrupt', 'stale', 'newer', 'replaced'],
  'cli.notReadable.': ['json', 'record', 'actions'],
  'ui.recordError.': [
    'notARecord',
    'newerFormat',
    'olderFormat',
    'otherScenario',
    'contentChanged',
    'badAction',
    'refusedAction',
    'noHash',
    'hashMismatch',
    // A file's JSON problems (src/engine/safe-json.ts), as src/game/refusal-words.ts names them.
    'tooLarge',
    'tooDeep',
    'forbiddenKey',
  ],
  // The students' decision buttons: `ui.classroom.${verdict}`, and walking out.
  'ui.classroom.': [...VERDICTS, 'walkOut'],
  'ui.classroom.criteria.': ['brief', 'redLines', 'trade', 'conduct', 'voice'],
  // A decision word may also be the students' walking out (src/ui/answers.ts, classroom-reports.ts).
  'decisionWord.': [...DECISIONS, 'walkOut'],
  'resultWord.': REAL_RESULTS,
  'statement.': GOAL_KINDS,
  'log.stance.': VERDICTS,
  'log.reply.': REPLIES,
  'log.studentReply.': REPLIES,
  'decision.': [...VERDICTS, 'walkedOut'],
  'refusal.': REFUSAL_CODES,
  'compare.clause.': CLAUSE_CHANGES.filter((c) => c !== 'same'),
  'historyView.change.': CLAUSE_CHANGES,
  'historyView.signature.': SIGNATURE_CHANGES,
  'historyView.col.': ['clause', 'player', 'real', 'change', 'delegation', 'playerResult', 'realResult'],
  'expertView.col.': ['delegation', 'player', 'nash', 'best', 'left'],
  'expertView.short.': DELEGATIONS,
  'roundContext.name.': DELEGATIONS,
  'roundContext.level.': ['high', 'medium', 'low'],
  'roundContext.attendeeRole.': attendee.shape.role.options,
  // The teacher's guide's rows on what to watch for in each seat (src/engine/guide-html.ts).
  'guide.': ['aims', 'redLines', 'tensions', 'goodPlay', 'history'],
  'campaign.flag.': FLAG_RULES.map((r) => r.flag),
  'campaign.col.': [
    'round',
    'playerAdopted',
    'realAdopted',
    'playerEndorse',
    'realEndorse',
    'playerClauses',
    'realClauses',
  ],
  'campaign.chart.': ['endorse', 'clauses'],
  'cli.balance.': ['policy', 'adopted', 'mean', 'median'],
  // A move of the record in words (src/engine/moves.ts, src/ui/action-words.ts) and who holds a seat.
  'move.': ACTION_TYPES,
  'controllerWord.': ['ai', 'human'],
  'ui.move.': ['start', 'proceed', 'plenary', 'caucus', 'consult', 'recall', 'sound', 'assure'],
  'ui.move.reply.': REPLIES,
  'ui.move.decision.': [...VERDICTS, 'walkOut'],
  'ui.classroom.decidedBy.': ['students', 'studentsAfter', 'computer', 'computerAfter', 'nobody'],
  'ui.clockWarning.': ['late', 'last', 'over'],
  'ui.lastMove.kind.': ['consult', 'sound', 'shuttle', 'assure', 'caucus', 'recall', 'edit'],
  // A goal state's label by goal kind (src/ui/why-words.ts's stateKey) and an objection by its severity.
  'why.state.': [
    ...['met', 'unmet', 'violated'].map((s) => `requires.${s}`),
    ...['clear', 'crossed'].map((s) => `vetoes.${s}`),
    ...['pleased', 'displeased', 'indifferent'].map((s) => `prefers.${s}`),
    ...['free', 'withheld'].map((s) => `cosign.${s}`),
    'campaign.achieved',
    ...['idle', 'honoured', 'broken'].map((s) => `linkage.${s}`),
  ],
  'why.objection.': ['walksOut', 'refuses', 'frowns'],
  'score.signatures.observer.': VERDICTS,
};

/** Plural categories i18next asks for in each locale (Intl.PluralRules). */
const categories = (locale: string): string[] => new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

const en = flatten(catalogueOf('en'));
const enBases = new Set([...en.keys()].map(baseKey));
const plural = new Set([...en.keys()].filter((k) => categoryOf(k) !== undefined).map(baseKey));

describe('the catalogues', () => {
  it('use every English key somewhere in the code, and build none that is not listed', () => {
    const { literals, prefixes } = codeStrings();
    const families = [...prefixes].filter((p) => p.endsWith('.') && [...enBases].some((k) => k.startsWith(p)));
    expect(families.filter((p) => DYNAMIC[p] === undefined)).toEqual([]);
    const dynamic = new Set(Object.entries(DYNAMIC).flatMap(([p, values]) => values.map((v) => `${p}${v}`)));
    expect([...dynamic].filter((k) => !enBases.has(k))).toEqual([]);
    const unused = [...enBases].filter((k) => !literals.has(k) && !dynamic.has(k));
    expect(unused).toEqual([]);
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    const other = flatten(catalogueOf(locale));
    const wanted = categories(locale);

    it(`${locale} has every key, with the plural forms its language needs`, () => {
      const missing: string[] = [];
      for (const key of enBases) {
        if (plural.has(key)) missing.push(...wanted.map((c) => `${key}_${c}`).filter((k) => !other.has(k)));
        else if (!other.has(key)) missing.push(key);
      }
      expect(missing).toEqual([]);
    });

    it(`${locale} has no key English lacks`, () => {
      const extra = [...other.keys()].filter((k) => {
        const base = baseKey(k);
        if (!plural.has(base)) return !en.has(k);
        return !wanted.includes(categoryOf(k) ?? '');
      });
      expect(extra).toEqual([]);
    });

    it(`${locale} fills the same placeholders as English`, () => {
      const wrong: string[] = [];
      for (const [key, text] of other) {
        const base = baseKey(key);
        const source = plural.has(base) ? (en.get(`${base}_other`) ?? '') : (en.get(key) ?? '');
        const want = placeholders(source);
        const got = placeholders(text);
        // A form for exactly zero, one or two may say the number in words ("ساعة واحدة", "one").
        if (['zero', 'one', 'two'].includes(categoryOf(key) ?? '') && locale === 'ar') {
          want.delete('count');
          got.delete('count');
        }
        const same = want.size === got.size && [...want].every((p) => got.has(p));
        if (!same) wrong.push(`${key}: ${[...got].join(',')} (English: ${[...want].join(',')})`);
        if (text.trim() === '') wrong.push(`${key}: empty`);
      }
      expect(wrong).toEqual([]);
    });
  }
});
