import type { Controls, MoveKind } from './controls';
import type { DraftEditor } from './draft-editor';
import type { LogPanel } from './log-panel';

export const KEY_MOVES: Readonly<Record<string, MoveKind>> = {
  c: 'consult',
  s: 'sound',
  t: 'shuttle',
  a: 'assure',
  g: 'caucus',
  r: 'recall',
  p: 'plenary',
};

interface Parts {
  readonly help: HTMLDialogElement;
  readonly moves: Controls;
  readonly draft: DraftEditor;
  readonly log: LogPanel;
  readonly perform: (kind: MoveKind) => unknown;
}

/**
 * The table's keys. They work wherever the focus is except in a text field, lists included: in a list the
 * arrow keys choose, and a letter is a move, not a jump to the option that starts with it (the help says so).
 */
export function tableKeys({ help, moves, draft, log, perform }: Parts): (e: KeyboardEvent) => void {
  return (e) => {
    const target = e.target as HTMLElement;
    // No table shortcut while a dialog (help, a confirmation, a seat's turn) is open, or while typing.
    if (
      e.ctrlKey ||
      e.metaKey ||
      e.altKey ||
      document.querySelector('dialog[open]') !== null ||
      ['INPUT', 'TEXTAREA'].includes(target.tagName) ||
      target.isContentEditable
    )
      return;
    // On a Russian or Arabic keyboard the letter printed is not Latin: the key's place (KeyC) says which it is.
    const key = /^[a-z?]$/i.test(e.key)
      ? e.key.toLowerCase()
      : /^Key[A-Z]$/.test(e.code)
        ? e.code.slice(3).toLowerCase()
        : e.key;
    const move = KEY_MOVES[key];
    if (e.key === '?') help.showModal();
    else if (move !== undefined && !moves.root.hidden) void perform(move);
    else if (key === 'e' && !draft.root.hidden) draft.first.focus();
    else if (key === 'd') document.getElementById('dossier-panel')?.focus();
    else if (key === 'l') log.focus();
    else return;
    e.preventDefault();
  };
}
