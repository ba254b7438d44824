import type { ActionType } from '../actions';
import { delegationModel } from '../model/round-model';
import { addTrust } from '../model/trust';
import { patienceLost, withPatience } from '../model/temper';
import type { Card } from '../scenario/schema';
import { anyCrossed } from '../model/acceptance';
import type { SomeDelegations } from '../vocabulary';
import { entry, seatedIn, type Ctx } from './context';
import type { Sitting } from './deliver';
import type { DelegationDynamics, LogEntry } from './state';

/** Minutes of talks each action takes. */
export const ACTION_MINUTES: Readonly<Record<ActionType, number>> = {
  start: 0,
  proceed: 0,
  consult: 60,
  sound: 30,
  shuttle: 90,
  assure: 30,
  caucus: 90,
  edit: 15,
  recall: 60,
  plenary: 0,
  // The classroom's own moves take no talk time: the teacher grants time with `extend`.
  decide: 0,
  answer: 0,
  say: 0,
  hand: 0,
  inject: 0,
  news: 0,
  extend: 0,
};

/** Applies a card's effects, scaled by each delegation's volatility. */
export function applyCard(
  ctx: Ctx,
  dyn: SomeDelegations<DelegationDynamics>,
  card: Card,
  minute: number,
): SomeDelegations<DelegationDynamics> {
  const next = { ...dyn };
  for (const effect of card.effects) {
    const d = next[effect.delegation];
    if (d === undefined) continue;
    const scale = 0.5 + delegationModel(ctx.model, effect.delegation).personality.volatility;
    next[effect.delegation] = {
      ...d,
      trust: addTrust(d.trust, 'event', effect.trust * scale, minute),
      patience: withPatience(d.patience, effect.patience * scale),
    };
  }
  return next;
}

/**
 * Lets `minutes` of talks pass: patience wears (fast for a delegation whose red line is in the draft),
 * scripted events fire at their minute, and each hour that passes may draw a card from the deck.
 */
export function advance(ctx: Ctx, table: Sitting, minutes: number, limit: number): Sitting {
  const { data } = table;
  if (minutes <= 0) return table;
  const { model, streams } = ctx;
  const from = data.minute;
  const to = Math.min(limit, from + minutes);
  const seated = seatedIn(table.delegations);
  let dyn = { ...data.dyn };
  for (const id of model.delegations) {
    const d = dyn[id];
    if (d === undefined || !seated(id)) continue;
    const dm = delegationModel(model, id);
    const crossed = anyCrossed(dm, table.delegations[id]?.goals ?? {});
    const volatility = dm.personality.volatility;
    // Spelled out rather than spread: this runs for every delegation after every action.
    dyn[id] = {
      trust: d.trust,
      patience: withPatience(d.patience, -patienceLost(to - from, volatility, crossed)),
      revealed: d.revealed,
      replies: d.replies,
      stance: d.stance,
    };
  }
  let log: LogEntry[] | readonly LogEntry[] = data.log;
  const logged = (e: LogEntry): void => {
    log = [...log, e];
  };
  const scriptedEvents = model.scenario.round.events;
  let scripted = data.scripted;
  while (scripted < scriptedEvents.length && (scriptedEvents[scripted]?.at ?? Infinity) <= to) {
    const event = scriptedEvents[scripted];
    scripted += 1;
    if (event === undefined) continue;
    dyn = applyCard(ctx, dyn, event.card, event.at);
    logged(entry(event.at, 'event.card', { card: event.card.id }, 'neutral'));
  }
  let deck = data.deck;
  const rate = model.scenario.deck.rate * model.knobs.events;
  for (let hour = Math.floor(from / 60) + 1; hour * 60 <= to; hour += 1) {
    if (deck.length === 0 || !streams.events.chance(rate)) continue;
    const cards = deck.map((id) => model.scenario.deck.cards.find((c) => c.id === id));
    const index = streams.events.weighted(cards.map((c) => c?.weight ?? 0));
    const card = cards[index];
    if (card === undefined) continue;
    deck = deck.filter((_, i) => i !== index);
    dyn = applyCard(ctx, dyn, card, hour * 60);
    logged(entry(hour * 60, 'event.card', { card: card.id }, 'neutral'));
  }
  return { ...table, data: { ...data, minute: to, dyn, log, deck, scripted } };
}
