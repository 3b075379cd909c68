import { useApp } from '../../store/index.ts';
import { CasesTable } from './CasesTable.tsx';
import { ImportForm } from './ImportForm.tsx';

export function GoldenScreen() {
  const sets = useApp((s) => s.goldenSets);
  const golden = useApp((s) => s.golden);
  const selectGolden = useApp((s) => s.selectGolden);

  return (
    <div className="split">
      <section className="pane pane-list" aria-label="Golden sets">
        <h2>Golden sets</h2>
        <ImportForm />
        <ul className="list" data-testid="golden-list">
          {sets.map((g) => (
            <li key={g.id}>
              <button
                type="button"
                className={g.name === golden?.snapshot.setName ? 'selected' : ''}
                onClick={() => void selectGolden(g.name)}
              >
                <strong>{g.name}</strong>
                <span className="muted">snapshot #{g.latestSnapshot ?? '—'}</span>
              </button>
            </li>
          ))}
          {sets.length === 0 && <li className="muted">No golden sets yet.</li>}
        </ul>
      </section>
      <section className="pane pane-main">
        {golden ? (
          <CasesTable view={golden} />
        ) : (
          <p className="muted">Select or import a golden set.</p>
        )}
      </section>
    </div>
  );
}
