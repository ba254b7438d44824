import { classroomServer, type DeviceInfo, type RoundView } from '../client';
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
  const draw = (): void => {
    const devices = link.devices();
    const view = client.view('teacher');
    const line = (title: string, key: string): HTMLElement => {
      const held = devices.filter((d: DeviceInfo) => d.seat === key);
      const who = held.map((d) => `${d.name}${d.connected ? '' : ` (${t('ui.network.dropped')})`}`);
      return el('li', null, { class: held.length === 0 ? 'empty' : '' }, [
        el('strong', title),
        el('span', ` — ${held.length === 0 ? t('ui.network.noDevice') : who.join(', ')}`),
      ]);
    };
    const humans = (view?.delegations ?? []).filter((d) => d.controller === 'human');
    seats.replaceChildren(
      ...humans.map((d) => line(delegationName(content, d.id, locale), `delegation:${d.id}`)),
      line(t('ui.network.mediatorSeat'), 'mediator'),
      line(t('ui.network.projector'), 'projector'),
      line(t('ui.network.teacherDevices'), 'teacher'),
    );
  };
  /** Into the talks: before they start, a students' seat with no device goes to the computer. */
  const openTable = async (): Promise<void> => {
    const view = client.view('teacher') as RoundView | null;
    if (view?.phase === 'briefing') {
      const devices = link.devices();
      const empty = view.delegations.filter(
        (d) => d.controller === 'human' && !devices.some((x) => x.seat === `delegation:${d.id}`),
      );
      for (const d of empty) await client.request('act', { action: `hand ${d.id} ai` });
      play.nav.briefing();
      return;
    }
    if (view?.phase === 'plenary' || view?.phase === 'outcome') play.nav.plenary();
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
  const page = el('section', null, { class: 'screen classroom-room' }, [
    el('h1', t('ui.network.roomHeading'), { id: 'room-title' }),
    el('p', t('ui.network.roomIntro')),
    card,
    el('h2', t('ui.network.devicesHeading'), { id: 'devices-title' }),
    seats,
    el('p', t('ui.network.emptySeats'), { class: 'hint' }),
    status,
    el('div', null, { class: 'actions-row' }, [
      button(t('ui.network.openTable'), () => void openTable(), { class: 'primary' }),
      button(t('ui.classroom.printCards'), () => play.nav.printCards(0)),
      button(t('ui.network.endLesson'), () => void end(), { class: 'danger' }),
      button(t('ui.network.leave'), () => play.nav.menu()),
    ]),
  ]);
  show(shell, 'classroom-room', page);
  draw();
  onLeave(link.onChange(draw));
  onLeave(client.watch('teacher', draw));
}
