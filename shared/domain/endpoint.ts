import { z } from 'zod';
import { EndpointId } from './ids.ts';

/** OpenAI-compatible servers are reached over HTTP; `ftp://…` or `file://…` is a typo. */
const HttpUrl = z.url({
  protocol: /^https?$/,
  error: 'must be an http:// or https:// URL',
});

/**
 * An OpenAI-compatible endpoint. The API key is never stored: `apiKeyRef` names an environment
 * variable (command line, browser host) or a keychain entry (Electron app).
 */
export const Endpoint = z.object({
  id: EndpointId,
  name: z.string().min(1),
  baseUrl: HttpUrl,
  apiKeyRef: z.string().nullable(),
  models: z.array(z.string()),
  priceInPerM: z.number().nonnegative(),
  priceOutPerM: z.number().nonnegative(),
  concurrency: z.number().int().min(1).max(64),
  timeoutMs: z.number().int().positive(),
});
export type Endpoint = z.infer<typeof Endpoint>;

export const EndpointInput = Endpoint.omit({ id: true }).extend({ id: EndpointId.optional() });
export type EndpointInput = z.infer<typeof EndpointInput>;

export const EndpointPreset = z.object({
  name: z.string(),
  baseUrl: z.url(),
  apiKeyRef: z.string().nullable(),
  local: z.boolean(),
});
export type EndpointPreset = z.infer<typeof EndpointPreset>;
