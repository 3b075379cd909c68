import { caseColumns, type GoldenView } from '../../store/golden.ts';
import { clipCell } from '../../store/golden-form.ts';

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** A cell's text, cut to its first characters with the full length noted when long. */
function Clipped({ value }: { value: unknown }) {
  const { text, clipped } = clipCell(show(value) ?? '');
  if (clipped === 0) return <>{text}</>;

  return (
    <>
      {text} <span className="muted clip-note">({clipped.toLocaleString('en')} chars)</span>
    </>
  );
}

export function CasesTable({ view }: { view: GoldenView }) {
  const columns = caseColumns(view);
  const s = view.snapshot;

  return (
    <div>
      <h2>
        {s.setName} <span className="muted">#{s.number}</span>
      </h2>
      <p className="muted">
        {s.caseCount} cases from {s.sourceFile} · {new Date(s.createdAt).toLocaleString()}
      </p>
      <div className="scroll-x">
        <table className="table cases" data-testid="cases-table">
          <thead>
            <tr>
              <th>key</th>
              {columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
              <th>expected</th>
            </tr>
          </thead>
          <tbody>
            {view.cases.map((c) => (
              <tr key={c.key}>
                <td>
                  <code>{c.key}</code>
                </td>
                {columns.map((col) => (
                  <td key={col}>
                    <Clipped value={c.vars[col] ?? ''} />
                  </td>
                ))}
                <td data-testid="expected">
                  {c.expected === null ? (
                    <span className="muted">—</span>
                  ) : (
                    <Clipped value={c.expected} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
