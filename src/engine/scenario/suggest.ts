/** " (did you mean "x"?)" when one known word is a small typo away. */
export function suggest(word: string, known: readonly string[]): string {
  const close = known.filter((k) => k !== word && distance(k, word) <= 2).toSorted();
  return close[0] === undefined ? '' : ` (did you mean "${close[0]}"?)`;
}

/** Levenshtein distance: insertions, deletions and substitutions each cost one. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}
