import { useApp } from '../../store/index.ts';
import { NewPromptForm } from './NewPromptForm.tsx';
import { PromptEditor } from './PromptEditor.tsx';
import { VersionHistory } from './VersionHistory.tsx';

export function PromptsScreen() {
  const prompts = useApp((s) => s.prompts);
  const selected = useApp((s) => s.selectedSlug);
  const openPrompt = useApp((s) => s.openPrompt);

  return (
    <div className="split">
      <section className="pane pane-list" aria-label="Prompts">
        <h2>Prompts</h2>
        <NewPromptForm />
        <ul className="list" data-testid="prompt-list">
          {prompts.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className={p.slug === selected ? 'selected' : ''}
                onClick={() => void openPrompt(p.slug)}
              >
                <strong>{p.slug}</strong>
                <span className="muted">
                  {p.latestVersion === null ? 'no versions' : `v${p.latestVersion}`}
                  {p.description ? ` · ${p.description}` : ''}
                </span>
              </button>
            </li>
          ))}
          {prompts.length === 0 && <li className="muted">No prompts yet.</li>}
        </ul>
      </section>
      {selected === null ? (
        <section className="pane muted">Select or create a prompt.</section>
      ) : (
        <section className="pane pane-main" aria-label="Prompt editor">
          <PromptEditor />
          <VersionHistory />
        </section>
      )}
    </div>
  );
}
