import { FLAG_H, FLAG_W, type FlagShape } from '../scenes/flag-shapes';

const NS = 'http://www.w3.org/2000/svg';

/** A flag as inline SVG, decorative: the delegation's name is always written beside it. */
export function flagSvg(shapes: readonly FlagShape[], width = 45): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${FLAG_W} ${FLAG_H}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String((width * FLAG_H) / FLAG_W));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'flag');
  for (const s of shapes) {
    const node = document.createElementNS(NS, s.kind === 'poly' ? 'polygon' : s.kind);
    if (s.kind === 'rect')
      for (const [k, v] of Object.entries({ x: s.x, y: s.y, width: s.w, height: s.h })) node.setAttribute(k, String(v));
    if (s.kind === 'circle')
      for (const [k, v] of Object.entries({ cx: s.cx, cy: s.cy, r: s.r })) node.setAttribute(k, String(v));
    if (s.kind === 'poly') node.setAttribute('points', s.points.join(' '));
    node.setAttribute('fill', s.fill);
    svg.append(node);
  }
  const frame = document.createElementNS(NS, 'rect');
  for (const [k, v] of Object.entries({
    x: 0.25,
    y: 0.25,
    width: FLAG_W - 0.5,
    height: FLAG_H - 0.5,
    fill: 'none',
    stroke: '#00000055',
    'stroke-width': 0.5,
  }))
    frame.setAttribute(k, String(v));
  svg.append(frame);
  return svg;
}
