import { detectLocalServers, endpointPresets, listModels } from '../../services/providers/index.ts';
import type { HandlerTable } from './types.ts';

type EndpointMethods =
  | 'endpoints.list'
  | 'endpoints.save'
  | 'endpoints.presets'
  | 'endpoints.detect'
  | 'endpoints.models';

export const endpointHandlers: HandlerTable<EndpointMethods> = {
  'endpoints.list': (_input, { ws }) => ws.endpoints.list(),
  'endpoints.save': (input, { ws }) => ws.endpoints.save(input),
  'endpoints.presets': () => endpointPresets(),
  'endpoints.detect': () => detectLocalServers(endpointPresets()),
  'endpoints.models': ({ id }, { ws, secrets }) => {
    const endpoint = ws.endpoints.get(id);
    return listModels(endpoint, endpoint.apiKeyRef ? secrets(endpoint.apiKeyRef) : undefined);
  },
};
