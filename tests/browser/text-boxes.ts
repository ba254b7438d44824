import type { Page } from 'playwright-core';

/**
 * Emulates the browser's own text-size setting: Chromium's default font size, which `font-size: 100%` on the
 * root follows (16 px is 100 %, 32 px is 200 %).
 */
export async function browserTextSize(page: Page, percent: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: (16 * percent) / 100, fixed: (13 * percent) / 100 } });
}

/**
 * What is wrong with the text on the page as it is drawn: line boxes of different texts that overlap, text cut off
 * by a box that hides its overflow, and a page wider than the window. Text scrolled out of a scrolling panel is
 * out of view, not overlapping; with a modal dialog open only the dialog counts.
 */
export function textProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const dialog = document.querySelector<HTMLElement>('dialog[open]');
    const root = dialog ?? document.body;
    const label = (el: Element): string =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    type Box = { left: number; top: number; right: number; bottom: number };
    const clipOf = (el: Element): Box | null => {
      let box: Box = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
      // Inside a panel that scrolls, text beyond its edge is scrolled away, not cut.
      let scrolled = false;
      for (let a = el.parentElement; a !== null; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const r = a.getBoundingClientRect();
        box = {
          left: Math.max(box.left, r.left),
          top: Math.max(box.top, r.top),
          right: Math.min(box.right, r.right),
          bottom: Math.min(box.bottom, r.bottom),
        };
        // A box that hides what does not fit: text cut at its edge is lost, not scrolled.
        const own = el.getBoundingClientRect();
        const hides = (o: string): boolean => o === 'hidden' || o === 'clip';
        const cutX = hides(style.overflowX) && (own.left < r.left - 1 || own.right > r.right + 1);
        const cutY = hides(style.overflowY) && (own.top < r.top - 1 || own.bottom > r.bottom + 1);
        if (!scrolled && own.width > 0 && (cutX || cutY) && !a.classList.contains('stage'))
          problems.push(`cut: ${label(el)} by ${label(a)}`);
        if (['auto', 'scroll'].includes(style.overflowX) || ['auto', 'scroll'].includes(style.overflowY))
          scrolled = true;
      }
      return box.right > box.left && box.bottom > box.top ? box : null;
    };
    // A sticky or fixed box (the result of the last move) floats over the page as it scrolls: text beneath it is
    // covered, as under a header, not overlapping.
    const floating = [...root.querySelectorAll('*')].filter((e) =>
      ['sticky', 'fixed'].includes(getComputedStyle(e).position),
    );
    const covered = (el: Element, b: Box): boolean =>
      floating.some((f) => {
        if (f.contains(el)) return false;
        const r = f.getBoundingClientRect();
        return b.left < r.right && r.left < b.right && b.top < r.bottom && r.top < b.bottom;
      });
    const lines: { box: Box; el: Element; node: Text }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const el = node.parentElement;
      if (el === null || (node.textContent ?? '').trim() === '') continue;
      if (el.closest('.visually-hidden, [hidden], script, style, option, title') !== null) continue;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible' || style.opacity === '0') continue;
      const clip = clipOf(el);
      if (clip === null) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        const box = {
          left: Math.max(r.left, clip.left),
          top: Math.max(r.top, clip.top),
          right: Math.min(r.right, clip.right),
          bottom: Math.min(r.bottom, clip.bottom),
        };
        if (box.right - box.left > 1 && box.bottom - box.top > 1 && !covered(el, box))
          lines.push({ box, el, node: node as Text });
      }
    }
    for (let i = 0; i < lines.length; i += 1) {
      for (let j = i + 1; j < lines.length; j += 1) {
        const a = lines[i];
        const b = lines[j];
        if (a === undefined || b === undefined || a.node === b.node) continue;
        const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        // Neighbouring lines and words touch; overlapping ones share more than a sliver.
        if (w > 3 && h > 3) problems.push(`overlap: ${label(a.el)} / ${label(b.el)}`);
      }
    }
    if (document.documentElement.scrollWidth > innerWidth + 1)
      problems.push(`page wider than the window: ${document.documentElement.scrollWidth} > ${innerWidth}`);
    return [...new Set(problems)];
  });
}
