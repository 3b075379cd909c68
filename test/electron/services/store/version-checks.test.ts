import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../../../electron/services/store/index.ts';
import type { PromptContent } from '../../../../shared/domain/index.ts';
import { tempFile } from './helpers.ts';

let ws: Workspace;
beforeEach(() => {
  ws = openWorkspace(tempFile());
});
afterEach(() => ws.close());

const save = (content: PromptContent) =>
  ws.versions.save({ slug: 'support/triage', content, message: 'edit', author: 'alice' });

const messages = (...texts: string[]): PromptContent['messages'] =>
  texts.map((content) => ({ role: 'user' as const, content }));

describe('store: what a saved version must hold', () => {
  it('refuses a message template that does not parse, naming the message, line and column', () => {
    const content = { messages: messages('Hi', 'Ticket: {{ unclosed'), model: {}, checks: [] };
    expect(() => save(content)).toThrow(
      expect.objectContaining({
        kind: 'template',
        message:
          'versions.save: messages.1: template: output "{{ unclosed" not closed (line 1, column 9)',
      }),
    );
    expect(ws.prompts.list()).toEqual([]);
  });

  it('refuses an unclosed tag on a later line and an unknown filter', () => {
    const tag = { messages: messages('a\n{% if x %}b'), model: {}, checks: [] };
    expect(() => save(tag)).toThrow(
      /^versions\.save: messages\.0: .* not closed \(line 2, column 1\)$/,
    );
    const filter = { messages: messages('{{ x | nofilter }}'), model: {}, checks: [] };
    expect(() => save(filter)).toThrow('undefined filter: nofilter');
  });

  it('refuses a regex check whose pattern does not compile, naming the pattern and the reason', () => {
    const content: PromptContent = {
      messages: messages('{{ q }}'),
      model: {},
      checks: [{ type: 'regex', pattern: '(unclosed' }],
    };
    expect(() => save(content)).toThrow(
      expect.objectContaining({
        kind: 'invalid-input',
        message:
          'store: content.checks.0.pattern: regex "(unclosed" does not compile: Unterminated group',
      }),
    );
    expect(ws.versions.latest('support/triage')).toBeNull();
  });

  it('saves a version whose templates parse and whose regex compiles', () => {
    const content: PromptContent = {
      messages: messages('{% if q %}{{ q | upcase }}{% endif %}'),
      model: {},
      checks: [{ type: 'regex', pattern: '^[A-Z]+$', flags: 'i' }],
    };
    expect(save(content).number).toBe(1);
  });
});
