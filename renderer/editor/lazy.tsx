import { lazy } from 'react';

/** Monaco is a few megabytes: it loads when the first editor or diff is shown. */
export const TemplateEditor = lazy(() => import('./TemplateEditor.tsx'));
export const DiffView = lazy(() => import('./DiffView.tsx'));
