/** Matching the same project named slightly differently in three places. */

/** Removes white space, quotes, brackets and dashes; full-width to half-width. */
export function nameKey(name: string): string {
  return name
    .replace(/[\s\u3000]+/g, '')
    .replace(/[“”"'‘’「」『』]/g, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[-－—–_]/g, '')
    .replace(/项目$/, '');
}

function lcs(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(up, prev[j - 1] ?? 0);
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/** Similarity in [0, 1]: longest common subsequence over the longer name, on normalised names. */
export function nameSimilarity(a: string, b: string): number {
  const x = nameKey(a);
  const y = nameKey(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  return lcs(x, y) / Math.max(x.length, y.length);
}

/** The best match of `name` among `candidates` with similarity ≥ `threshold`, or null. */
export function bestMatch<T>(
  name: string,
  candidates: readonly T[],
  nameOf: (t: T) => string,
  threshold = 0.8,
): T | null {
  let best: T | null = null;
  let bestScore = threshold;
  for (const c of candidates) {
    const s = nameSimilarity(name, nameOf(c));
    if (s >= bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}
