import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePromptFile } from '../../../shared/promptfile/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const data = path.resolve(repoRoot, '../shared/data');
const read = (rel: string): string => readFileSync(path.join(data, rel), 'utf8');

const prompty =
  'looks like a Prompty file (front matter between --- lines); Prompty import is not ' +
  'supported yet — convert it to the prompt file format (see README)';

describe('promptfile: files with more than one YAML document', () => {
  it('says a real Prompty file is Prompty, not that YAML has multiple documents', () => {
    for (const file of ['v1/basic.prompty', 'v2/basic.prompty', 'v2/structured.prompty']) {
      expect(() => parsePromptFile(read(`prompty/${file}`), 'basic.prompty')).toThrow(
        `prompt file basic.prompty: ${prompty}`,
      );
    }
  });

  it('recognises Prompty front matter and a prose body under another extension', () => {
    const text = read('prompty/v1/groundedness.prompty');
    expect(() => parsePromptFile(text, 'g.yaml')).toThrow(`prompt file g.yaml: ${prompty}`);
  });

  it('asks for one prompt per file when a YAML file holds two prompts', () => {
    const text = 'slug: a\ntemplate: x\n---\nslug: b\ntemplate: y\n';
    expect(() => parsePromptFile(text, 'x.yaml')).toThrow(
      expect.objectContaining({
        kind: 'invalid-input',
        message: 'prompt file x.yaml: more than one YAML document; put one prompt per file',
      }),
    );
  });
});

describe('promptfile: checks', () => {
  it('refuses a regex check that does not compile, naming the pattern, reason and line', () => {
    const text = 'slug: a\ntemplate: x\nchecks:\n  - type: regex\n    pattern: "[a-"\n';
    expect(() => parsePromptFile(text, 'r.yaml')).toThrow(
      /^prompt file r\.yaml: checks\.0\.pattern: regex "\[a-" does not compile: .+ \(line 5, column 14\)$/,
    );
  });
});
