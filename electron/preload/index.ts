import { contextBridge, ipcRenderer } from 'electron';
import { isMethodName } from '../../shared/api/contract.ts';

// Named verbs only: the page can call contract methods and listen to events, nothing else.
const CHANNELS = {
  call: 'promptledger:call',
  event: 'promptledger:event',
  secret: 'promptledger:secret',
};

contextBridge.exposeInMainWorld('promptledger', {
  call: async (method: string, input: unknown) => {
    if (!isMethodName(method)) throw new Error(`preload: unknown method '${method}'`);
    const envelope = await ipcRenderer.invoke(CHANNELS.call, method, input);
    if (envelope.ok) return envelope.value;
    throw Object.assign(new Error(envelope.error.message), { kind: envelope.error.kind });
  },
  onEvent: (listener: (event: string, payload: unknown) => void) => {
    const wrapped = (_e: unknown, event: string, payload: unknown) => listener(event, payload);
    ipcRenderer.on(CHANNELS.event, wrapped);
    return () => ipcRenderer.removeListener(CHANNELS.event, wrapped);
  },
  setSecret: (ref: string, value: string) => ipcRenderer.invoke(CHANNELS.secret, ref, value),
});
