import { parseArgs } from 'node:util';
import { startModelServer } from './index.ts';
import type { ScriptRule } from './types.ts';

/**
 * Runs the test model server by hand so a person can point the app at it:
 *   node --import tsx test/support/model-server/cli.ts --port 8089 [--api-key KEY]
 * The demo script answers the app's sample tickets (echo-2 as a weaker model that misses an
 * urgent ticket and answers one in prose), a few triage-style prompts, fails now and then,
 * and echoes the rest.
 */
const demo: ScriptRule[] = [
  { model: 'echo-2', match: /charged twice/i, answer: '{"category": "billing", "urgent": false}' },
  { model: 'echo-2', match: /poetry/i, answer: 'Happy to help! Try a few slim collections.' },
  { match: /charged twice/i, answer: '{"category": "billing", "urgent": true}' },
  { match: /parcel/i, answer: '{"category": "shipping", "urgent": false}' },
  { match: /cannot log in/i, answer: '{"category": "account", "urgent": true}' },
  { match: /poetry/i, answer: '{"category": "other", "urgent": false}' },
  { match: /refund/i, answer: '{"category": "billing", "urgency": "high"}' },
  { match: /password|login/i, answer: '{"category": "account", "urgency": "medium"}' },
  { match: /slow/i, delayMs: 2000, answer: 'This answer took two seconds.' },
  { match: /rate limit/i, times: 1, fault: { kind: 'rate-limit', retryAfterSeconds: 2 } },
  { match: /crash/i, fault: { kind: 'server' } },
  { model: 'drifty', returnedModel: 'drifty-2026-01-01', fingerprint: 'fp_drifted' },
];

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8089' }, 'api-key': { type: 'string' } },
});
const apiKey = values['api-key'];
const server = await startModelServer({
  port: Number(values.port),
  models: ['echo-1', 'echo-2', 'drifty'],
  script: demo,
  ...(apiKey ? { apiKey } : {}),
});
process.stdout.write(`model server listening at ${server.url} (models: echo-1, echo-2, drifty)\n`);

const stop = (): void => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
