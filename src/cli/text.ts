import { createInstance, type TFunction } from 'i18next';
import { isLocale, type Locale } from '../i18n/locale';
import ar from '../i18n/locales/ar.json';
import en from '../i18n/locales/en.json';
import ru from '../i18n/locales/ru.json';

/**
 * The language of the terminal, as POSIX tools read it: LC_ALL, then LC_MESSAGES, then LANG ("ru_RU.UTF-8" is
 * Russian; "C" and anything the game does not speak are English).
 */
export function cliLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  const base = tag.toLowerCase().split(/[-_.@]/)[0];
  return isLocale(base) ? base : 'en';
}

/**
 * The CLI's messages. Numbers are printed as JavaScript prints them, whatever the language, so that a line
 * a script reads in English reads the same with figures in any locale. JSON output is never translated.
 */
export function cliText(locale: Locale = cliLocale()): TFunction {
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    initAsync: false,
    resources: { en: { translation: en }, ru: { translation: ru }, ar: { translation: ar } },
    interpolation: { escapeValue: false },
  });
  return instance.t.bind(instance);
}

export const say: TFunction = cliText();
