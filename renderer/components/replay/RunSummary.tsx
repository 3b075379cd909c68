import { useApp } from '../../store/index.ts';
import { fmt } from '../../store/replay-view.ts';
import { cellsToRetry, variantLabel } from '../../store/replay-logic.ts';

export function RunSummary() {
  const run = useApp((s) => s.run);
  const report = useApp((s) => s.report);
  const progress = useApp((s) => s.progress);
  const endpoints = useApp((s) => s.endpoints);
  const regressionsOnly = useApp((s) => s.regressionsOnly);
  const retrying = useApp((s) => (s.retrying?.runId === s.runId ? s.retrying : null));
  const { toggleRegressionsOnly, retryFailed, cancelRun } = useApp.getState();
  if (run === null) return <p className="muted">Loading run…</p>;

  const status = report?.run.status ?? run.status;
  const failed = cellsToRetry(report);

  return (
    <div className="summary" data-testid="run-summary">
      <div className="toolbar">
        <h2>
          {run.goldenName} #{run.snapshotNumber}
        </h2>
        <span
          className={`chip ${status === 'finished' ? 'chip-pass' : ''}`}
          data-testid="run-status"
        >
          {status}
        </span>
        {progress && (status === 'running' || retrying) && (
          <span className="muted" data-testid="run-progress">
            {retrying ? 'retrying ' : ''}
            {progress.done}/{progress.total}
          </span>
        )}
        <span className="spacer" />
        {status === 'running' && (
          <button type="button" onClick={() => void cancelRun()}>
            Cancel run
          </button>
        )}
        <label className="check">
          <input type="checkbox" checked={regressionsOnly} onChange={toggleRegressionsOnly} />
          Regressions only
        </label>
        <button
          type="button"
          disabled={failed === 0 || retrying !== null}
          onClick={() => void retryFailed()}
        >
          Retry failed{failed > 0 ? ` (${failed})` : ''}
        </button>
      </div>
      <div className="scroll-x">
        <table className="table summary-table">
          <thead>
            <tr>
              <th>Column</th>
              <th>Agreement</th>
              <th>Checks ✓/✗</th>
              <th>p50 / p95</th>
              <th>Tokens in/out</th>
              <th>Cost</th>
              <th>Errors</th>
              <th>Regressions</th>
            </tr>
          </thead>
          <tbody>
            {run.variants.map((v, i) => {
              const s = report?.summaries.find((x) => x.variantIndex === i);
              return (
                <tr key={i} data-testid={`summary-${i}`}>
                  <td>
                    {variantLabel(v, endpoints)}
                    {i === run.baselineIndex && <span className="chip">baseline</span>}
                  </td>
                  <td>
                    {s ? fmt(s.agreementRate === null ? null : s.agreementRate * 100, 0, '%') : '—'}
                  </td>
                  <td>{s ? `${s.checksPassed} / ${s.checksFailed}` : '—'}</td>
                  <td>
                    {s ? `${fmt(s.latencyP50, 0, ' ms')} / ${fmt(s.latencyP95, 0, ' ms')}` : '—'}
                  </td>
                  <td>{s ? `${s.tokensIn} / ${s.tokensOut}` : '—'}</td>
                  <td>{s ? `$${s.cost.toFixed(4)}` : '—'}</td>
                  <td className={s && s.errors > 0 ? 'fail' : ''}>{s?.errors ?? '—'}</td>
                  <td className={s && s.regressions > 0 ? 'fail' : ''}>{s?.regressions ?? '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
