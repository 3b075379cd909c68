import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGolden } from '../../../../electron/services/import/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const data = path.resolve(repoRoot, '../shared/data');
const read = (rel: string): string => readFileSync(path.join(data, rel), 'utf8');

describe('import: real files', () => {
  it('keeps the quoted JSON of promptfoo tests.csv intact; its assertions are not outputs', () => {
    const cases = parseGolden(read('promptfoo/examples/simple-csv/tests.csv'), 'tests.csv');
    expect(cases).toHaveLength(4);
    expect(cases[1]).toMatchObject({
      key: '2',
      vars: {
        language: 'French',
        body: "I'm hungry",
        style_config: '{"tone":"casual","length":"brief","formatting":{"bullets":true}}',
      },
      expected: null,
      note: 'promptfoo assertion (not imported): icontains:faim',
      source: { file: 'tests.csv', row: 2 },
    });
    expect(JSON.parse(String(cases[1]?.vars['style_config']))).toHaveProperty(
      'formatting.bullets',
      true,
    );
  });

  it('imports the 541 ifeval cases with key as the case key', () => {
    const cases = parseGolden(read('ifeval/input_data.jsonl'), 'input_data.jsonl');
    expect(cases).toHaveLength(541);
    expect(cases[0]?.key).toBe('1000');
    expect(Object.keys(cases[0]?.vars ?? {})).toEqual(['prompt', 'instruction_id_list', 'kwargs']);
    expect(cases[2]?.vars['kwargs']).toEqual([{ num_placeholders: 12 }]);
  });

  it('imports the 3080 banking77 test rows with text and category as variables', () => {
    const cases = parseGolden(read('banking77/test.csv'), 'test.csv');
    expect(cases).toHaveLength(3080);
    expect(cases[0]).toMatchObject({
      key: '1',
      vars: { text: 'How do I locate my card?', category: 'card_arrival' },
    });
  });
});

describe('import: formats', () => {
  it('reads structured JSONL records with vars, id and expected', () => {
    const text = '{"id":"a","vars":{"q":"hi"},"expected":"hello"}\n\n{"vars":{"q":"yo"}}\n';
    expect(parseGolden(text, 'g.ndjson')).toMatchObject([
      { key: 'a', vars: { q: 'hi' }, expected: 'hello', source: { row: 1 } },
      { key: '3', vars: { q: 'yo' }, expected: null, source: { row: 3 } },
    ]);
  });

  it('reads a YAML list or a cases map', () => {
    const list = parseGolden('- id: x\n  vars: { q: 1 }\n- q: 2\n  expected: two\n', 'g.yaml');
    expect(list).toMatchObject([
      { key: 'x', vars: { q: 1 } },
      { key: '2', vars: { q: 2 }, expected: 'two' },
    ]);
    expect(parseGolden('cases:\n  - { key: k, q: 1 }\n', 'g.yml')).toMatchObject([
      { key: 'k', vars: { q: 1 } },
    ]);
  });

  it('turns promptfoo __description and __metadata columns into note and tags', () => {
    const text = 'q,__expected,__description,__metadata:area\nhi,hello,greeting,small-talk\n';
    expect(parseGolden(text, 'g.csv')[0]).toMatchObject({
      vars: { q: 'hi' },
      expected: 'hello',
      note: 'greeting',
      tags: ['area:small-talk'],
    });
  });
});

describe('import: bad input', () => {
  it('names line and column of an unterminated quote in CSV', () => {
    const text = 'a,b\n1,2\n3,"never closed\n4,5\n';
    expect(() => parseGolden(text, 'bad.csv')).toThrow(
      'import: bad.csv: line 3, column 3: unterminated quote',
    );
  });

  it('names line and column of a wrong field count in CSV', () => {
    expect(() => parseGolden('a,b\n1,2\n3\n', 'bad.csv')).toThrow(
      /^import: bad\.csv: line 3, column \d+: wrong number/,
    );
  });

  it('names line and column of malformed JSONL', () => {
    const text = '{"vars":{"q":1}}\n\n{"vars": {"q": }}\n';
    expect(() => parseGolden(text, 'bad.jsonl')).toThrow(
      'import: bad.jsonl: line 3, column 16: unexpected "}"',
    );
  });

  it('names line and column of malformed YAML', () => {
    expect(() => parseGolden('- a: 1\n- b: [2\n', 'bad.yaml')).toThrow(
      /^import: bad\.yaml: line \d+, column \d+: /,
    );
  });

  it('refuses an empty file, a duplicate key and an unknown extension', () => {
    expect(() => parseGolden('\n\n', 'empty.jsonl')).toThrow('import: empty.jsonl: no cases found');
    expect(() => parseGolden('a,b\n', 'header-only.csv')).toThrow(/no cases found/);
    expect(() => parseGolden('id,q\nx,1\ny,2\nx,3\n', 'd.csv')).toThrow(
      'import: d.csv: duplicate case key "x" on line 2 and line 4',
    );
    expect(() => parseGolden('x', 'g.txt')).toThrow(/unknown format/);
  });
});
