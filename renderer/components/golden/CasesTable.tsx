import { caseColumns, type GoldenView } from '../../store/golden.ts';

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

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
        <table className="table" data-testid="cases-table">
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
                  <td key={col}>{show(c.vars[col] ?? '')}</td>
                ))}
                <td>{c.expected ?? <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
