/**
 * Flags drawn for the project from each profile's plain description (stripes, colours, an emblem), as a
 * list of shapes on a 30 × 20 grid. The briefing draws them as SVG and the table with Phaser Graphics.
 */
export interface FlagSpec {
  readonly stripes: 'horizontal' | 'vertical';
  readonly colours: readonly string[];
  readonly emblem?: { readonly shape: string; readonly colour: string } | undefined;
}

export type FlagShape =
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly fill: string;
    }
  | { readonly kind: 'circle'; readonly cx: number; readonly cy: number; readonly r: number; readonly fill: string }
  | { readonly kind: 'poly'; readonly points: readonly number[]; readonly fill: string };

export const FLAG_W = 30;
export const FLAG_H = 20;

/** A five-pointed star as polygon points. */
function star(cx: number, cy: number, r: number, fill: string): FlagShape {
  const points: number[] = [];
  for (let i = 0; i < 10; i += 1) {
    const radius = i % 2 === 0 ? r : r * 0.42;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(cx + radius * Math.cos(a), cy + radius * Math.sin(a));
  }
  return { kind: 'poly', points, fill };
}

function stripes(spec: FlagSpec, count: number): FlagShape[] {
  const out: FlagShape[] = [];
  const n = Math.max(1, count);
  for (let i = 0; i < n; i += 1) {
    const fill = spec.colours[i % spec.colours.length] ?? '#888888';
    out.push(
      spec.stripes === 'horizontal'
        ? { kind: 'rect', x: 0, y: (FLAG_H * i) / n, w: FLAG_W, h: FLAG_H / n, fill }
        : { kind: 'rect', x: (FLAG_W * i) / n, y: 0, w: FLAG_W / n, h: FLAG_H, fill },
    );
  }
  return out;
}

export function flagShapes(spec: FlagSpec, id: string): FlagShape[] {
  const emblem = spec.emblem;
  // Stripes with a canton: the last colour is the canton, the others alternate in seven bands.
  if (emblem?.shape === 'star' && spec.colours.length >= 3) {
    const bands = { ...spec, colours: spec.colours.slice(0, -1) };
    const canton = spec.colours.at(-1) ?? '#000000';
    return [
      ...stripes(bands, 7),
      { kind: 'rect', x: 0, y: 0, w: 12, h: (FLAG_H * 4) / 7, fill: canton },
      star(6, 5.7, 3.2, emblem.colour),
    ];
  }
  const out = stripes(spec, spec.colours.length);
  const field = spec.colours[0] ?? '#888888';
  switch (emblem?.shape) {
    case 'disc':
      out.push({ kind: 'circle', cx: 15, cy: 10, r: 3, fill: emblem.colour });
      break;
    case 'stars': {
      const count = id === 'government' ? 2 : 3;
      for (let i = 0; i < count; i += 1) out.push(star(15 + (i - (count - 1) / 2) * 7, 10, 2.6, emblem.colour));
      break;
    }
    case 'crescent':
      out.push(
        { kind: 'circle', cx: 12, cy: 10, r: 5, fill: emblem.colour },
        { kind: 'circle', cx: 13.3, cy: 10, r: 4, fill: field },
        star(18, 10, 2.4, emblem.colour),
      );
      break;
    case 'laurel':
      out.push(
        { kind: 'circle', cx: 15, cy: 10, r: 6, fill: emblem.colour },
        { kind: 'circle', cx: 15, cy: 10, r: 5, fill: field },
        { kind: 'circle', cx: 15, cy: 10, r: 3.2, fill: emblem.colour },
        { kind: 'rect', x: 11.5, y: 9.6, w: 7, h: 0.8, fill: field },
        { kind: 'rect', x: 14.6, y: 6.5, w: 0.8, h: 7, fill: field },
      );
      break;
    case 'triangle':
      out.push({ kind: 'poly', points: [0, 0, 14, 10, 0, 20], fill: emblem.colour }, star(5, 10, 1.6, '#ffffff'));
      break;
    case 'star':
      out.push(star(15, 10, 4, emblem.colour));
      break;
    case 'cedar':
      out.push({ kind: 'poly', points: [15, 4, 21, 15, 9, 15], fill: emblem.colour });
      break;
    default:
      break;
  }
  return out;
}

/** Kazakhstan, the host: a sky-blue field with a golden sun and its rays, and a band of ornament at the hoist. */
export function hostFlag(): FlagShape[] {
  const gold = '#fec50c';
  const out: FlagShape[] = [
    { kind: 'rect', x: 0, y: 0, w: FLAG_W, h: FLAG_H, fill: '#00afca' },
    { kind: 'rect', x: 1.5, y: 1, w: 1.6, h: 18, fill: gold },
  ];
  for (let i = 0; i < 16; i += 1) {
    const a = (i * Math.PI) / 8;
    const c = Math.cos(a);
    const s = Math.sin(a);
    out.push({
      kind: 'poly',
      points: [
        16 + 4.2 * c - 0.5 * s,
        9 + 4.2 * s + 0.5 * c,
        16 + 6 * c,
        9 + 6 * s,
        16 + 4.2 * c + 0.5 * s,
        9 + 4.2 * s - 0.5 * c,
      ],
      fill: gold,
    });
  }
  out.push(
    { kind: 'circle', cx: 16, cy: 9, r: 3.4, fill: gold },
    { kind: 'poly', points: [10, 16, 16, 14, 22, 16, 16, 15.2], fill: gold },
  );
  return out;
}
