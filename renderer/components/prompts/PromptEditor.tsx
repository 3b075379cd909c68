import { useShallow } from 'zustand/react/shallow';
import { saveBlock } from '../../store/draft.ts';
import { useApp } from '../../store/index.ts';
import { ChecksEditor } from './ChecksEditor.tsx';
import { MessageList } from './MessageList.tsx';
import { ParamsForm } from './ParamsForm.tsx';
import { SaveDialog } from './SaveDialog.tsx';

export function PromptEditor() {
  const slug = useApp((s) => s.selectedSlug);
  const base = useApp((s) => s.draftBase);
  const dirty = useApp((s) => s.dirty);
  const openSave = useApp((s) => s.openSave);
  const goldenSets = useApp((s) => s.goldenSets);
  const varsGolden = useApp((s) => s.varsGolden);
  const setVarsGolden = useApp((s) => s.setVarsGolden);
  const block = useApp(
    useShallow((s) => {
      const found = saveBlock(s.draft, s.versions.at(-1));
      return { kind: found?.kind ?? null, message: found?.message ?? '' };
    }),
  );

  return (
    <div className="editor-panel" data-testid="prompt-editor">
      <div className="toolbar">
        <h2>{slug}</h2>
        <span className="muted">
          {base === null ? 'new draft' : `from v${base}`}
          {dirty ? ' · unsaved changes' : ''}
        </span>
        <span className="spacer" />
        <label className="inline">
          Variables from
          <select
            aria-label="Variables from golden set"
            value={varsGolden ?? ''}
            onChange={(e) => void setVarsGolden(e.target.value === '' ? null : e.target.value)}
          >
            <option value="">(no golden set)</option>
            {goldenSets.map((g) => (
              <option key={g.id} value={g.name}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        {block.kind === 'unchanged' && (
          <span className="muted" data-testid="save-hint">
            {block.message}
          </span>
        )}
        <button
          type="button"
          className="primary"
          disabled={block.kind === 'unchanged'}
          onClick={openSave}
          title="Ctrl/Cmd+S"
        >
          Save version
        </button>
      </div>
      <MessageList />
      <div className="columns-2">
        <ParamsForm />
        <ChecksEditor />
      </div>
      <SaveDialog />
    </div>
  );
}
