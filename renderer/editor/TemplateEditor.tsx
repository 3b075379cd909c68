import { useEffect, useRef } from 'react';
import Editor, { type OnMount } from '@monaco-editor/react';
import type * as Monaco from 'monaco-editor';
import { monaco } from './monaco.ts';
import { templateLanguage, templateTheme, updateMarkers } from './language.ts';

export interface TemplateEditorProps {
  value: string;
  onChange(value: string): void;
  onSave(): void;
  /** Golden columns; null when no golden set is chosen (then nothing is flagged). */
  columns: string[] | null;
  goldenName: string | null;
  label: string;
}

const lineHeight = 19;

const options: Monaco.editor.IStandaloneEditorConstructionOptions = {
  minimap: { enabled: false },
  wordWrap: 'on',
  lineNumbers: 'on',
  lineNumbersMinChars: 3,
  glyphMargin: false,
  folding: false,
  scrollBeyondLastLine: false,
  fontSize: 13,
  lineHeight,
  automaticLayout: true,
  autoClosingBrackets: 'never',
  autoClosingQuotes: 'never',
  wordBasedSuggestions: 'off',
  renderLineHighlight: 'none',
  overviewRulerLanes: 0,
  scrollbar: { alwaysConsumeMouseWheel: false },
  fixedOverflowWidgets: true,
};

/** One message template in Monaco; grows with its content up to 16 lines. */
export default function TemplateEditor(props: TemplateEditorProps) {
  const modelRef = useRef<Monaco.editor.ITextModel | null>(null);
  const { columns, goldenName, value } = props;
  const lines = Math.min(16, Math.max(3, value.split('\n').length + 1));

  // Markers live in Monaco, outside React: re-sync them when the text or the columns change.
  useEffect(() => {
    if (modelRef.current) updateMarkers(monaco, modelRef.current, columns, goldenName);
  }, [value, columns, goldenName]);

  const onMount: OnMount = (editor) => {
    modelRef.current = editor.getModel();
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => props.onSave());
    if (modelRef.current) updateMarkers(monaco, modelRef.current, columns, goldenName);
  };

  return (
    <div className="template-editor" style={{ height: lines * lineHeight + 8 }}>
      <Editor
        value={value}
        language={templateLanguage}
        theme={templateTheme}
        options={{ ...options, ariaLabel: props.label }}
        onChange={(text) => props.onChange(text ?? '')}
        onMount={onMount}
        loading={<div className="muted">Loading editor…</div>}
      />
    </div>
  );
}
