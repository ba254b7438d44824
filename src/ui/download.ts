import { el } from './dom';

/** Offers text as a file to save: the browser's own download, from memory (no server, no storage needed). */
export function download(name: string, type: string, text: string): void {
  const a = el('a', null, { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  a.click();
  // The click has started the download; the URL is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(a.href), 0);
}
