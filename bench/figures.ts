/** One measured figure, as `npm run bench` prints it. */
export interface Figure {
  readonly name: string;
  readonly value: number;
  /** Lowest and highest of the runs the median was taken from. */
  readonly spread: readonly [number, number];
  readonly unit: string;
  readonly target: string;
  readonly ok: boolean;
}

export function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export const spread = (values: readonly number[]): [number, number] => [Math.min(...values), Math.max(...values)];
