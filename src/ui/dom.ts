/** Builds an element with text and attributes: every string reaches the page as text, never as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string | null,
  attrs: Record<string, string | boolean | undefined> = {},
  children: readonly (Node | null | undefined | false)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    node.setAttribute(k, v === true ? '' : v);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

export function button(
  text: string,
  onClick: () => void,
  attrs: Record<string, string | boolean | undefined> = {},
): HTMLButtonElement {
  const b = el('button', text, { type: 'button', ...attrs });
  b.addEventListener('click', onClick);
  return b;
}

export function select(
  label: string,
  name: string,
  options: readonly { value: string; text: string }[],
  value?: string,
): { wrap: HTMLLabelElement; select: HTMLSelectElement } {
  const s = el('select', null, { name });
  for (const o of options) s.append(el('option', o.text, { value: o.value }));
  if (value !== undefined) s.value = value;
  const wrap = el('label', null, { class: 'field' }, [el('span', label), s]);
  return { wrap, select: s };
}

/** Moves focus to a screen's heading so screen readers and keyboards start at the top of the new screen. */
export function focusHeading(root: HTMLElement): void {
  const h = root.querySelector<HTMLElement>('h1, h2');
  if (h === null) return;
  h.tabIndex = -1;
  h.focus({ preventScroll: false });
}
