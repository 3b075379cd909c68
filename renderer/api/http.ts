import { ApiError, ApiErrorBody } from '../../shared/api/errors.ts';
import type { Transport } from '../../shared/api/client.ts';
import { eventNames, type EventName } from '../../shared/api/events.ts';
import type { MethodName } from '../../shared/api/contract.ts';

type Listener = (event: EventName, payload: unknown) => void;

/** The token the browser host injected into index.html; absent when opened without it. */
export function pageToken(): string | null {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="promptledger-token"]');
  return meta?.content ?? null;
}

async function failure(res: Response, method: string): Promise<ApiError> {
  const body = ApiErrorBody.safeParse(await res.json().catch(() => null));
  if (body.success) return new ApiError(body.data.kind, body.data.message);

  return new ApiError('internal', `${method}: HTTP ${res.status} ${res.statusText}`);
}

/** Calls over fetch, events over one shared EventSource opened on first subscription. */
export function httpTransport(token: string): Transport {
  const listeners = new Set<Listener>();
  let source: EventSource | null = null;

  const open = () => {
    source = new EventSource(`api/events?token=${encodeURIComponent(token)}`);
    for (const name of eventNames) {
      source.addEventListener(name, (message) => {
        const payload: unknown = JSON.parse((message as MessageEvent<string>).data);
        listeners.forEach((listener) => listener(name, payload));
      });
    }
  };

  return {
    async call(method: MethodName, input: unknown) {
      const res = await fetch(`api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-promptledger-token': token },
        body: JSON.stringify(input ?? {}),
      });
      if (!res.ok) throw await failure(res, method);

      return (await res.json()) as unknown;
    },
    subscribe(listener) {
      listeners.add(listener);
      if (source === null) open();
      return () => listeners.delete(listener);
    },
  };
}
