import OpenAI from 'openai';

/** Local servers ignore the key but the client insists on one. */
export const placeholderKey = 'not-needed';

/**
 * An openai client for one base URL. Its own retries are off: the provider layer retries 429s
 * itself so that it can honour Retry-After, cap the wait and count the attempts.
 */
export function makeClient(baseUrl: string, apiKey: string | undefined, timeoutMs: number): OpenAI {
  return new OpenAI({
    baseURL: baseUrl,
    apiKey: apiKey ?? placeholderKey,
    maxRetries: 0,
    timeout: timeoutMs,
    logLevel: 'off',
  });
}
