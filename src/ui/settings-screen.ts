import { DIFFICULTIES, type Difficulty } from '../client';
import { keptList } from './kept-list';
import { button, el, select } from './dom';
import { saveSettings } from './settings';
import { show, type Shell } from './shell';

export function showSettings(shell: Shell, done: () => void): void {
  const { t } = shell;
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
    };
    saveSettings(shell.settings);
    status.textContent = t('ui.settings.saved');
  };
  for (const input of [motion, difficulty.select, size.select]) input.addEventListener('change', store);
  const form = el('form', null, { class: 'settings-form' }, [
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
}
