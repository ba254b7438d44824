import { DIFFICULTIES, type Difficulty } from '../client';
import { ENDONYMS, isLocale, LOCALES, switchLocale } from '../i18n';
import { keptList } from './kept-list';
import { button, el, select } from './dom';
import { saveSettings } from './settings';
import { setLanguage, show, type Shell } from './shell';

export function showSettings(shell: Shell, done: () => void, said?: string): void {
  const { t } = shell;
  const language = select(
    t('ui.settings.language'),
    'language',
    LOCALES.map((l) => ({ value: l, text: ENDONYMS[l] })),
    shell.locale,
  );
  // Each language's name is written in that language, and marked so a screen reader says it in its own voice.
  for (const option of language.select.options) option.lang = option.value;
  language.select.setAttribute('aria-describedby', 'set-language-hint');
  const motion = el('input', null, { type: 'checkbox', id: 'set-motion', 'aria-describedby': 'set-motion-hint' });
  motion.checked = shell.settings.reduceMotion;
  const difficulty = select(
    t('ui.settings.difficulty'),
    'difficulty',
    DIFFICULTIES.map((d) => ({ value: d, text: t(`ui.difficulty.${d}`) })),
    shell.settings.difficulty,
  );
  const size = select(
    t('ui.settings.textSize'),
    'text-size',
    [
      { value: 'normal', text: t('ui.settings.textNormal') },
      { value: 'large', text: t('ui.settings.textLarge') },
    ],
    shell.settings.textSize,
  );
  const status = el('p', null, { role: 'status', class: 'hint' });
  const store = (): void => {
    shell.settings = {
      reduceMotion: motion.checked,
      difficulty: difficulty.select.value as Difficulty,
      textSize: size.select.value === 'large' ? 'large' : 'normal',
      language: shell.settings.language,
    };
    saveSettings(shell.settings);
    status.textContent = t('ui.settings.saved');
  };
  for (const input of [motion, difficulty.select, size.select]) input.addEventListener('change', store);
  // A new language redraws this screen in it, with the focus back on the switch.
  language.select.addEventListener('change', () => {
    const chosen = language.select.value;
    if (!isLocale(chosen)) return;
    void switchLocale(shell.i18n, chosen).then(
      () => {
        shell.settings = { ...shell.settings, language: chosen };
        saveSettings(shell.settings);
        setLanguage(shell, chosen);
        showSettings(shell, done, shell.t('ui.settings.saved'));
        document.querySelector<HTMLSelectElement>('select[name="language"]')?.focus();
      },
      () => {
        // Offline before this language was ever fetched: the page stays as it was, and says why.
        language.select.value = shell.locale;
        status.textContent = t('ui.settings.languageFailed', { language: ENDONYMS[chosen] });
      },
    );
  });
  const form = el('form', null, { class: 'settings-form' }, [
    el('div', null, { class: 'field-group' }, [
      language.wrap,
      el('p', t('ui.settings.languageHint'), { id: 'set-language-hint', class: 'hint' }),
    ]),
    el('div', null, { class: 'check' }, [
      motion,
      el('label', t('ui.settings.reduceMotion'), { for: 'set-motion' }),
      el('p', t('ui.settings.reduceMotionHint'), { id: 'set-motion-hint', class: 'hint' }),
    ]),
    difficulty.wrap,
    size.wrap,
  ]);
  form.addEventListener('submit', (e) => e.preventDefault());
  // Rounds put aside and saves that could not be read (issue 20); the host says what each round holds.
  const kept = keptList(shell);
  show(
    shell,
    'settings',
    el('section', null, { class: 'screen narrow' }, [
      el('h1', t('ui.settings.heading')),
      form,
      status,
      kept,
      button(t('ui.settings.done'), done, { class: 'primary' }),
    ]),
  );
  // Said after the status is on the page, so that screen readers announce it.
  if (said !== undefined) setTimeout(() => (status.textContent = said), 100);
}
