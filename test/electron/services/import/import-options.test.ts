import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGolden } from '../../../../electron/services/import/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const data = path.resolve(repoRoot, '../shared/data');
const read = (rel: string): string => readFileSync(path.join(data, rel), 'utf8');

describe('import: named expected and id columns', () => {
  it('reads banking77 with category as the expected output and text as the only variable', () => {
    const cases = parseGolden(read('banking77/test.csv'), 'test.csv', undefined, {
      expectedColumn: 'category',
    });
    expect(cases).toHaveLength(3080);
    expect(cases[0]).toMatchObject({
      key: '1',
      vars: { text: 'How do I locate my card?' },
      expected: 'card_arrival',
    });
    expect(cases.every((c) => Object.keys(c.vars).join() === 'text')).toBe(true);
    expect(cases.every((c) => c.expected !== null && c.expected !== '')).toBe(true);
  });

  it('reads gsm8k with answer as the expected output and question as the only variable', () => {
    const cases = parseGolden(read('gsm8k/test.jsonl'), 'test.jsonl', undefined, {
      expectedColumn: 'answer',
    });
    expect(cases).toHaveLength(1319);
    expect(Object.keys(cases[0]?.vars ?? {})).toEqual(['question']);
    expect(cases[0]?.expected).toMatch(/#### 18$/);
    expect(cases[0]?.key).toBe('1');
  });

  it('takes the case key from a named id column and keeps id as a variable then', () => {
    const text = 'ticket,id,label\nhi,x1,greet\nbye,x2,leave\n';
    const cases = parseGolden(text, 't.csv', undefined, {
      idColumn: 'ticket',
      expectedColumn: 'label',
    });
    expect(cases).toMatchObject([
      { key: 'hi', vars: { id: 'x1' }, expected: 'greet' },
      { key: 'bye', vars: { id: 'x2' }, expected: 'leave' },
    ]);
  });

  it('reads a named field of structured JSONL and YAML records', () => {
    const jsonl = '{"ref":"a","vars":{"q":"hi"},"gold":"hello"}\n';
    expect(
      parseGolden(jsonl, 'g.jsonl', undefined, { expectedColumn: 'gold', idColumn: 'ref' }),
    ).toMatchObject([{ key: 'a', vars: { q: 'hi' }, expected: 'hello' }]);
    const yaml = '- { q: 1, gold: one }\n- { q: 2, gold: two }\n';
    expect(parseGolden(yaml, 'g.yaml', undefined, { expectedColumn: 'gold' })).toMatchObject([
      { key: '1', vars: { q: 1 }, expected: 'one' },
      { key: '2', vars: { q: 2 }, expected: 'two' },
    ]);
  });

  it('refuses a named column the file does not have, listing the columns it has', () => {
    expect(() =>
      parseGolden(read('banking77/test.csv'), 'test.csv', undefined, { expectedColumn: 'label' }),
    ).toThrow("import: test.csv: no column 'label' (columns: text, category)");
    expect(() =>
      parseGolden(read('gsm8k/test.jsonl'), 'test.jsonl', undefined, { idColumn: 'uid' }),
    ).toThrow("import: test.jsonl: no field 'uid' (fields: question, answer)");
  });
});

describe('import: files that are not plain comma-separated text', () => {
  it('refuses a file with NUL bytes or mostly control characters as not a text file', () => {
    expect(() => parseGolden('a,b\n1,\0\n', 'x.csv')).toThrow('import: x.csv: not a text file');
    const junk = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x06, 0xff, 0xfe, 0x01, 0x02]);
    expect(() => parseGolden(junk.toString('utf8'), 'x.csv')).toThrow(
      'import: x.csv: not a text file',
    );
  });

  it('reads a CSV whose header is separated by semicolons or tabs', () => {
    expect(parseGolden('q;expected\n"a, b";x\n', 's.csv')).toMatchObject([
      { vars: { q: 'a, b' }, expected: 'x' },
    ]);
    expect(parseGolden('\uFEFFid;q\r\na;"x;\r\ny"\r\nb;2\r\n', 'excel.csv')).toMatchObject([
      { key: 'a', vars: { q: 'x;\r\ny' } },
      { key: 'b', vars: { q: '2' } },
    ]);
    expect(parseGolden('q\texpected\nhi, there\ty\n', 't.csv')).toMatchObject([
      { vars: { q: 'hi, there' }, expected: 'y' },
    ]);
  });

  it('names line and column of a wrong field count in a semicolon CSV', () => {
    expect(() => parseGolden('a;b\n1;2\n3\n', 'bad.csv')).toThrow(
      /^import: bad\.csv: line 3, column \d+: wrong number/,
    );
  });

  it('names the file lines of a duplicate key, counting lines inside quoted cells', () => {
    const text = 'id,q\nx,"two\nlines"\ny,2\n\nx,3\n';
    expect(() => parseGolden(text, 'd.csv')).toThrow(
      'import: d.csv: duplicate case key "x" on line 2 and line 6',
    );
    expect(() => parseGolden('id;q\r\nx;"a\r\nb"\r\nx;2\r\n', 'crlf.csv')).toThrow(
      'import: crlf.csv: duplicate case key "x" on line 2 and line 4',
    );
    expect(() => parseGolden('{"id":"a"}\n\n{"id":"a"}\n', 'd.jsonl')).toThrow(
      'duplicate case key "a" on line 1 and line 3',
    );
    expect(() => parseGolden('- { id: a }\n- { id: b }\n- { id: a }\n', 'd.yaml')).toThrow(
      'duplicate case key "a" on line 1 and line 3',
    );
  });
});
