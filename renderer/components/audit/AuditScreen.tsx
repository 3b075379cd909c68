import { useApp } from '../../store/index.ts';

export function AuditScreen() {
  const records = useApp((s) => s.auditRecords);
  const filter = useApp((s) => s.auditFilter);
  const verdict = useApp((s) => s.verdict);
  const { setAuditFilter, loadAudit, verifyAudit, exportEvidence } = useApp.getState();

  return (
    <section className="pane" aria-label="Audit">
      <div className="toolbar">
        <h2>Audit trail</h2>
        <input
          aria-label="Filter by prompt"
          placeholder="prompt slug"
          value={filter.slug}
          onChange={(e) => setAuditFilter({ slug: e.target.value })}
        />
        <input
          aria-label="Filter by version"
          placeholder="version"
          type="number"
          min={1}
          value={filter.version}
          onChange={(e) => setAuditFilter({ version: e.target.value })}
        />
        <button type="button" onClick={() => void loadAudit()}>
          Filter
        </button>
        <span className="spacer" />
        <button type="button" onClick={() => void verifyAudit()}>
          Verify chain
        </button>
        <button type="button" onClick={() => void exportEvidence()}>
          Export evidence
        </button>
        {verdict && (
          <span
            className={verdict.ok ? 'chip chip-pass' : 'chip chip-fail'}
            data-testid="audit-verdict"
          >
            {verdict.ok
              ? `chain intact · ${verdict.records} records`
              : `broken at #${verdict.firstBroken ?? '?'}: ${verdict.reason ?? ''}`}
          </span>
        )}
      </div>
      <p className="muted" data-testid="audit-count">
        {records.length === 0
          ? 'No records match; press Filter to load.'
          : `${records.length} most recent record${records.length === 1 ? '' : 's'} (up to 200); Export evidence writes them all.`}
      </p>
      <div className="scroll-x">
        <table className="table" data-testid="audit-table">
          <thead>
            <tr>
              <th>#</th>
              <th>Time</th>
              <th>User</th>
              <th>Prompt</th>
              <th>Model (returned)</th>
              <th>Latency</th>
              <th>Tokens</th>
              <th>Output / error</th>
              <th>Hash</th>
            </tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <tr key={r.seq}>
                <td>{r.seq}</td>
                <td className="nowrap">{new Date(r.time).toLocaleString()}</td>
                <td>{r.userContext}</td>
                <td>{r.promptSlug ? `${r.promptSlug}@${r.promptVersion ?? '?'}` : '—'}</td>
                <td>
                  {r.requestedModel}
                  {r.returnedModel && r.returnedModel !== r.requestedModel
                    ? ` (${r.returnedModel})`
                    : ''}
                </td>
                <td>{r.latencyMs === null ? '—' : `${Math.round(r.latencyMs)} ms`}</td>
                <td>
                  {r.tokensIn ?? '—'}/{r.tokensOut ?? '—'}
                </td>
                <td className={r.error ? 'fail clip' : 'clip'}>
                  {r.error ?? r.output ?? r.outputHash ?? ''}
                </td>
                <td>
                  <code>{r.hash.slice(0, 8)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {records.length === 0 && <p className="muted">No audit records match.</p>}
    </section>
  );
}
