import type { MethodInput, MethodName, MethodOutput } from './contract.ts';
import type { EventName, EventPayload } from './events.ts';

/** How a client reaches the backend: Electron IPC through the preload, or the browser host. */
export interface Transport {
  call(method: MethodName, input: unknown): Promise<unknown>;
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void;
}

export type Api = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>>;
};

export interface ApiClient {
  api: Api;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** Builds the typed client over any transport; method names come from the contract. */
export function createClient(transport: Transport): ApiClient {
  const api = new Proxy({} as Api, {
    get: (_target, name) => (input: unknown) => transport.call(name as MethodName, input ?? {}),
  });

  const on = <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) =>
    transport.subscribe((name, payload) => {
      if (name === event) listener(payload as EventPayload<E>);
    });

  return { api, on };
}
