import type { StateCreator } from 'zustand';
import type { AppSlice } from './app.ts';
import type { PromptsSlice } from './prompts.ts';
import type { EditorSlice } from './editor.ts';
import type { GoldenSlice } from './golden.ts';
import type { EndpointsSlice } from './endpoints.ts';
import type { ReplaySlice } from './replay.ts';
import type { RunEventsSlice } from './run-events.ts';
import type { AuditSlice } from './audit.ts';

export type AppState = AppSlice &
  PromptsSlice &
  EditorSlice &
  GoldenSlice &
  EndpointsSlice &
  ReplaySlice &
  RunEventsSlice &
  AuditSlice;

export type Slice<T> = StateCreator<AppState, [], [], T>;
export type Get = () => AppState;
export type Set = (partial: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => void;
