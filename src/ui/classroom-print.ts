import type { DelegationId } from '../client';
import type { Play } from '../game/play';
import { delegationName } from '../i18n/content';
import { roleCardSlot } from './classroom-card';
import { humanSeats } from './classroom-handover';
import { button, el } from './dom';
import { show } from './shell';

/**
 * The page a card must fit, in CSS pixels: A4's width and Letter's height less the 15 mm print margins
 * (style.css), so the same card fits one sheet of either paper. The sheet is laid out at this width on
 * screen and in print alike (style.css `.card-sheet`).
 */
const MM = 96 / 25.4;
export const CARD_PAGE = { width: (210 - 30) * MM, height: (279.4 - 30) * MM };

/**
 * Shrinks a card that would run past one page, so that it prints on exactly one: measured on a copy laid
 * out at the printed width, since the screen may be narrower.
 */
function fitToPage(sheet: HTMLElement): void {
  const copy = sheet.cloneNode(true) as HTMLElement;
  copy.style.cssText = `position:absolute;left:-99999px;top:0;visibility:hidden;zoom:1;width:${CARD_PAGE.width}px;max-width:none`;
  document.body.append(copy);
  const tall = copy.getBoundingClientRect().height;
  copy.remove();
  // Room for rounding in the print engine.
  const fit = Math.min(1, (CARD_PAGE.height - 12) / Math.max(1, tall));
  if (fit < 1) sheet.style.setProperty('--fit', fit.toFixed(3));
  else sheet.style.removeProperty('--fit');
}

/**
 * Every students' seat's card, one a page, for the teacher to print before the lesson (from the set-up,
 * never the hand-over, where whoever holds the device could print every seat's secrets). Each page names
 * its delegation and says it is confidential.
 */
export function showPrintCards(play: Play, _back: number): void {
  const { shell, content } = play;
  const { t, locale } = shell;
  const seats: readonly DelegationId[] = humanSeats(play);
  const sheets = seats.map((id) => {
    const name = delegationName(content, id, locale);
    const body = el('div', null, { class: 'print-body' });
    const sheet = el('div', null, { class: 'print-page card-sheet', 'data-delegation': id }, [
      el('p', t('ui.classroom.printMark', { delegation: name }), { class: 'print-mark' }),
      body,
    ]);
    roleCardSlot(play, id, 2, body, () => fitToPage(sheet));
    return sheet;
  });
  const page = el('section', null, { class: 'screen print-cards' }, [
    el('h1', t('ui.classroom.printHeading'), { class: 'no-print' }),
    el('p', t(seats.length === 0 ? 'ui.classroom.printNone' : 'ui.classroom.printIntro'), { class: 'no-print' }),
    el('div', null, { class: 'actions-row no-print' }, [
      button(t('ui.classroom.print'), () => window.print(), { class: 'primary', disabled: seats.length === 0 }),
      button(t('ui.classroom.toHandover'), () => play.nav.handover(0)),
    ]),
    ...sheets,
  ]);
  show(shell, 'role-cards', page);
}
