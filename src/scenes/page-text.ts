/** The game's own font family (src/ui/fonts.css): Latin, Cyrillic and Arabic, whatever the machine has. */
export const FONT = '"Astana Sans", sans-serif';

/** Arabic lays the page out right to left, and the table follows the page. */
export const pageRtl = (): boolean => document.documentElement.dir === 'rtl';

/**
 * How large the page's text is against the usual 16 px: 2 with the browser's text at 200 %, 1.19 with the game's
 * Large setting. The scene's labels grow with it, as the page's text does.
 */
export function textScale(): number {
  const px = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 16 ? px / 16 : 1;
}

/** Waits (at most a few seconds) for the faces the scene's text needs: a canvas draws with whatever is loaded. */
export async function fontsFor(text: string): Promise<void> {
  if (typeof document.fonts?.load !== 'function') return;
  const faces = Promise.all([document.fonts.load(`16px ${FONT}`, text), document.fonts.load(`16px ${FONT}`, '→✓')]);
  await Promise.race([faces.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 3000))]);
}
