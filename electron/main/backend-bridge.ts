import { utilityProcess, type UtilityProcess } from 'electron';
import type { EventName } from '../../shared/api/events.ts';
import type { FromBackend, ToBackend } from '../backend/protocol.ts';

export type Envelope =
  { ok: true; value: unknown } | { ok: false; error: { kind: string; message: string } };

export interface BackendProcess {
  init(workspacePath: string, user: string, secrets: Record<string, string>): void;
  /** Resolves with an envelope so an error's kind survives Electron's IPC. */
  call(method: string, input: unknown): Promise<Envelope>;
  setSecrets(values: Record<string, string>): void;
  onEvent(listener: (event: EventName, payload: unknown) => void): void;
  stop(): void;
}

/** Forks the backend utility process and matches its replies to the calls that asked. */
export function startBackendProcess(entry: string): BackendProcess {
  const child: UtilityProcess = utilityProcess.fork(entry, [], {
    serviceName: 'Promptledger backend',
  });
  const pending = new Map<number, (envelope: Envelope) => void>();
  const listeners: ((event: EventName, payload: unknown) => void)[] = [];
  let nextId = 1;

  child.on('message', (message: FromBackend) => {
    if (message.type === 'event')
      listeners.forEach((listener) => listener(message.event, message.payload));
    if (message.type !== 'result') return;
    const settle = pending.get(message.id);
    pending.delete(message.id);
    settle?.(message.ok ? { ok: true, value: message.value } : { ok: false, error: message.error });
  });

  const send = (message: ToBackend) => child.postMessage(message);
  return {
    init: (workspacePath, user, secrets) => {
      send({ type: 'secrets', values: secrets });
      send({ type: 'init', workspacePath, user });
    },
    call: (method, input) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        send({ type: 'call', id, method, input });
      }),
    setSecrets: (values) => send({ type: 'secrets', values }),
    onEvent: (listener) => listeners.push(listener),
    stop: () => child.kill(),
  };
}
