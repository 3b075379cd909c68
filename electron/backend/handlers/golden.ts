import { importGolden } from '../../services/import/index.ts';
import type { HandlerTable } from './types.ts';

export const goldenHandlers: HandlerTable<'golden.list' | 'golden.import' | 'golden.snapshot'> = {
  'golden.list': (_input, { ws }) => ws.golden.list(),
  'golden.import': (input, { ws }) => importGolden(ws, input),
  'golden.snapshot': ({ name, number }, { ws }) => ws.golden.snapshot(name, number),
};
