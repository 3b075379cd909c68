import { useState } from 'react';
import { useApp } from '../../store/index.ts';

export function SettingsScreen() {
  const repoPath = useApp((s) => s.repoPath);
  const workspace = useApp((s) => s.workspace);
  const saveRepoPath = useApp((s) => s.saveRepoPath);
  const [path, setPath] = useState(repoPath ?? '');

  return (
    <section className="pane" aria-label="Settings">
      <h2>Settings</h2>
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void saveRepoPath(path.trim());
        }}
      >
        <label>
          Export repository
          <input
            aria-label="Export repository path"
            placeholder="/path/to/shared-prompts (a git work tree)"
            value={path}
            onChange={(e) => setPath(e.target.value)}
          />
        </label>
        <div className="row">
          <button type="submit" className="primary" disabled={path.trim() === ''}>
            Save
          </button>
          <span className="muted" data-testid="repo-path">
            current: {repoPath ?? 'not set'}
          </span>
        </div>
      </form>
      <dl className="facts">
        <dt>Workspace</dt>
        <dd>{workspace?.path}</dd>
        <dt>User</dt>
        <dd>{workspace?.user} (set by the backend at launch)</dd>
      </dl>
    </section>
  );
}
