import type { Agreement } from '../domain/index.ts';

const quotePairs: Array<[string, string]> = [
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['\u201c', '\u201d'],
  ['\u2018', '\u2019'],
];

function stripQuotes(text: string): string {
  for (const [open, close] of quotePairs) {
    if (text.length >= 2 && text.startsWith(open) && text.endsWith(close))
      return text.slice(1, -1).trim();
  }
  return text;
}

function stripPeriod(text: string): string {
  return text.endsWith('.') ? text.slice(0, -1).trimEnd() : text;
}

/**
 * The normal form golden agreement compares: trimmed, one trailing period and one pair of
 * surrounding quotes removed (in either order, so `"Yes."` and `"Yes".` both become `yes`),
 * runs of whitespace collapsed to one space, lowercased.
 */
export function normalise(text: string): string {
  const stripped = stripPeriod(stripQuotes(stripPeriod(text.trim())));
  return stripped.replace(/\s+/g, ' ').toLowerCase();
}

/** Whether an output agrees with the expected output, exactly and once normalised. */
export function agreement(output: string, expected: string): Agreement {
  return { exact: output === expected, normalised: normalise(output) === normalise(expected) };
}
