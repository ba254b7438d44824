import {
  DELEGATIONS,
  DIFFICULTIES,
  type Controller,
  type DelegationId,
  type Difficulty,
  type ScenarioContent,
  type SomeDelegations,
} from '../client';
import { DEFAULT_LESSON_MINUTES } from '../game/lesson';
import type { LessonChoice, RunOnNetwork } from '../game/screens';
import { delegationName, pick } from '../i18n/content';
import { button, el, select } from './dom';
import { flagSvg } from './flag-svg';
import { show, type Shell } from './shell';
import { flagOf } from './words';

function textField(
  label: string,
  name: string,
  value: string,
  attrs: Record<string, string> = {},
): { wrap: HTMLLabelElement; input: HTMLInputElement } {
  const input = el('input', null, { type: 'text', name, value, autocomplete: 'off', ...attrs });
  return { wrap: el('label', null, { class: 'field' }, [el('span', label), input]), input };
}

/** One form, filled in well under three minutes: the round, each seat's players, the lesson's length. */
export function showClassroomSetup(
  shell: Shell,
  content: ScenarioContent,
  seed: string,
  start: (choice: LessonChoice) => void,
  cancel: () => void,
  network: RunOnNetwork | null = null,
): void {
  const { t, locale } = shell;
  const roundPick = select(
    t('ui.classroom.round'),
    'round',
    [{ value: content.id, text: pick(content.round.title, locale) }],
    content.id,
  );
  const ids = DELEGATIONS.filter((d) => content.seats[d] !== undefined);
  const seats = ids.map((id) => {
    const name = delegationName(content, id, locale);
    const by = select(
      t('ui.classroom.playedBy'),
      `control-${id}`,
      [
        { value: 'ai', text: t('ui.classroom.ai') },
        { value: 'human', text: t('ui.classroom.human') },
      ],
      'ai',
    );
    by.select.setAttribute('aria-label', `${name}: ${t('ui.classroom.playedBy')}`);
    const names = textField(t('ui.classroom.names'), `names-${id}`, '', {
      'aria-label': `${name}: ${t('ui.classroom.names')}`,
      maxlength: '120',
    });
    const sync = (): void => void (names.input.disabled = by.select.value !== 'human');
    by.select.addEventListener('change', sync);
    sync();
    const row = el('fieldset', null, { class: 'seat-row' }, [
      el('legend', null, {}, [flagSvg(flagOf(content, id), 28), el('span', ` ${name}`)]),
      by.wrap,
      names.wrap,
    ]);
    return { id, by: by.select, names: names.input, row };
  });
  const mediator = textField(t('ui.classroom.mediator'), 'mediator', t('ui.classroom.teacher'), { maxlength: '80' });
  const minutes = el('input', null, {
    type: 'number',
    name: 'minutes',
    min: '5',
    max: '240',
    step: '5',
    value: String(DEFAULT_LESSON_MINUTES),
  });
  const minutesWrap = el('label', null, { class: 'field' }, [el('span', t('ui.classroom.minutes')), minutes]);
  const difficulty = select(
    t('ui.classroom.difficulty'),
    'difficulty',
    DIFFICULTIES.map((d) => ({ value: d, text: t(`ui.difficulty.${d}`) })),
    shell.settings.difficulty,
  );
  const seedField = textField(t('ui.classroom.seed'), 'seed', seed, { maxlength: '40', inputmode: 'numeric' });
  const form = el('form', null, { class: 'setup-form', 'aria-labelledby': 'setup-title' });
  const choice = (): LessonChoice => {
    const controllers: SomeDelegations<Controller> = {};
    const names: SomeDelegations<string> = {};
    for (const s of seats) {
      if (s.by.value !== 'human') continue;
      controllers[s.id as DelegationId] = 'human';
      names[s.id as DelegationId] = s.names.value.trim();
    }
    const m = Number(minutes.value);
    return {
      seed: seedField.input.value.trim() || seed,
      difficulty: difficulty.select.value as Difficulty,
      controllers,
      names,
      mediator: mediator.input.value.trim() || t('ui.classroom.teacher'),
      minutes: Number.isFinite(m) && m >= 5 ? Math.min(240, Math.round(m)) : DEFAULT_LESSON_MINUTES,
    };
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    start(choice());
  });
  form.append(
    roundPick.wrap,
    el('fieldset', null, { class: 'seats' }, [
      el('legend', t('ui.classroom.seats')),
      el('p', t('ui.classroom.seatsHint'), { class: 'hint' }),
      ...seats.map((s) => s.row),
    ]),
    el('div', null, { class: 'fields setup-fields' }, [mediator.wrap, minutesWrap, difficulty.wrap, seedField.wrap]),
    el('div', null, { class: 'actions-row' }, [
      el('button', t('ui.classroom.start'), { type: 'submit', class: 'primary' }),
      button(t('ui.classroom.cancel'), cancel),
    ]),
    ...(network === null ? [] : [networkFields(shell, network, choice)]),
  );
  const page = el('section', null, { class: 'screen classroom-setup' }, [
    el('h1', t('ui.classroom.setupHeading'), { id: 'setup-title' }),
    el('p', t('ui.classroom.setupIntro')),
    form,
  ]);
  show(shell, 'classroom', page);
}

/**
 * "Run on this network" (issue 15), beside the one-device lesson when the page came from the classroom server:
 * every student on their own device, the round on the server.
 */
function networkFields(shell: Shell, network: RunOnNetwork, choice: () => LessonChoice): HTMLElement {
  const { t } = shell;
  const studentMediator = el('input', null, { type: 'checkbox', name: 'student-mediator' });
  const status = el('p', null, { role: 'status', class: 'status' });
  let busy = false;
  const run = button(
    t('ui.network.run'),
    () => {
      if (busy) return;
      busy = true;
      run.disabled = true;
      status.className = 'status';
      status.textContent = t('ui.network.creating');
      void network(choice(), studentMediator.checked).then((outcome) => {
        busy = false;
        run.disabled = false;
        if (outcome === null) return;
        status.className = 'status refused';
        status.textContent = outcome.error;
      });
    },
    { class: 'primary' },
  );
  return el('fieldset', null, { class: 'network-fields' }, [
    el('legend', t('ui.network.legend')),
    el('p', t('ui.network.setupHint'), { class: 'hint' }),
    el('label', null, { class: 'choice' }, [studentMediator, el('span', ` ${t('ui.network.studentMediator')}`)]),
    el('div', null, { class: 'actions-row' }, [run]),
    status,
  ]);
}
