import type { Endpoint } from '../../shared/domain/index.ts';
import type { RunningApp } from './fixtures.ts';

/** Saves an endpoint on the test's model server, through the API, with echo-1 and echo-2. */
export async function addModelEndpoint(
  app: RunningApp,
  over: Partial<Omit<Endpoint, 'id'>> = {},
): Promise<Endpoint> {
  const endpoint = await app.backend.call('endpoints.save', {
    name: 'local',
    baseUrl: app.models.url,
    apiKeyRef: null,
    models: ['echo-1', 'echo-2'],
    priceInPerM: 0,
    priceOutPerM: 0,
    concurrency: 2,
    timeoutMs: 5000,
    ...over,
  });
  return endpoint as Endpoint;
}
