export { callChat, costOf, defaultRetry } from './chat.ts';
export { endpointPresets, detectLocalServers, listModels, tryListModels } from './models.ts';
export type { LocalServer, ModelsOutcome } from './models.ts';
export { redact } from './classify.ts';
export { placeholderKey } from './client.ts';
export type { ChatFailure, ChatOutcome, ChatRequest, ChatResult, RetryPolicy } from './types.ts';
