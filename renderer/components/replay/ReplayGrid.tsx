import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../store/index.ts';
import { variantLabel } from '../../store/replay-logic.ts';
import { replayGrid, type GridCell } from '../../store/replay-view.ts';

function Output({ g }: { g: GridCell }) {
  if (g.diff === null) return <div className="output">{g.cell?.output}</div>;

  return (
    <div className="output">
      {g.diff.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : (
          <span key={i} className={`diff-${part.kind}`}>
            {part.text}
          </span>
        ),
      )}
    </div>
  );
}

function CellView({ g }: { g: GridCell }) {
  const c = g.cell;
  if (c === null) return <td className="cell pending muted">…</td>;

  return (
    <td className={`cell ${g.regression ? 'regressed' : ''}`} data-status={c.status}>
      {c.error ? (
        <div className="fail">{`${c.error.kind}: ${c.error.message}`}</div>
      ) : (
        <Output g={g} />
      )}
      <div className="chips">
        {c.checks.map((k, i) => (
          <span key={i} className={`chip ${k.pass ? 'chip-pass' : 'chip-fail'}`} title={k.detail}>
            {k.pass ? '✓' : '✗'} {k.name}
          </span>
        ))}
        {g.regression && (
          <span className="chip chip-fail" title={g.regression.detail}>
            regression: {g.regression.reasons.join(', ')}
          </span>
        )}
      </div>
      <div className="meta muted">
        {c.latencyMs === null ? '' : `${Math.round(c.latencyMs)} ms`}
        {c.tokensIn === null ? '' : ` · ${c.tokensIn}→${c.tokensOut ?? 0} tok`}
        {c.cost ? ` · $${c.cost.toFixed(5)}` : ''}
      </div>
    </td>
  );
}

/** Rows are cases, columns are variants; outputs are diffed word by word against the baseline. */
export function ReplayGrid() {
  const source = useApp(
    useShallow((s) => ({
      run: s.run,
      runId: s.runId,
      cellsByRun: s.cellsByRun,
      runCaseKeys: s.runCaseKeys,
      report: s.report,
      regressionsOnly: s.regressionsOnly,
    })),
  );
  const endpoints = useApp((s) => s.endpoints);
  const run = source.run;
  if (run === null) return null;

  const rows = replayGrid(source);
  return (
    <div className="scroll-x">
      <table className="table grid" data-testid="replay-grid">
        <thead>
          <tr>
            <th>case</th>
            {run.variants.map((v, i) => (
              <th key={i} data-testid={`column-${i}`}>
                {variantLabel(v, endpoints)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.caseKey} data-testid="grid-row" data-case={r.caseKey}>
              <th scope="row">
                <code>{r.caseKey}</code>
              </th>
              {r.cells.map((g, i) => (
                <CellView key={i} g={g} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="muted">No rows to show.</p>}
    </div>
  );
}
