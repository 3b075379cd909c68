import { describe, expect, it } from 'vitest';
import {
  renderMessages,
  renderTemplate,
  templateErrors,
  templateVariables,
  tryRenderTemplate,
} from '../../../shared/templates/index.ts';
import { ApiError } from '../../../shared/api/errors.ts';

describe('renderTemplate', () => {
  it('renders variables, conditionals and loops', () => {
    const template =
      'Hi {{ name }}.{% if vip %} VIP.{% endif %}{% for t in tags %} #{{ t }}{% endfor %}';
    expect(renderTemplate(template, { name: 'Ada', vip: true, tags: ['a', 'b'] })).toBe(
      'Hi Ada. VIP. #a #b',
    );
  });

  it('throws a template ApiError naming the missing variable and the case', () => {
    const run = () => renderTemplate('Ticket: {{ ticket }}', {}, { caseKey: '3' });
    expect(run).toThrow(ApiError);
    expect(run).toThrow("template: variable 'ticket' is not defined (case 3)");
  });

  it('never renders a missing nested property as an empty string', () => {
    expect(() => renderTemplate('{{ user.name }}', { user: {} })).toThrow(
      "variable 'user.name' is not defined",
    );
  });

  it('renders JSON in a prompt literally', () => {
    expect(renderTemplate('{"a": 1}', {})).toBe('{"a": 1}');
    expect(renderTemplate('{"a": {"b": 1}}', {})).toBe('{"a": {"b": 1}}');
    expect(renderTemplate('[{"a": {"b": [1, {"c": 2}]}}]', {})).toBe(
      '[{"a": {"b": [1, {"c": 2}]}}]',
    );
  });

  it('renders the prompty groundedness JSON with variables inside it', () => {
    const template = '{"CONTEXT": {{context}}, "ANSWER": {{answer}}}';
    const text = renderTemplate(template, { context: '"the sky is blue"', answer: '"blue"' });
    expect(text).toBe('{"CONTEXT": "the sky is blue", "ANSWER": "blue"}');
    expect(JSON.parse(text)).toEqual({ CONTEXT: 'the sky is blue', ANSWER: 'blue' });
  });

  it('understands Jinja filter names and call syntax', () => {
    const vars = { name: '  Ada ', tags: ['x', 'y'], data: { a: 1 } };
    expect(renderTemplate('{{ name | trim | upper }}', vars)).toBe('ADA');
    expect(renderTemplate('{{ name | lower() }}', vars)).toBe('  ada ');
    expect(renderTemplate('{{ tags | length }}', vars)).toBe('2');
    expect(renderTemplate('{{ tags | join(", ") }}', vars)).toBe('x, y');
    expect(renderTemplate('{{ tags | join }}', vars)).toBe('xy');
    expect(renderTemplate('{{ data | tojson }}', vars)).toBe('{"a":1}');
    expect(renderTemplate('{{ missing | default("none") }}', vars)).toBe('none');
  });

  it('understands Jinja elif, set, comments and loop.index', () => {
    const template =
      '{# note #}{% set n = 2 %}{% if n == 1 %}one{% elif n == 2 %}two{% endif %}' +
      '{% for x in xs %}{{ loop.index }}{% endfor %}';
    expect(renderTemplate(template, { xs: ['a', 'b'] })).toBe('two12');
  });

  it('prints objects and arrays as JSON', () => {
    const vars = { d: { x: 1 }, a: [1, 'b'], n: 3.5 };
    expect(renderTemplate('{{ d }} {{ a }} {{ n }} {{ d | tojson }}', vars)).toBe(
      '{"x":1} [1,"b"] 3.5 {"x":1}',
    );
  });

  it('refuses an unknown filter', () => {
    expect(() => renderTemplate('{{ x | shout }}', { x: 1 })).toThrow(
      'template: undefined filter: shout',
    );
  });

  it('returns a failure as a value from tryRenderTemplate', () => {
    expect(tryRenderTemplate('{{ a }}{{ b }}', { a: 1 }, { caseKey: 'k' })).toEqual({
      ok: false,
      message: "template: variable 'b' is not defined (case k)",
      variable: 'b',
    });
  });
});

describe('renderMessages', () => {
  it('renders every message and keeps roles', () => {
    const messages = [
      { role: 'system' as const, content: 'You triage {{ product }} tickets.' },
      { role: 'user' as const, content: '{{ ticket }}' },
    ];
    expect(renderMessages(messages, { product: 'Acme', ticket: 'Help' }, '1')).toEqual([
      { role: 'system', content: 'You triage Acme tickets.' },
      { role: 'user', content: 'Help' },
    ]);
    expect(() => renderMessages(messages, { product: 'Acme' }, '7')).toThrow(
      "'ticket' is not defined (case 7)",
    );
  });
});

describe('templateVariables', () => {
  it('lists top-level inputs once, in order, without loop or assigned names', () => {
    const template =
      '{{ a }} {{ user.name }} {% for x in xs %}{{ x.id }} {{ a }}{% endfor %}' +
      '{% set y = 1 %}{{ y }}{% if flag %}{% endif %}';
    expect(templateVariables(template)).toEqual(['a', 'user', 'xs', 'flag']);
  });

  it('finds none in plain JSON', () => {
    expect(templateVariables('{"a": {"b": 1}}')).toEqual([]);
  });
});

describe('templateErrors', () => {
  it('reports an unclosed tag with its line and column', () => {
    expect(templateErrors('line one\n  {% for x in xs %}')).toEqual([
      { message: 'template: tag {% for x in xs %} not closed', line: 2, column: 3 },
    ]);
  });

  it('reports an unclosed output and is empty for a good template', () => {
    expect(templateErrors('{{ a ')[0]).toMatchObject({ line: 1, column: 1 });
    expect(templateErrors('{{ a }} {"b": 1}')).toEqual([]);
  });
});
