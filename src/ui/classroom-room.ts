import { classroomServer, roomSummary, type DeviceInfo } from '../client';
import type { Play } from '../game/play';
import { delegationName } from '../i18n/content';
import { confirmDialog } from './confirm';
import { button, el } from './dom';
import { joinUrl, qrCode } from './qr-code';
import { onLeave, show } from './shell';

/** The address students can reach: the server's LAN address when this page was opened on the machine itself. */
export async function studentBase(): Promise<string> {
  const loopback = /^(localhost|127\.|\[::1\])/.test(location.host);
  if (!loopback) return location.origin;
  const info = await classroomServer();
  return info?.urls.find((u) => !u.includes('//127.')) ?? location.origin;
}

/** The join code, spelled out for a screen reader ("A 7 K P Q"). */
export const spelled = (code: string): string => [...code].join(' ');

/**
 * The teacher's room (issue 15): the join code and a QR code for the class, every seat with the devices that
 * hold it, and the way to the table. Seats no student has taken when the talks begin go to the computer.
 */
export function showClassroomRoom(play: Play): void {
  const { shell, content } = play;
  const { t, locale, client } = shell;
  const link = play.network;
  if (link === null) return;
  const code = link.code;
  const card = el('div', null, { class: 'join-card' }, [
    el('p', t('ui.network.codeLabel'), { class: 'meta' }),
    el('p', code, { class: 'join-code', 'aria-label': t('ui.network.codeSpelled', { code: spelled(code) }) }),
  ]);
  const url = el('p', null, { class: 'join-url' });
  card.append(url);
  void studentBase().then((base) => {
    const address = joinUrl(base, code);
    url.textContent = address;
    card.insertBefore(qrCode(address, t('ui.network.qrLabel', { code: spelled(code) })), url);
  });
  const seats = el('ul', null, { class: 'device-list', 'aria-labelledby': 'devices-title' });
  const status = el('p', null, { role: 'status', class: 'status' });
  let mediatorOpen = false;
  void roomSummary(code).then((summary) => {
    mediatorOpen = summary !== null && summary !== 'unreachable' && summary.mediator.open;
    draw();
  });
  const draw = (): void => {
    const devices = link.devices();
    const view = client.view('teacher');
    const line = (title: string, key: string): HTMLElement => {
      const held = devices.filter((d: DeviceInfo) => d.seat === key);
      const named = key !== 'projector' && key !== 'teacher';
      const who = named
        ? held.map((d) => `${d.name}${d.connected ? '' : ` (${t('ui.network.dropped')})`}`)
        : [t('ui.network.devicesN', { count: held.length })];
      return el('li', null, { class: held.length === 0 ? 'empty' : '' }, [
        el('strong', title),
        el('span', ` — ${held.length === 0 ? t('ui.network.noDevice') : who.join(', ')}`),
      ]);
    };
    const humans = (view?.delegations ?? []).filter((d) => d.controller === 'human');
    seats.replaceChildren(
      ...humans.map((d) => line(delegationName(content, d.id, locale), `delegation:${d.id}`)),
      ...(mediatorOpen ? [line(t('ui.network.mediatorSeat'), 'mediator')] : []),
      line(t('ui.network.projector'), 'projector'),
      line(t('ui.network.teacherDevices'), 'teacher'),
    );
  };
  /** To the screen the round is at: the briefing until the talks start, then the table or the plenary. */
  const openTable = (): void => {
    const phase = client.view('teacher')?.phase;
    if (phase === 'briefing') play.nav.briefing();
    else if (phase === 'plenary' || phase === 'outcome') play.nav.plenary();
    else play.nav.table();
  };
  const end = async (): Promise<void> => {
    const yes = await confirmDialog({
      title: t('ui.network.endTitle'),
      body: t('ui.network.endBody'),
      confirm: t('ui.network.endYes'),
      cancel: t('ui.network.endNo'),
    });
    if (!yes) return;
    status.textContent = t('ui.network.ending');
    link.end();
  };
  const actions = el('div', null, { class: 'actions-row' }, [
    button(t('ui.network.openTable'), openTable, { class: 'primary' }),
    button(t('ui.classroom.printCards'), () => play.nav.printCards(0)),
    button(t('ui.network.endLesson'), () => void end(), { class: 'danger' }),
    button(t('ui.network.leave'), () => play.nav.menu()),
  ]);
  const page = el('section', null, { class: 'screen classroom-room' }, [
    el('h1', t('ui.network.roomHeading'), { id: 'room-title' }),
    el('p', t('ui.network.roomIntro')),
    card,
    el('div', null, { class: 'room-side' }, [
      el('h2', t('ui.network.devicesHeading'), { id: 'devices-title' }),
      seats,
      el('p', t('ui.network.emptySeats'), { class: 'hint' }),
      status,
      actions,
    ]),
  ]);
  show(shell, 'classroom-room', page);
  draw();
  onLeave(link.onChange(draw));
  onLeave(client.watch('teacher', draw));
}
