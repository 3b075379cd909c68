import { useLayoutEffect, useRef } from 'react';
import { DiffEditor, type DiffOnMount } from '@monaco-editor/react';
import type * as Monaco from 'monaco-editor';
import { templateLanguage, templateTheme } from './language.ts';
import './monaco.ts';

export interface DiffViewProps {
  original: string;
  modified: string;
}

const options: Monaco.editor.IDiffEditorConstructionOptions = {
  readOnly: true,
  renderSideBySide: true,
  minimap: { enabled: false },
  wordWrap: 'on',
  scrollBeyondLastLine: false,
  automaticLayout: true,
  fontSize: 13,
};

/** Two versions side by side, read-only. */
export default function DiffView({ original, modified }: DiffViewProps) {
  const editorRef = useRef<Monaco.editor.IStandaloneDiffEditor | null>(null);

  // @monaco-editor/react 4.7 disposes the models before the widget, and Monaco >= 0.52 reports
  // that as an error (monaco-react#647). We keep the models and release them in the right order;
  // a layout-effect cleanup runs while the widget is still alive.
  useLayoutEffect(
    () => () => {
      const editor = editorRef.current;
      const models = editor?.getModel();
      editor?.setModel(null);
      models?.original.dispose();
      models?.modified.dispose();
    },
    [],
  );

  const onMount: DiffOnMount = (editor) => {
    editorRef.current = editor;
  };

  return (
    <div className="diff-view" data-testid="version-diff">
      <DiffEditor
        original={original}
        modified={modified}
        language={templateLanguage}
        theme={templateTheme}
        height="420px"
        keepCurrentOriginalModel
        keepCurrentModifiedModel
        onMount={onMount}
        options={options}
      />
    </div>
  );
}
