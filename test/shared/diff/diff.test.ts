import { describe, expect, it } from 'vitest';
import { levenshtein, similarity, wordDiff } from '../../../shared/diff/index.ts';

describe('wordDiff', () => {
  it('marks the words that stayed, were added and were removed', () => {
    const parts = wordDiff('the quick brown fox', 'the slow brown fox jumps');

    expect(parts.filter((part) => part.kind === 'removed').map((part) => part.text.trim())).toEqual(
      ['quick'],
    );
    expect(parts.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual([
      'slow',
      'jumps',
    ]);
    expect(
      parts
        .filter((part) => part.kind !== 'added')
        .map((part) => part.text)
        .join(''),
    ).toBe('the quick brown fox');
    expect(
      parts
        .filter((part) => part.kind !== 'removed')
        .map((part) => part.text)
        .join(''),
    ).toBe('the slow brown fox jumps');
  });

  it('gives one unchanged part for equal texts', () => {
    expect(wordDiff('same text', 'same text')).toEqual([{ kind: 'same', text: 'same text' }]);
  });
});

describe('similarity', () => {
  it('is 1 for equal texts and 0 for texts with nothing in common', () => {
    expect(similarity('abc', 'abc')).toBe(1);
    expect(similarity('', '')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
    expect(similarity('', 'abc')).toBe(0);
  });

  it('is one minus the edit distance over the longer length', () => {
    expect(levenshtein([...'kitten'], [...'sitting'])).toBe(3);
    expect(similarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7);
  });

  it('measures long texts over words and stays fast', () => {
    const essay = Array.from({ length: 1500 }, (_unused, index) => `word${index % 97}`).join(' ');
    const edited = essay.replace('word5 ', 'changed ');
    const started = Date.now();

    expect(similarity(essay, edited)).toBeCloseTo(1 - 1 / 1500);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
