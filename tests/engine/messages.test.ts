import { describe, expect, it } from 'vitest';
import { parseAction } from '../../src/engine/actions';
import { botFor, playBot, POLICIES } from '../../src/engine/bots';
import { moveMessage } from '../../src/engine/moves';
import type { Message } from '../../src/engine/result';
import { REFUSAL_CODES } from '../../src/engine/round/refusal';
import { startRound } from '../../src/engine/session';
import { createI18n } from '../../src/i18n';
import { delegationName, translate } from '../../src/i18n/content';
import { isDelegationId } from '../../src/engine/vocabulary';
import { allGoalTexts, contentFor } from '../support/client';
import { scenario } from '../support/library';

/** Every message the engine emits over many rounds, with the score's reasons. */
function emitted(): Message[] {
  const out: Message[] = [];
  for (const policy of POLICIES) {
    for (let s = 1; s <= 25; s += 1) {
      const round = startRound(scenario(), { seed: String(s) });
      playBot(round, botFor(policy, String(s)));
      const data = round.data();
      out.push(...data.log.map((e) => e.message));
      // The debrief names every move in words (issue 13).
      for (const line of data.actions) {
        const action = parseAction(line);
        if (action.ok) out.push(moveMessage(action.value));
      }
      const score = data.outcome?.score;
      if (score !== undefined)
        for (const part of [score.signatures, score.substance, score.credibility, score.time])
          out.push(...part.reasons);
    }
  }
  return out;
}

describe('the English catalogue', async () => {
  const i18n = await createI18n('en');
  const messages = emitted();

  it('has a sentence for every key the engine emits', () => {
    const missing = [...new Set(messages.map((m) => m.key))].filter((key) => !i18n.exists(key));
    expect(missing).toEqual([]);
  });

  it('has words for every kind of move, the classroom’s included', () => {
    const samples = [
      'start',
      'proceed',
      'consult iran',
      'sound iran us-role:1',
      'shuttle iran turkey kurds:2',
      'assure turkey kurds:1',
      'caucus',
      'edit us-role:0',
      'recall iran',
      'plenary',
      'decide iran walkOut',
      'answer iran accept',
      'say iran We agree.',
      'hand iran ai',
      'extend 30',
      'news A convoy arrives.',
    ];
    const s = scenario();
    for (const line of samples) {
      const action = parseAction(line);
      if (!action.ok) throw new Error(line);
      const text = translate(moveMessage(action.value), contentFor(s), i18n.t, 'en');
      expect(i18n.exists(moveMessage(action.value).key), line).toBe(true);
      expect(text, line).not.toMatch(/\{\{|\b(ai|walkOut|us-role|kurds)\b|:\d/);
    }
  });

  it('has a sentence for every refusal', () => {
    expect(REFUSAL_CODES.filter((code) => !i18n.exists(`refusal.${code}`))).toEqual([]);
  });

  it('fills every placeholder with a name, never an id', () => {
    const s = scenario();
    // Ids are kebab-case ("us-role", "no-iran-role"); English has hyphens too ("confidence-building").
    const ids = new Set(
      [
        ...s.agenda.ids,
        ...Object.values(s.profiles).flatMap((p) => [...(p?.goals ?? []), ...(p?.hiddenPool ?? [])].map((g) => g.id)),
        ...s.deck.cards.map((c) => c.id),
        ...s.round.events.map((e) => e.card.id),
      ].filter((id) => id.includes('-')),
    );
    for (const message of messages) {
      const text = translate(message, contentFor(s), i18n.t, 'en', allGoalTexts(s));
      expect(text, message.key).not.toMatch(/\{\{|\}\}/);
      for (const word of text.match(/\b[a-z0-9]+-[a-z0-9-]+\b/g) ?? [])
        expect(ids.has(word), `${message.key}: ${text}`).toBe(false);
      for (const key of ['delegation', 'from', 'to']) {
        const id = message.params?.[key];
        if (isDelegationId(id)) expect(text, message.key).toContain(delegationName(contentFor(s), id, 'en'));
      }
    }
  });
});
