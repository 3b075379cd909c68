import { create } from 'zustand';
import { createAppSlice } from './app.ts';
import { createAuditSlice } from './audit.ts';
import { createEditorSlice } from './editor.ts';
import { createEndpointsSlice } from './endpoints.ts';
import { createGoldenSlice } from './golden.ts';
import { createPromptsSlice } from './prompts.ts';
import { createReplaySlice } from './replay.ts';
import { createRunEventsSlice } from './run-events.ts';
import type { AppState } from './types.ts';

export type { AppState } from './types.ts';

/** The one store; each slice keeps its actions beside its state. */
export const useApp = create<AppState>()((...a) => ({
  ...createAppSlice(...a),
  ...createPromptsSlice(...a),
  ...createEditorSlice(...a),
  ...createGoldenSlice(...a),
  ...createEndpointsSlice(...a),
  ...createReplaySlice(...a),
  ...createRunEventsSlice(...a),
  ...createAuditSlice(...a),
}));
