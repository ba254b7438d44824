import type { DelegationId } from '../client';
import { namesOf } from '../game/lesson';
import { mediatorView, type Play } from '../game/play';
import { delegationName } from '../i18n/content';
import { roleCardSlot } from './classroom-card';
import { button, el, focusHeading } from './dom';
import { show } from './shell';

/** The seats students hold now. */
export const humanSeats = (play: Play): DelegationId[] =>
  mediatorView(play)
    .delegations.filter((d) => d.controller === 'human')
    .map((d) => d.id);

/** "Pass the device to Iran's delegation — press to reveal": each students' seat reads its card in turn. */
export function showHandover(play: Play, at = 0): void {
  const { shell, content } = play;
  const { t, locale } = shell;
  const seats = humanSeats(play);
  const slot = el('div', null, { class: 'handover-slot' });
  const page = el('section', null, { class: 'screen narrow handover' }, [
    el('h1', t('ui.classroom.handoverHeading')),
    el('p', t('ui.classroom.handoverIntro')),
    slot,
    el('div', null, { class: 'actions-row' }, [button(t('ui.back'), () => play.nav.menu())]),
  ]);
  const id = seats[at];
  if (id === undefined) {
    slot.append(
      el('p', t(seats.length === 0 ? 'ui.classroom.noHuman' : 'ui.classroom.allRead')),
      button(t('ui.classroom.toBriefing'), () => play.nav.briefing(), { class: 'primary' }),
    );
  } else {
    const name = delegationName(content, id, locale);
    const names = namesOf(play.lesson, id);
    const reveal = (): void => {
      const card = el('div');
      slot.replaceChildren(
        card,
        button(t('ui.classroom.hide'), () => play.nav.handover(at + 1), { class: 'primary' }),
      );
      roleCardSlot(play, id, 2, card);
      focusHeading(slot);
      // The card comes from the host a moment later: its heading takes the focus when it is there.
      const watch = new MutationObserver(() => {
        if (card.querySelector('h2') === null) return;
        watch.disconnect();
        focusHeading(slot);
      });
      watch.observe(card, { childList: true, subtree: true });
    };
    slot.append(
      el(
        'h2',
        t('ui.classroom.passTo', {
          delegation: name,
          names: names === '' ? '' : t('ui.classroom.namesSuffix', { names }),
        }),
      ),
      button(t('ui.classroom.reveal', { delegation: name }), reveal, { class: 'primary' }),
    );
  }
  show(shell, 'handover', page);
}
