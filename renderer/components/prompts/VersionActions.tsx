import { useState } from 'react';
import { useApp } from '../../store/index.ts';

/** Restore, approve and export act on the version chosen here (the latest by default). */
export function VersionActions() {
  const versions = useApp((s) => s.versions);
  const lastExport = useApp((s) => s.lastExport);
  const { restoreVersion, approveVersion, exportVersion, moveLabel } = useApp.getState();
  const [chosen, setChosen] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [label, setLabel] = useState('production');
  const latest = versions.at(-1)?.number ?? null;
  const target = chosen !== null && versions.some((v) => v.number === chosen) ? chosen : latest;
  if (target === null) return null;

  return (
    <div className="actions" aria-label="Version actions">
      <label className="inline">
        Version
        <select
          aria-label="Action version"
          value={target}
          onChange={(e) => setChosen(Number(e.target.value))}
        >
          {versions.toReversed().map((v) => (
            <option key={v.id} value={v.number}>
              v{v.number}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void restoreVersion(target)}>
        Restore
      </button>
      <input
        aria-label="Approval note"
        placeholder="approval note"
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <button type="button" onClick={() => void approveVersion(target, note.trim())}>
        Approve
      </button>
      <button type="button" onClick={() => void exportVersion(target)}>
        Export to git
      </button>
      <input
        aria-label="Label name"
        placeholder="label, e.g. production"
        value={label}
        onChange={(e) => setLabel(e.target.value)}
      />
      <button type="button" onClick={() => void moveLabel(target, label)}>
        Move label here
      </button>
      {lastExport && (
        <span data-testid="export-result">
          {lastExport.file} · commit <code>{lastExport.commit.slice(0, 10)}</code>
          {lastExport.pushed ? ' · pushed' : ''}
        </span>
      )}
    </div>
  );
}
