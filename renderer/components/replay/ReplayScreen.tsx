import { useApp } from '../../store/index.ts';
import { runLabel, runModels } from '../../store/replay-logic.ts';
import { ReplayForm } from './ReplayForm.tsx';
import { ReplayGrid } from './ReplayGrid.tsx';
import { RunSummary } from './RunSummary.tsx';

export function ReplayScreen() {
  const runs = useApp((s) => s.runs);
  const runId = useApp((s) => s.runId);
  const openRun = useApp((s) => s.openRun);

  return (
    <div className="split">
      <section className="pane pane-list" aria-label="Replay setup">
        <h2>Replay</h2>
        <ReplayForm />
        <h3>Previous runs</h3>
        <ul className="list" data-testid="run-list">
          {runs.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                className={r.id === runId ? 'selected' : ''}
                onClick={() => void openRun(r.id)}
              >
                <span>{runLabel(r)}</span>
                <span className="muted" data-testid="run-models">
                  {runModels(r)}
                </span>
                <span className="muted">{new Date(r.startedAt).toLocaleString()}</span>
              </button>
            </li>
          ))}
          {runs.length === 0 && <li className="muted">No runs yet.</li>}
        </ul>
      </section>
      <section className="pane pane-main" aria-label="Run">
        {runId === null ? (
          <p className="muted">Pick a golden set, versions and models, then press Start replay.</p>
        ) : (
          <>
            <RunSummary />
            <ReplayGrid />
          </>
        )}
      </section>
    </div>
  );
}
