import type * as Monaco from 'monaco-editor';
import { templateErrors } from '../../shared/templates/index.ts';
import { undefinedVariables } from '../store/variables.ts';

type MonacoApi = typeof Monaco;

export const templateLanguage = 'promptledger-template';
export const templateTheme = 'promptledger-light';

const markerOwner = 'promptledger-variables';

const tokens: Monaco.languages.IMonarchLanguage = {
  tokenizer: {
    root: [
      [/\{\{-?/, { token: 'delimiter.variable', next: '@expression' }],
      [/\{%-?/, { token: 'delimiter.tag', next: '@tag' }],
      [/\{#/, { token: 'comment', next: '@comment' }],
      [/[^{]+/, ''],
      [/\{/, ''],
    ],
    expression: [
      [/-?\}\}/, { token: 'delimiter.variable', next: '@pop' }],
      [/"[^"]*"|'[^']*'/, 'string'],
      [/\d+(\.\d+)?/, 'number'],
      [/\|\s*[a-zA-Z_]\w*/, 'keyword.filter'],
      [/[a-zA-Z_][\w]*/, 'variable'],
      [/./, ''],
    ],
    tag: [
      [/-?%\}/, { token: 'delimiter.tag', next: '@pop' }],
      [/\b(if|elif|else|endif|for|endfor|in|set|assign|and|or|not)\b/, 'keyword'],
      [/"[^"]*"|'[^']*'/, 'string'],
      [/[a-zA-Z_][\w]*/, 'variable'],
      [/./, ''],
    ],
    comment: [
      [/#\}/, { token: 'comment', next: '@pop' }],
      [/./, 'comment'],
    ],
  },
};

/** Registers the `{{ variable }}` language, its colours and completion from `columns()`. */
export function registerTemplateLanguage(monaco: MonacoApi, columns: () => string[]): void {
  monaco.languages.register({ id: templateLanguage });
  monaco.languages.setMonarchTokensProvider(templateLanguage, tokens);
  monaco.languages.setLanguageConfiguration(templateLanguage, { autoClosingPairs: [] });
  monaco.editor.defineTheme(templateTheme, {
    base: 'vs',
    inherit: true,
    rules: [
      { token: 'variable', foreground: '7c3aed', fontStyle: 'bold' },
      { token: 'delimiter.variable', foreground: '7c3aed' },
      { token: 'delimiter.tag', foreground: 'b45309' },
      { token: 'keyword', foreground: 'b45309' },
      { token: 'keyword.filter', foreground: '0e7490' },
      { token: 'comment', foreground: '6b7280', fontStyle: 'italic' },
    ],
    colors: {},
  });

  monaco.languages.registerCompletionItemProvider(templateLanguage, {
    triggerCharacters: ['{', ' '],
    provideCompletionItems(model, position) {
      const before = model.getValueInRange({
        startLineNumber: position.lineNumber,
        startColumn: 1,
        endLineNumber: position.lineNumber,
        endColumn: position.column,
      });
      if (!/\{[{%]-?[^}]*$/.test(before)) return { suggestions: [] };

      const word = model.getWordUntilPosition(position);
      const range = {
        startLineNumber: position.lineNumber,
        endLineNumber: position.lineNumber,
        startColumn: word.startColumn,
        endColumn: word.endColumn,
      };
      const suggestions = columns().map((name) => ({
        label: name,
        kind: monaco.languages.CompletionItemKind.Variable,
        detail: 'golden set column',
        insertText: name,
        range,
      }));
      return { suggestions };
    },
  });
}

/** Where `name` is used inside `{{ … }}` or `{% … %}` blocks of the text. */
function occurrences(text: string, name: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  const blocks = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;
  const word = new RegExp(`(?<![\\w."'])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
  for (const block of text.matchAll(blocks)) {
    for (const hit of block[0].matchAll(word)) {
      const start = (block.index ?? 0) + (hit.index ?? 0);
      found.push({ start, end: start + name.length });
    }
  }
  return found;
}

/** Warnings on variables the golden set lacks, and the template's syntax error if any. */
export function updateMarkers(
  monaco: MonacoApi,
  model: Monaco.editor.ITextModel,
  columns: string[] | null,
  goldenName: string | null,
): void {
  const text = model.getValue();
  const markers: Monaco.editor.IMarkerData[] = [];
  for (const name of undefinedVariables(text, columns)) {
    for (const { start, end } of occurrences(text, name)) {
      const a = model.getPositionAt(start);
      const b = model.getPositionAt(end);
      markers.push({
        severity: monaco.MarkerSeverity.Warning,
        message: `"${name}" is not a column of golden set ${goldenName ?? ''}`.trim(),
        startLineNumber: a.lineNumber,
        startColumn: a.column,
        endLineNumber: b.lineNumber,
        endColumn: b.column,
      });
    }
  }
  for (const error of templateErrors(text)) {
    markers.push({
      severity: monaco.MarkerSeverity.Error,
      message: error.message,
      startLineNumber: error.line,
      startColumn: error.column,
      endLineNumber: error.line,
      endColumn: error.column + 2,
    });
  }
  monaco.editor.setModelMarkers(model, markerOwner, markers);
}
