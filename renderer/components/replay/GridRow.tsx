import { memo, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Cell, Regression, RunId } from '../../../shared/domain/index.ts';
import type { DiffPart } from '../../../shared/diff/index.ts';
import { useApp } from '../../store/index.ts';
import { cellKey } from '../../store/replay-logic.ts';
import { cellDiff, rowCells } from '../../store/replay-view.ts';

function Output({ output, diff }: { output: string | null; diff: DiffPart[] | null }) {
  if (diff === null) return <div className="output">{output}</div>;

  return (
    <div className="output">
      {diff.map((part, i) =>
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

interface CellProps {
  cell: Cell | null;
  base: Cell | null;
  isBase: boolean;
  regression: Regression | null;
}

/** One output; its word diff is computed when the cell is first shown, then kept. */
const CellView = memo(function CellView({ cell: c, base, isBase, regression }: CellProps) {
  const baseOutput = base?.output;
  const diff = useMemo(
    () => cellDiff(c?.output, baseOutput, isBase),
    [c?.output, baseOutput, isBase],
  );
  if (c === null) return <td className="cell pending muted">…</td>;

  return (
    <td className={`cell ${regression ? 'regressed' : ''}`} data-status={c.status}>
      {c.error ? (
        <div className="fail">{`${c.error.kind}: ${c.error.message}`}</div>
      ) : (
        <Output output={c.output} diff={diff} />
      )}
      <div className="chips">
        {c.checks.map((k, i) => (
          <span key={i} className={`chip ${k.pass ? 'chip-pass' : 'chip-fail'}`} title={k.detail}>
            {k.pass ? '✓' : '✗'} {k.name}
          </span>
        ))}
        {regression && (
          <span className="chip chip-fail" title={regression.detail}>
            regression: {regression.reasons.join(', ')}
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
});

export interface GridRowProps {
  runId: RunId;
  caseKey: string;
  /** The row's position in the grid, for the virtualizer's measurements. */
  index: number;
  variants: number;
  baselineIndex: number;
  regressions: Map<string, Regression>;
  measure(row: HTMLTableRowElement | null): void;
}

/** A case across all variants; re-renders only when one of its own cells changes. */
export const GridRow = memo(function GridRow(props: GridRowProps) {
  const { runId, caseKey, variants, baselineIndex, regressions } = props;
  const cells = useApp(useShallow((s) => rowCells(s.cellsByRun[runId], caseKey, variants)));
  const base = cells[baselineIndex] ?? null;
  const regressionAt = (i: number) => regressions.get(cellKey(caseKey, i)) ?? null;
  const regressed = cells.some((_, i) => regressionAt(i) !== null);

  return (
    <tr
      ref={props.measure}
      data-index={props.index}
      data-testid="grid-row"
      data-case={caseKey}
      className={regressed ? 'row-regressed' : ''}
    >
      <th scope="row">
        <code>{caseKey}</code>
      </th>
      {cells.map((cell, i) => (
        <CellView
          key={i}
          cell={cell}
          base={base}
          isBase={i === baselineIndex}
          regression={regressionAt(i)}
        />
      ))}
    </tr>
  );
});
