import { parseGolden } from '../../services/import/index.ts';
import type { HandlerTable } from './types.ts';

export const goldenHandlers: HandlerTable<'golden.list' | 'golden.import' | 'golden.snapshot'> = {
  'golden.list': (_input, { ws }) => ws.golden.list(),
  'golden.import': ({ name, fileName, format, text }, { ws }) => {
    // Parse everything first: a malformed file writes nothing.
    const cases = parseGolden(text, fileName, format);
    return ws.golden.addSnapshot({ name, sourceFile: fileName, cases });
  },
  'golden.snapshot': ({ name, number }, { ws }) => ws.golden.snapshot(name, number),
};
