import { describe, expect, it } from 'vitest';
import { parsePromptFile, serializePromptFile } from '../../../shared/promptfile/index.ts';

const sample = `slug: support/triage
description: Classify a support ticket
tags: [support]
model: { name: gpt-4o-mini, temperature: 0, max_tokens: 200 }
messages:
  - role: system
    content: You are a support triage assistant. Answer in JSON.
  - role: user
    content: "Ticket: {{ ticket }}"
checks:
  - type: is-json
`;

describe('promptfile', () => {
  it('parses the documented format', () => {
    const file = parsePromptFile(sample, 'triage.prompt.yaml');
    expect(file.slug).toBe('support/triage');
    expect(file.tags).toEqual(['support']);
    expect(file.content.model).toEqual({ name: 'gpt-4o-mini', temperature: 0, max_tokens: 200 });
    expect(file.content.messages[1]).toEqual({ role: 'user', content: 'Ticket: {{ ticket }}' });
    expect(file.content.checks).toEqual([{ type: 'is-json' }]);
  });

  it('reads a single template as one user message', () => {
    const file = parsePromptFile('slug: a\ntemplate: "Hi {{ name }}"\n', 'a.yaml');
    expect(file.content.messages).toEqual([{ role: 'user', content: 'Hi {{ name }}' }]);
    expect(file.description).toBe('');
  });

  it('round-trips through serialize with the version block ignored on the way back', () => {
    const file = parsePromptFile(sample, 'triage.prompt.yaml');
    const multiline = {
      ...file,
      content: {
        ...file.content,
        messages: [{ role: 'user' as const, content: 'line 1\nline 2: {"a": 1}' }],
      },
    };
    const text = serializePromptFile(multiline, {
      number: 2,
      content_hash: 'h',
      parent: 1,
      message: 'm',
      author: 'a',
      created_at: 't',
      approved_by: 'r',
      approved_at: 't2',
      approval_note: 'ok',
    });
    expect(text).toContain('tags: [ support ]');
    expect(text).toContain('model: { name: gpt-4o-mini, temperature: 0, max_tokens: 200 }');
    expect(text).toContain('content_hash: h');
    expect(parsePromptFile(text, 'x.yaml')).toEqual(multiline);
  });

  it('names the field path of an invalid role with its line', () => {
    const bad = sample.replace('role: user', 'role: robot');
    expect(() => parsePromptFile(bad, 'triage.prompt.yaml')).toThrow(
      /^prompt file triage\.prompt\.yaml: messages\.1\.role: .*\(line 8, column 11\)$/,
    );
  });

  it('names line and column of a YAML syntax error', () => {
    expect(() => parsePromptFile('slug: a\nmessages: [\n', 'b.yaml')).toThrow(
      expect.objectContaining({
        kind: 'invalid-input',
        message: expect.stringMatching(/^prompt file b\.yaml: line \d+, column \d+: /),
      }),
    );
  });

  it('refuses a bad slug, an unknown field and a file without messages', () => {
    expect(() => parsePromptFile('slug: Bad Slug\ntemplate: x\n', 'c.yaml')).toThrow(
      /prompt file c\.yaml: slug: /,
    );
    expect(() => parsePromptFile('slug: a\nmesages: []\ntemplate: x\n', 'c.yaml')).toThrow(
      /mesages/,
    );
    expect(() => parsePromptFile('slug: a\n', 'c.yaml')).toThrow(
      'prompt file c.yaml: messages: required',
    );
  });
});
