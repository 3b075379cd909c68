import { diffWordsWithSpace } from 'diff';

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

/**
 * A word-level diff of `other` against `baseline`. Whitespace runs are tokens too, so the
 * same + removed parts spell the baseline exactly and the same + added parts spell the other.
 */
export function wordDiff(baseline: string, other: string): DiffPart[] {
  return diffWordsWithSpace(baseline, other).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

// Above this many characters per side, the quadratic character distance is measured over
// words instead, so comparing two long essays stays fast.
const charLimit = 4000;

/**
 * How alike two texts are, from 0 (nothing in common) to 1 (identical): one minus the
 * Levenshtein distance over the length of the longer text. Characters for short texts,
 * words for long ones.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;

  const long = a.length > charLimit || b.length > charLimit;
  const left = long ? words(a) : [...a];
  const right = long ? words(b) : [...b];
  const longest = Math.max(left.length, right.length);
  return longest === 0 ? 1 : 1 - levenshtein(left, right) / longest;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word.length > 0);
}

/** The edit distance between two token lists, in two rows of memory. */
export function levenshtein(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_unused, index) => index);

  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
