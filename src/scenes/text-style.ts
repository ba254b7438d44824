import type { GameObjects, Types } from 'phaser';

/**
 * The one place the table's text gets its look: every Text the scene makes takes its style from here, so a
 * change of font or of writing direction is made once.
 */

/** The game's own face (assets/fonts, Noto Sans, SIL OFL 1.1), then whatever sans-serif the machine has. */
export const FONT = '"Astana Sans", "DejaVu Sans", sans-serif';

/** No text at the table is drawn smaller than this many CSS pixels; the draft never below DRAFT_MIN_PX. */
export const MIN_PX = 12;
export const DRAFT_MIN_PX = 14;

const FACES = [
  { weight: '400', file: 'noto-sans-latin-400-normal.woff2' },
  { weight: '700', file: 'noto-sans-latin-700-normal.woff2' },
] as const;

/** Latin only, as the font files are: other scripts fall back to the machine's sans-serif. */
const LATIN = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+2212';

/** A text style in the table's font. `px` is the size in CSS pixels, never under MIN_PX. */
export function textStyle(
  px: number,
  colour: string,
  extra: Types.GameObjects.Text.TextStyle = {},
): Types.GameObjects.Text.TextStyle {
  return { fontFamily: FONT, fontSize: `${Math.round(Math.max(MIN_PX, px))}px`, color: colour, ...extra };
}

const styled = new WeakMap<GameObjects.Text, string>();

/*
 * Phaser draws a Text again and uploads its texture on every setStyle, setWordWrapWidth or setColor, even to the
 * value it has (setStyle measures the font too). The table sets them on every layout, for every label: on a
 * software renderer those uploads were the slowest frames of a move. These three change only what changed.
 */

/** Gives `text` this style unless it has it already. */
export function restyle(text: GameObjects.Text, style: Types.GameObjects.Text.TextStyle): GameObjects.Text {
  const key = JSON.stringify(style);
  if (styled.get(text) === key && text.style.color === style.color) return text;
  styled.set(text, key);
  return text.setStyle(style);
}

/** Wraps `text` at `width` unless it does already. */
export function wrapAt(text: GameObjects.Text, width: number): GameObjects.Text {
  return text.style.wordWrapWidth === width ? text : text.setWordWrapWidth(width);
}

/** Colours `text` unless it has the colour already. */
export function recolour(text: GameObjects.Text, colour: string): GameObjects.Text {
  return text.style.color === colour ? text : text.setColor(colour);
}

/**
 * Loads the table's face before the first text is drawn (a canvas draws with whatever is loaded at that
 * moment and does not redraw when a face arrives). Gives up after `waitMs`: the fallback face is legible too.
 */
export async function loadTableFont(waitMs = 3000): Promise<void> {
  if (typeof FontFace !== 'function' || document.fonts === undefined) return;
  const loading = FACES.map((face) => {
    const existing = [...document.fonts].find((f) => f.family.includes('Astana Sans') && f.weight === face.weight);
    if (existing !== undefined) return existing.load();
    const font = new FontFace('Astana Sans', `url("/fonts/${face.file}") format("woff2")`, {
      weight: face.weight,
      style: 'normal',
      unicodeRange: LATIN,
      display: 'swap',
    });
    document.fonts.add(font);
    return font.load();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, waitMs);
  });
  await Promise.race([Promise.all(loading).catch(() => undefined), late]);
  clearTimeout(timer);
}
