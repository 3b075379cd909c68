import * as monaco from 'monaco-editor';
import { loader } from '@monaco-editor/react';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { useApp } from '../store/index.ts';
import { registerTemplateLanguage } from './language.ts';

// Offline there is no CDN: the loader gets the bundled Monaco, and its worker is a local file.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
loader.config({ monaco });
registerTemplateLanguage(monaco, () => useApp.getState().varsColumns);

export { monaco };
