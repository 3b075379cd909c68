import { useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../store/index.ts';
import { variantLabel } from '../../store/replay-logic.ts';
import { gridRowKeys, regressionIndex } from '../../store/replay-view.ts';
import { GridRow } from './GridRow.tsx';

/** Room for the case column and each variant column; narrower panes scroll sideways. */
const caseWidth = 110;
const variantWidth = 260;

/**
 * Rows are cases, columns are variants; outputs are diffed word by word against the baseline.
 * Only the rows in view are rendered: a golden set of thousands of cases stays responsive.
 */
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
  const keys = useMemo(() => gridRowKeys(source), [source]);
  const regressions = useMemo(() => regressionIndex(source.report), [source.report]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: keys.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 76,
    overscan: 6,
    getItemKey: (i) => keys[i] ?? i,
    // React 19 warns about flushSync during render; async updates are smooth enough here.
    useFlushSync: false,
  });
  const { run, runId } = source;
  if (run === null || runId === null) return null;

  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const span = run.variants.length + 1;

  return (
    <div className="grid-scroller" ref={scroller} data-testid="grid-scroller">
      <table
        className="table grid"
        data-testid="replay-grid"
        style={{ minWidth: caseWidth + run.variants.length * variantWidth }}
      >
        <thead>
          <tr>
            <th style={{ width: caseWidth }}>case</th>
            {run.variants.map((v, i) => (
              <th key={i} data-testid={`column-${i}`}>
                {variantLabel(v, endpoints)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {top > 0 && <Spacer height={top} span={span} />}
          {items.map((item) => (
            <GridRow
              key={item.key}
              runId={runId}
              caseKey={keys[item.index] ?? ''}
              index={item.index}
              variants={run.variants.length}
              baselineIndex={run.baselineIndex}
              regressions={regressions}
              measure={virtualizer.measureElement}
            />
          ))}
          {bottom > 0 && <Spacer height={bottom} span={span} />}
        </tbody>
      </table>
      {keys.length === 0 && <p className="muted">No rows to show.</p>}
    </div>
  );
}

/** Stands in for the rows scrolled out of view, so the scrollbar keeps its true length. */
function Spacer({ height, span }: { height: number; span: number }) {
  return (
    <tr className="spacer-row" aria-hidden="true" style={{ height }}>
      <td colSpan={span} />
    </tr>
  );
}
