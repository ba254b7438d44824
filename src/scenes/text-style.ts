import type { GameObjects, Scene, Types } from 'phaser';
import { FONT, pageRtl } from './page-text';

/**
 * The one place the table's text gets its look: every Text the scene makes takes its style from here, so a
 * change of font or of writing direction is made once.
 */

/** The game's own face (assets/fonts, Noto Sans, SIL OFL 1.1, src/ui/fonts.css): Latin, Cyrillic and Arabic. */
export { FONT } from './page-text';

/** No text at the table is drawn smaller than this many CSS pixels; the draft never below DRAFT_MIN_PX. */
export const MIN_PX = 12;
export const DRAFT_MIN_PX = 14;

/**
 * A text style in the table's font. `px` is the size in CSS pixels, never under MIN_PX. Drawn right to left when
 * the page is (Phaser then shapes Arabic in the DOM); `addText` keeps the origin at the top left either way.
 */
export function textStyle(
  px: number,
  colour: string,
  extra: Types.GameObjects.Text.TextStyle = {},
): Types.GameObjects.Text.TextStyle {
  const size = `${Math.round(Math.max(MIN_PX, px))}px`;
  return { fontFamily: FONT, fontSize: size, color: colour, rtl: pageRtl(), ...extra };
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

/** Adds a text at (x, y) by its top left corner: Phaser anchors a right-to-left text at its right edge. */
export function addText(
  scene: Scene,
  x: number,
  y: number,
  words: string,
  style: Types.GameObjects.Text.TextStyle,
): GameObjects.Text {
  return scene.add.text(x, y, words, style).setOrigin(0, 0);
}
