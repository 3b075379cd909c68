import type { GoldenCase, PromptContent } from '../../shared/domain/index.ts';
import type { Workspace } from '../services/store/types.ts';

// Our own sample data, so that a new workspace can run the main job at once.

const triage: PromptContent = {
  messages: [
    {
      role: 'system',
      content:
        'You triage customer support tickets for a small online bookshop. ' +
        'Answer with JSON only: {"category": one of "billing", "shipping", "account", ' +
        '"other"; "urgent": true or false}.',
    },
    { role: 'user', content: 'Ticket from {{ customer }}:\n{{ ticket }}' },
  ],
  model: { temperature: 0, max_tokens: 120 },
  checks: [
    { type: 'is-json' },
    { type: 'regex', name: 'has a category', pattern: '"category"\\s*:' },
  ],
};

const ticket = (key: string, customer: string, text: string, expected: string): GoldenCase => ({
  key,
  vars: { customer, ticket: text },
  expected,
  tags: ['sample'],
  note: '',
  source: null,
});

const tickets: GoldenCase[] = [
  ticket(
    'double-charge',
    'Mira',
    'I was charged twice for the same order of three paperbacks. Please refund one payment.',
    '{"category": "billing", "urgent": true}',
  ),
  ticket(
    'late-parcel',
    'Tomasz',
    'My parcel was due last Friday and the tracking page has not moved since Monday.',
    '{"category": "shipping", "urgent": false}',
  ),
  ticket(
    'locked-out',
    'Ayo',
    'I cannot log in: the reset email never arrives and I have a gift voucher expiring today.',
    '{"category": "account", "urgent": true}',
  ),
  ticket(
    'poetry-recs',
    'Inés',
    'Could you recommend a few short poetry collections for a reading group?',
    '{"category": "other", "urgent": false}',
  ),
];

/** Writes the sample prompt, golden set and endpoints into a new workspace. */
export function seedSamples(ws: Workspace, user: string): void {
  ws.transaction(() => {
    ws.prompts.create({
      slug: 'samples/ticket-triage',
      description: 'Sort a bookshop support ticket into a category and flag urgent ones',
      tags: ['sample'],
    });
    ws.versions.save({
      slug: 'samples/ticket-triage',
      content: triage,
      message: 'Sample prompt',
      author: user,
    });
    ws.golden.addSnapshot({ name: 'sample-tickets', sourceFile: 'samples', cases: tickets });
    ws.endpoints.ensureByUrl('http://127.0.0.1:11434/v1', 'Ollama (local)');
  });
}
