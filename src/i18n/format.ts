import type { FormatterModule } from 'i18next';

/**
 * Numbers, dates, times and lists in the reader's locale, through Intl: Russian writes 3,5 and 1 200, Arabic
 * may write its own digits. Formatters are cached per locale and options, as building one costs more than using it.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit as T;
  const made = make();
  cache.set(key, made);
  return made;
}

export function numberText(locale: string, n: number, options: Intl.NumberFormatOptions = {}): string {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  return cached(key, () => new Intl.NumberFormat(locale, options)).format(n);
}

/** A change with its sign and one decimal: +2.5, −1.0 (0.0 for none). */
export const signedText = (locale: string, n: number): string =>
  numberText(locale, n, { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A figure with one decimal, as trust means are shown. */
export const decimalText = (locale: string, n: number): string =>
  numberText(locale, n, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A calendar date given as YYYY-MM-DD, read as a day (not a moment), so no time zone can move it. */
export function dateText(locale: string, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return iso;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const format = cached(`d|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
  return format.format(day);
}

/** A time of day on the talks' clock, 24-hour. */
export function timeText(locale: string, hours: number, minutes: number): string {
  const format = cached(
    `t|${locale}`,
    () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }),
  );
  return format.format(Date.UTC(2017, 0, 1, hours, minutes));
}

/** "A, B and C" in the locale's words. */
export function listText(locale: string, items: readonly string[]): string {
  return cached(`l|${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}

/** Words in parentheses after a name ("hopes for, learned"): the locale's comma, without an "and". */
export const tagsText = (locale: string, items: readonly string[]): string => items.join(locale === 'ar' ? '، ' : ', ');

/**
 * i18next's formatter for this game: every number a sentence takes is written for the locale without the
 * catalogue having to say so (`alwaysFormat`); `{{start, date}}` writes a YYYY-MM-DD date and
 * `{{time, clock}}` a minute of the day as a time.
 */
export const formatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  format: (value: unknown, format: string | undefined, lng: string | undefined): string => {
    const locale = lng ?? 'en';
    if (format === 'date' && typeof value === 'string') return dateText(locale, value);
    if (format === 'clock' && typeof value === 'number') return timeText(locale, Math.floor(value / 60), value % 60);
    if (typeof value === 'number') return numberText(locale, value);
    // Anything else goes back as it came: i18next makes a string of it.
    return value as string;
  },
};
