/** Line and column (both 1-based) of a character offset in text. */
export function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export interface JsonFault {
  offset: number;
  what: string;
}

class Stop extends Error {
  constructor(readonly fault: JsonFault) {
    super(fault.what);
  }
}

/**
 * Where a JSON text first goes wrong, or null when it is valid. JSON.parse on Node 20 often
 * reports no position at all, and an import error must name a line and column.
 */
export function jsonFault(text: string): JsonFault | null {
  const s = { text, i: 0 };
  try {
    skipSpace(s);
    value(s);
    skipSpace(s);
    if (s.i < text.length) stop(s, 'unexpected text after the JSON value');
    return null;
  } catch (err) {
    if (err instanceof Stop) return err.fault;
    throw err;
  }
}

interface Scan {
  text: string;
  i: number;
}

function stop(s: Scan, what?: string): never {
  const ch = s.text[s.i];
  throw new Stop({
    offset: s.i,
    what:
      what ?? (ch === undefined ? 'unexpected end of line' : `unexpected ${JSON.stringify(ch)}`),
  });
}

function skipSpace(s: Scan): void {
  while (s.i < s.text.length && ' \t\r\n'.includes(s.text[s.i] as string)) s.i += 1;
}

function expect(s: Scan, ch: string): void {
  if (s.text[s.i] !== ch)
    stop(s, s.i >= s.text.length ? 'unexpected end of line' : `expected ${JSON.stringify(ch)}`);
  s.i += 1;
}

function value(s: Scan): void {
  const ch = s.text[s.i];
  if (ch === '{') return container(s, '}', () => member(s));
  if (ch === '[') return container(s, ']', () => value(s));
  if (ch === '"') return string(s);
  for (const word of ['true', 'false', 'null']) {
    if (s.text.startsWith(word, s.i)) {
      s.i += word.length;
      return;
    }
  }
  const number = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
  number.lastIndex = s.i;
  if (!number.test(s.text)) stop(s);
  s.i = number.lastIndex;
}

function container(s: Scan, close: string, item: () => void): void {
  s.i += 1;
  skipSpace(s);
  if (s.text[s.i] === close) {
    s.i += 1;
    return;
  }
  for (;;) {
    skipSpace(s);
    item();
    skipSpace(s);
    if (s.text[s.i] === close) break;
    expect(s, ',');
  }
  s.i += 1;
}

function member(s: Scan): void {
  if (s.text[s.i] !== '"') stop(s, 'expected a property name in double quotes');
  string(s);
  skipSpace(s);
  expect(s, ':');
  skipSpace(s);
  value(s);
}

function string(s: Scan): void {
  const start = s.i;
  s.i += 1;
  while (s.i < s.text.length) {
    const ch = s.text[s.i] as string;
    if (ch === '"') {
      s.i += 1;
      return;
    }
    if (ch < ' ') stop(s, 'control character in string');
    if (ch === '\\') {
      const esc = s.text[s.i + 1] ?? '';
      const ok =
        esc === 'u'
          ? /^[0-9a-fA-F]{4}$/.test(s.text.slice(s.i + 2, s.i + 6))
          : '"\\/bfnrt'.includes(esc) && esc !== '';
      if (!ok) stop(s, 'bad escape in string');
      s.i += esc === 'u' ? 6 : 2;
    } else {
      s.i += 1;
    }
  }
  s.i = start;
  stop(s, 'unterminated string');
}
