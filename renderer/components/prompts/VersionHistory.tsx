import { Suspense } from 'react';
import { DiffView } from '../../editor/lazy.tsx';
import { useApp } from '../../store/index.ts';
import { versionText } from '../../store/variables.ts';
import { VersionActions } from './VersionActions.tsx';

export function VersionHistory() {
  const versions = useApp((s) => s.versions);
  const approvals = useApp((s) => s.approvals);
  const labels = useApp((s) => s.prompts.find((p) => p.slug === s.selectedSlug)?.labels);
  const pick = useApp((s) => s.diffPick);
  const { togglePick, openVersion } = useApp.getState();
  const [a, b] = pick.map((n) => versions.find((v) => v.number === n));

  return (
    <div className="history">
      <h3>History</h3>
      <table className="table" data-testid="version-history">
        <thead>
          <tr>
            <th aria-label="Compare" />
            <th>#</th>
            <th>Message</th>
            <th>Author</th>
            <th>Time</th>
            <th>Hash</th>
            <th>Labels</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {versions.toReversed().map((v) => {
            const approved = approvals.some((x) => x.number === v.number);
            const vLabels = Object.entries(labels ?? {}).filter(([, n]) => n === v.number);
            return (
              <tr key={v.id} data-testid={`version-row-${v.number}`}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Compare version ${v.number}`}
                    checked={pick.includes(v.number)}
                    onChange={() => togglePick(v.number)}
                  />
                </td>
                <td>v{v.number}</td>
                <td>{v.message}</td>
                <td>{v.author}</td>
                <td className="nowrap">{new Date(v.createdAt).toLocaleString()}</td>
                <td>
                  <code>{v.contentHash.slice(0, 8)}</code>
                </td>
                <td>
                  {vLabels.map(([name]) => (
                    <span key={name} className="chip">
                      {name}
                    </span>
                  ))}
                  {approved && <span className="chip chip-pass">approved</span>}
                </td>
                <td className="nowrap">
                  <button type="button" onClick={() => openVersion(v)}>
                    Open
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {versions.length === 0 && (
        <p className="muted">No versions yet: write the prompt and save.</p>
      )}
      <VersionActions />
      {a && b && (
        <div>
          <h3>
            v{a.number} ↔ v{b.number}
          </h3>
          <Suspense fallback={<div className="muted">Loading diff…</div>}>
            <DiffView original={versionText(a)} modified={versionText(b)} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
