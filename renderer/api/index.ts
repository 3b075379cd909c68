import { createClient, type ApiClient, type Transport } from '../../shared/api/client.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { PreloadBridge } from './bridge.ts';
import { toApiError } from './errors.ts';
import { httpTransport, pageToken } from './http.ts';

function bridgeTransport(bridge: PreloadBridge): Transport {
  return {
    call: (method, input) =>
      bridge.call(method, input).catch((e: unknown) => {
        throw toApiError(e);
      }),
    subscribe: (listener) => bridge.onEvent(listener),
  };
}

/** Without a bridge or a token every call fails with this, and the banner says what to do. */
function missingTransport(): Transport {
  const error = new ApiError(
    'invalid-input',
    'api: this page has no access token (the link is old, or the app restarted); open the URL that npm start or promptledger serve printed',
  );
  return { call: () => Promise.reject(error), subscribe: () => () => undefined };
}

/** The Electron preload bridge when present, else the browser host over HTTP. */
export function chooseTransport(): Transport {
  if (window.promptledger) return bridgeTransport(window.promptledger);

  const token = pageToken();
  return token === null ? missingTransport() : httpTransport(token);
}

export const client: ApiClient = createClient(chooseTransport());

/**
 * The OS keychain, reachable only in the Electron app; the browser host and the command line
 * read keys from environment variables instead.
 */
export const keychain = {
  available: (): boolean => typeof window.promptledger?.setSecret === 'function',
  store: async (ref: string, value: string): Promise<void> => {
    const setSecret = window.promptledger?.setSecret;
    if (!setSecret) throw new ApiError('invalid-input', 'keychain: only the desktop app has one');
    await setSecret(ref, value).catch((e: unknown) => {
      throw toApiError(e);
    });
  },
};
