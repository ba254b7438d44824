import type { Localized, RoundFile } from './schema';

/**
 * The Kazakh capital's name by date (issue 18: one name per round, the city's name at the time). Astana
 * was renamed Nur-Sultan on 23 March 2019 and Astana again on 17 September 2022
 * (../shared/history/delegations.md, "Venue changes"). A round is named after the city on its first day.
 */
const CAPITAL: readonly { readonly from: string; readonly name: Localized }[] = [
  { from: '1998-05-06', name: { en: 'Astana', ru: 'Астана', ar: 'أستانا' } },
  { from: '2019-03-23', name: { en: 'Nur-Sultan', ru: 'Нур-Султан', ar: 'نور سلطان' } },
  { from: '2022-09-17', name: { en: 'Astana', ru: 'Астана', ar: 'أستانا' } },
];
const SOCHI: Localized = { en: 'Sochi', ru: 'Сочи', ar: 'سوتشي' };

/** The Kazakh capital's name on a day (ISO date). */
export function capitalOn(date: string): Localized {
  let name = CAPITAL[0]?.name ?? { en: 'Astana' };
  for (const c of CAPITAL) if (c.from <= date) name = c.name;
  return name;
}

type Named = Pick<RoundFile, 'city' | 'number'> & { readonly dates: Pick<RoundFile['dates'], 'start'> };

/** The city a round met in, as it was called on the round's first day. */
export const cityOf = (round: Named): Localized => (round.city === 'sochi' ? SOCHI : capitalOn(round.dates.start));

/**
 * A round's one name, used by the picker, the briefing, saves, records and the debrief: the city as it was
 * called on the round's first day and the round's number ("Nur-Sultan 12"). A round's title starts with it.
 */
export function roundName(round: Named): Localized {
  const city = cityOf(round);
  const out: { en: string; ru?: string; ar?: string } = { en: `${city.en} ${round.number}` };
  if (city.ru !== undefined) out.ru = `${city.ru} ${round.number}`;
  if (city.ar !== undefined) out.ar = `${city.ar} ${round.number}`;
  return out;
}
