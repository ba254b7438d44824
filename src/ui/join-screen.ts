import {
  CODE_LENGTH,
  isJoinCode,
  normalCode,
  type JoinOptions,
  type RoomSummary,
  type ScenarioContent,
} from '../client';
import type { JoinScreen } from '../game/screens';
import { delegationName, pick } from '../i18n/content';
import { button, el } from './dom';
import { show, type Shell } from './shell';

/**
 * How a device comes into a networked classroom (issue 15): the join code (filled in when the QR code's
 * address opened the page), then a seat: the one the teacher put the student's name on, a free one, the
 * mediator's when a student has it, or the projector. The server has the last word on every choice.
 */
export function showJoin(shell: Shell, screen: JoinScreen, given: string): void {
  const { t } = shell;
  const status = el('p', null, { role: 'status', class: 'status', id: 'join-status' });
  const codeInput = el('input', null, {
    type: 'text',
    name: 'code',
    value: normalCode(given).slice(0, CODE_LENGTH),
    maxlength: String(CODE_LENGTH + 2),
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    required: true,
    'aria-describedby': 'join-status',
  });
  const codeForm = el('form', null, { class: 'inline-form join-code-form' }, [
    el('label', null, { class: 'field' }, [el('span', t('ui.network.codeField')), codeInput]),
    el('button', t('ui.network.find'), { type: 'submit', class: 'primary' }),
  ]);
  const seatSlot = el('div');
  let busy = false;
  const say = (text: string, alert = false): void => {
    status.textContent = text;
    status.className = alert ? 'status refused' : 'status';
    status.setAttribute('role', alert ? 'alert' : 'status');
  };

  const seatForm = (room: RoomSummary, content: ScenarioContent): HTMLFormElement => {
    const choices: { value: string; text: string }[] = [
      ...room.seats.map((s) => {
        const delegation = delegationName(content, s.delegation, shell.locale);
        return {
          value: s.delegation as string,
          text:
            s.assigned.length === 0
              ? t('ui.network.freeSeat', { delegation })
              : t('ui.network.assignedSeat', { delegation, names: s.assigned.join(', ') }),
        };
      }),
      ...(room.mediator.open ? [{ value: 'mediator', text: t('ui.network.mediatorChoice') }] : []),
      { value: 'projector', text: t('ui.network.projectorChoice') },
    ];
    const radios = choices.map((c, i) =>
      el('label', null, { class: 'choice' }, [
        el('input', null, { type: 'radio', name: 'seat', value: c.value, required: true, checked: i === 0 }),
        el('span', ` ${c.text}`),
      ]),
    );
    const name = el('input', null, { type: 'text', name: 'name', maxlength: '40', autocomplete: 'given-name' });
    const nameField = el('label', null, { class: 'field' }, [el('span', t('ui.network.nameField')), name]);
    const form = el('form', null, { class: 'join-seat-form', 'aria-labelledby': 'seat-legend' }, [
      el('fieldset', null, { class: 'seat-choices' }, [
        el('legend', t('ui.network.seatLegend'), { id: 'seat-legend' }),
        ...radios,
      ]),
      nameField,
      el('div', null, { class: 'actions-row' }, [
        el('button', t('ui.network.joinButton'), { type: 'submit', class: 'primary' }),
      ]),
    ]);
    const chosen = (): string => form.querySelector<HTMLInputElement>('input[name=seat]:checked')?.value ?? '';
    const sync = (): void => {
      nameField.hidden = chosen() === 'projector';
    };
    form.addEventListener('change', sync);
    sync();
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (busy) return;
      const seat = chosen();
      const typed = name.value.trim();
      if (seat !== 'projector' && typed === '') {
        say(t('ui.network.nameNeeded'), true);
        name.focus();
        return;
      }
      const options: JoinOptions =
        seat === 'projector'
          ? { code: room.code, role: 'projector' }
          : { code: room.code, role: 'seat', seat: seat as never, name: typed };
      busy = true;
      say(t('ui.network.joining'));
      void screen.join(options, room.round).then((outcome) => {
        busy = false;
        if (outcome !== null) say(t('ui.network.joinFailed', { reason: outcome.error }), true);
      });
    });
    return form;
  };

  const find = async (): Promise<void> => {
    const code = normalCode(codeInput.value);
    codeInput.value = code;
    if (!isJoinCode(code)) {
      say(t('ui.network.badCode', { length: CODE_LENGTH }), true);
      return;
    }
    say(t('ui.network.finding'));
    const room = await screen.lookUp(code);
    if (room === 'unreachable') return say(t('ui.network.unreachable'), true);
    if (room === null) return say(t('ui.network.noRoom'), true);
    // The round's names come from this page's own copy of the scenarios, as every screen's do.
    const content = await shell.client.request('content', { round: room.round });
    if (!content.ok) return say(t('ui.network.noRoom'), true);
    say(t('ui.network.found', { code, round: pick(content.value.round.title, shell.locale) }));
    seatSlot.replaceChildren(seatForm(room, content.value));
    seatSlot.querySelector<HTMLInputElement>('input[name=seat]:checked')?.focus();
  };
  codeForm.addEventListener('submit', (e) => {
    e.preventDefault();
    void find();
  });
  const mine = screen.rooms();
  const teacherRooms =
    mine.length === 0
      ? null
      : el('section', null, { class: 'panel', 'aria-labelledby': 'mine-title' }, [
          el('h2', t('ui.network.yourRooms'), { id: 'mine-title' }),
          el(
            'ul',
            null,
            { class: 'room-list' },
            mine.map((r) =>
              el('li', null, {}, [
                el('span', `${r.code} · ${r.round} · ${new Date(r.created).toLocaleString(shell.locale)} `),
                button(t('ui.network.rejoin', { code: r.code }), () => {
                  say(t('ui.network.joining'));
                  void screen
                    .rejoin(r.code)
                    .then((o) => o !== null && say(t('ui.network.joinFailed', { reason: o.error }), true));
                }),
              ]),
            ),
          ),
        ]);
  const page = el('section', null, { class: 'screen join-screen' }, [
    el('h1', t('ui.network.joinHeading')),
    el('p', t('ui.network.joinIntro')),
    codeForm,
    status,
    seatSlot,
    teacherRooms,
    el('div', null, { class: 'actions-row' }, [button(t('ui.back'), () => screen.back())]),
  ]);
  show(shell, 'join', page);
  if (isJoinCode(codeInput.value)) void find();
}
