import { createInstance, type i18n } from 'i18next';
import { loadContentText } from './content-text';
import { formatter } from './format';
import en from './locales/en.json';

export {
  directionOf,
  ENDONYMS,
  isLocale,
  LOCALES,
  preferredLocale,
  RTL_LOCALES,
  type Locale,
} from './locale';
import { LOCALES, type Locale } from './locale';

type Catalogue = typeof en;

/**
 * English is in the first chunk (it is every locale's fallback). The others are data, not code: JSON files the
 * built game fetches when that language is chosen (and the service worker keeps for offline use).
 */
const URLS: Readonly<Record<Exclude<Locale, 'en'>, string>> = {
  ru: new URL('./locales/ru.json', import.meta.url).href,
  ar: new URL('./locales/ar.json', import.meta.url).href,
};

export async function catalogue(locale: Locale): Promise<Catalogue> {
  if (locale === 'en') return en;
  const response = await fetch(URLS[locale]);
  if (!response.ok) throw new Error(`the ${locale} catalogue did not load (${response.status})`);
  return (await response.json()) as Catalogue;
}

/**
 * One i18next instance for the game. Values are interpolated unescaped because every string is put on
 * the page as text (textContent, aria-label), never as HTML. Numbers are written for the locale.
 */
export async function createI18n(locale: Locale = 'en', given?: Catalogue): Promise<i18n> {
  const resources: Record<string, { translation: Catalogue }> = { en: { translation: en } };
  if (locale !== 'en') {
    const [translation] = await Promise.all([given ?? catalogue(locale), loadContentText(locale)]);
    resources[locale] = { translation };
  }
  const instance = createInstance().use(formatter);
  await instance.init({
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    resources,
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
  });
  return instance;
}

/** Switches a running instance to another locale, fetching its catalogue and scenario texts the first time. */
export async function switchLocale(instance: i18n, locale: Locale): Promise<void> {
  if (!instance.hasResourceBundle(locale, 'translation')) {
    const [translation] = await Promise.all([catalogue(locale), loadContentText(locale)]);
    instance.addResourceBundle(locale, 'translation', translation);
  } else await loadContentText(locale);
  await instance.changeLanguage(locale);
}
