import { create } from 'qrcode';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A QR code of `text`, drawn by the `qrcode` library's encoder as one SVG path (built as DOM nodes, not markup),
 * with a quiet zone of four modules, black on white whatever the theme so that any phone reads it.
 */
export function qrCode(text: string, label: string, size = 240): SVGSVGElement {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const quiet = 4;
  const parts: string[] = [];
  for (let y = 0; y < n; y += 1)
    for (let x = 0; x < n; x += 1) if (modules.get(y, x)) parts.push(`M${x + quiet} ${y + quiet}h1v1h-1z`);
  const svg = document.createElementNS(SVG, 'svg');
  const side = n + quiet * 2;
  svg.setAttribute('viewBox', `0 0 ${side} ${side}`);
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'qr-code');
  svg.setAttribute('shape-rendering', 'crispEdges');
  const back = document.createElementNS(SVG, 'rect');
  back.setAttribute('width', String(side));
  back.setAttribute('height', String(side));
  back.setAttribute('fill', '#fff');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', parts.join(''));
  path.setAttribute('fill', '#000');
  svg.append(back, path);
  return svg;
}

/** The address a student's phone opens: this page with the code filled in. */
export const joinUrl = (base: string, code: string): string => `${base.replace(/\/?$/, '/')}?join=${code}`;
