import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n';
import { actionWords } from '../../src/ui/action-words';
import { testClient } from '../support/client';

/** Issue 16: the teacher reads fork points and the moves that moved trust in words, never in notation. */
describe('a move of the record in words', () => {
  it('tells every kind of move without its notation', async () => {
    const i18next = await createI18n('en');
    const t = i18next.t.bind(i18next);
    const client = testClient();
    const reply = await client.request('content', { round: 'astana-01' });
    if (!reply.ok) throw new Error('no content');
    const content = reply.value;
    const card = content.cards[0]?.id ?? 'none';
    const cases: [string, string][] = [
      ['start', 'The talks open'],
      ['proceed', 'The consultations begin'],
      ['consult iran', 'You consult Iran'],
      ['sound iran ceasefire:2', 'You sound out Iran on “'],
      ['shuttle government opposition ceasefire:1', 'between Syrian government and Syrian armed opposition'],
      ['assure russia sovereignty:1', 'You assure Russia of “'],
      ['caucus', 'You caucus the guarantors'],
      ['edit ceasefire:0', 'is taken out of the draft'],
      ['recall turkey', 'You ask Turkey to come back'],
      ['answer iran amend:1', "Iran's students answer: ask for wording 1 instead"],
      ['decide iran reserves', 'Iran decides: signs with reservations'],
      ['say iran We will not sign.', "Iran's students speak"],
      ['hand iran ai', "The computer takes Iran's seat"],
      ['news A convoy arrives.', 'The teacher brings news'],
      ['extend 30', 'extended by 30 minutes'],
      ['plenary', 'The plenary is called'],
    ];
    for (const [notation, words] of cases) {
      const said = actionWords(notation, content, t, 'en');
      expect(said, notation).toContain(words);
      if (notation.includes(' ')) expect(said, notation).not.toContain(notation);
      expect(said, notation).not.toMatch(/\bui\.move\b|:\d/);
    }
    expect(actionWords(`inject ${card}`, content, t, 'en')).toMatch(/^The teacher brings in: /);
    expect(actionWords('not a move', content, t, 'en')).toBe('not a move');
    client.close();
  });
});
