import type { ClassroomAction } from '../actions';
import { aiReply, log, replied, replyEntry, update } from './changes';
import { applyCard } from './clock';
import { entry, type Ctx, type Send } from './context';
import { deliver, type Sitting } from './deliver';
import { plenaryFacts } from './plenary';
import type { Discrete, Question, ReplyRecord, RoundData } from './state';
import type { DelegationId } from '../vocabulary';

/** Whether students hold a seat now (a hand-over changes it mid-round). */
export const isHeld =
  (discrete: Discrete) =>
  (d: DelegationId): boolean =>
    discrete[d]?.control === 'human';

/** Takes the oldest question to `id` off the list and files its answer. */
function settle(
  data: RoundData,
  id: DelegationId,
  answer: (q: Question) => ReplyRecord,
  key: (r: ReplyRecord) => string,
): RoundData {
  const question = data.questions.find((q) => q.delegation === id);
  if (question === undefined) return data;
  const r = answer(question);
  const next = update({ ...data, questions: data.questions.filter((q) => q !== question) }, id, replied(r));
  return log(next, replyEntry(r, id, key(r)));
}

/** Students' answers and decisions, and the teacher's steering (issue 7). Pure; refusalFor has allowed it. */
export function classroomEffect(ctx: Ctx, table: Sitting, action: ClassroomAction): Sitting {
  const { data } = table;
  const m = data.minute;
  const only = (next: RoundData): Sitting => ({ ...table, data: next });
  switch (action.type) {
    case 'decide':
      return deliver(ctx, table, [
        { to: action.delegation, event: { type: 'HUMAN_DECISION', decision: action.decision } },
      ]);
    case 'answer': {
      const reply = (q: Question): ReplyRecord => ({
        minute: m,
        clause: q.clause,
        strength: q.strength,
        reply: action.reply,
        suggested: action.strength ?? null,
        via: q.via,
      });
      return only(settle(data, action.delegation, reply, (r) => `log.studentReply.${r.reply}`));
    }
    case 'say':
      return only(
        log(
          data,
          entry(m, 'log.said', { delegation: action.delegation, text: action.text }, 'neutral', action.delegation),
        ),
      );
    case 'hand': {
      const id = action.delegation;
      const sends: Send[] = [{ to: id, event: { type: 'HAND', to: action.to } }];
      let next = log(
        data,
        entry(m, action.to === 'ai' ? 'log.handedToAi' : 'log.handedToStudents', { delegation: id }, 'neutral', id),
      );
      if (action.to === 'ai') {
        // Questions the students left open are answered by the AI that now holds the seat.
        while (next.questions.some((q) => q.delegation === id)) {
          next = settle(
            next,
            id,
            (q) => aiReply(ctx, { ...table, data: next }, id, q.clause, q.strength, q.via),
            (r) => `log.reply.${r.reply}`,
          );
        }
        // A seat the plenary waits for decides at once, as the AI now holding it.
        const facts = next.awaiting?.includes(id) === true ? plenaryFacts(ctx, next, id) : null;
        if (facts !== null) sends.push(facts);
      }
      return deliver(ctx, { ...table, data: next }, sends);
    }
    case 'inject': {
      const card = ctx.model.scenario.deck.cards.find((c) => c.id === action.card);
      if (card === undefined) return only(data);
      const next = { ...data, dyn: applyCard(ctx, data.dyn, card, m), deck: data.deck.filter((c) => c !== card.id) };
      return only(
        log(
          next,
          entry(m, 'event.card', { card: card.id }, 'neutral'),
          entry(m, 'log.injected', { card: card.id }, 'neutral'),
        ),
      );
    }
    case 'news':
      return only(log(data, entry(m, 'log.news', { text: action.text }, 'neutral')));
    case 'extend':
      return only(
        log(
          { ...data, extraMinutes: data.extraMinutes + action.minutes },
          entry(m, 'log.extended', { minutes: action.minutes }, 'neutral'),
        ),
      );
  }
}
