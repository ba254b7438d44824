import { DELEGATIONS, GUARANTORS } from '../vocabulary';
import { duplicates, wordingsOf, type CheckedLibrary, type Report, type SalvagedRound } from './checked';
import { checkDraft, type CheckedAgenda } from './draft-checks';
import { checkHistory } from './history-checks';
import { cityOf, roundName } from './names';
import { checkClause } from './clause-checks';
import { suggest } from './suggest';
import { DAY_MINUTES, morningWords } from './time-words';

const isGuarantor = (d: string): boolean => (GUARANTORS as readonly string[]).includes(d);

/** A round file's own rules and its references to clauses, delegations and decks. */
export function checkRound(library: CheckedLibrary, r: Report, round: SalvagedRound): void {
  const agendaItems = round.agenda ?? [];
  const clauseIds = [...library.clauses.keys()];
  agendaItems.forEach((item, i) => {
    if (item !== undefined && !library.clauses.has(item.clause))
      r.at(
        ['agenda', i, 'clause'],
        'a clause id from scenarios/clauses',
        `"${item.clause}"${suggest(item.clause, clauseIds)}`,
      );
  });
  for (const i of duplicates(agendaItems.map((a) => a?.clause)))
    r.at(['agenda', i, 'clause'], 'each clause once on the agenda', `"${agendaItems[i]?.clause}" again`);
  const seats = round.delegations;
  for (const [d, seat] of Object.entries(seats ?? {})) {
    if (!library.delegations.has(d))
      r.at(['delegations', d], 'a delegation with a profile in scenarios/delegations', `"${d}", which has none`);
    if (seat?.role !== undefined && isGuarantor(d) && seat.role !== 'guarantor')
      r.at(['delegations', d, 'role'], `"guarantor" (${d} is one of the three guarantors)`, `"${seat.role}"`);
    if (seat?.late !== undefined && round.hours !== undefined && seat.late.at > round.hours * 60)
      r.at(
        ['delegations', d, 'late', 'at'],
        `a minute within the talks (0 to ${round.hours * 60})`,
        String(seat.late.at),
      );
  }
  if (round.deck !== undefined && !library.decks.has(round.deck))
    r.at('$.deck', 'a deck id from scenarios/decks', `"${round.deck}"`);
  checkName(r, round);
  checkEvents(r, round);
  checkAttendees(r, round);
  round.lapses?.forEach((lapse, i) => {
    if (lapse === undefined) return;
    checkClause(library, r, ['lapses', i, 'clause'], lapse.clause, [['to', lapse.to]]);
    const clause = library.clauses.get(lapse.clause);
    if (clause?.wordings !== undefined && clause.inForceFrom === undefined)
      r.at(
        ['lapses', i, 'clause'],
        'a clause that sets up an instrument (one with "inForceFrom")',
        `"${lapse.clause}"`,
      );
  });
  // Draft notation is read against the agenda: only against a whole one, or every clause would look unknown.
  if (agendaItems.length === 0 || agendaItems.some((a) => a === undefined)) return;
  const agenda: CheckedAgenda = {
    ids: agendaItems.flatMap((a) => (a === undefined ? [] : [a.clause])),
    max: new Map(
      agendaItems.flatMap((a) => (a === undefined ? [] : [[a.clause, wordingsOf(library, a.clause) ?? null]])),
    ),
  };
  if (round.initialDraft !== undefined) checkDraft(r, '$.initialDraft', round.initialDraft, agenda);
  if (round.history !== undefined) checkHistory(r, round, agenda);
}

/** One name per round (issue 18): the title starts with it and the venue names the same city. */
function checkName(r: Report, round: SalvagedRound): void {
  const { number, dates, title, venue, id } = round;
  if (id !== undefined && number !== undefined) {
    const numbered = Number(id.slice('astana-'.length));
    if (number !== numbered) r.at('$.number', `${numbered} (the number in the id "${id}")`, String(number));
  }
  if (number === undefined || dates === undefined) return;
  const named = { number, dates, city: round.city ?? 'kazakh-capital' };
  const name = roundName(named).en;
  const city = cityOf(named).en;
  if (title !== undefined && !title.en.startsWith(`${name}:`) && title.en !== name)
    r.at(
      '$.title.en',
      `a title that starts with "${name}:" (the city on ${dates.start}, then the number)`,
      `"${title.en}"`,
    );
  if (venue !== undefined && !venue.en.includes(city))
    r.at('$.venue.en', `a venue that names "${city}" (the city's name on ${dates.start})`, `"${venue.en}"`);
}

function checkEvents(r: Report, round: SalvagedRound): void {
  const limit = round.hours === undefined ? undefined : round.hours * 60;
  (round.events ?? []).forEach((event, i) => {
    if (event === undefined) return;
    if (limit !== undefined && event.at > limit)
      r.at(['events', i, 'at'], `a minute within the talks (0 to ${limit})`, String(event.at));
    const said = morningWords(event.card.text.en);
    if (said !== undefined && event.at % DAY_MINUTES !== 0)
      r.at(
        ['events', i, 'at'],
        `a minute that opens a day (0, ${DAY_MINUTES}…) for a text that says "${said}"`,
        String(event.at),
      );
    if (round.delegations === undefined) return;
    event.card.effects.forEach((effect, j) => {
      if (round.delegations?.[effect.delegation] === undefined)
        r.at(
          ['events', i, 'card', 'effects', j, 'delegation'],
          'a delegation taking part in this round',
          `"${effect.delegation}"`,
        );
    });
  });
}

function checkAttendees(r: Report, round: SalvagedRound): void {
  const attendees = round.attendees ?? [];
  for (const i of duplicates(attendees.map((a) => a?.id)))
    r.at(['attendees', i, 'id'], 'an id used once among the attendees', `"${attendees[i]?.id}" again`);
  attendees.forEach((a, i) => {
    if (a !== undefined && (DELEGATIONS as readonly string[]).includes(a.id))
      r.at(['attendees', i, 'id'], 'an attendee without a seat (a delegation goes under "delegations")', `"${a.id}"`);
  });
}
