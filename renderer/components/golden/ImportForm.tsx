import { useState } from 'react';
import { useApp } from '../../store/index.ts';

/** Reads the chosen file as text in the browser; the backend parses and names bad lines. */
export function ImportForm() {
  const importGolden = useApp((s) => s.importGolden);
  const importing = useApp((s) => s.importing);
  const [name, setName] = useState('');
  const [file, setFile] = useState<File | null>(null);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (file === null) return;

    if (await importGolden(name, file.name, await file.text())) setName('');
  };

  return (
    <form className="stack" aria-label="Import golden set" onSubmit={(e) => void submit(e)}>
      <input
        aria-label="Golden set name"
        placeholder="golden set name"
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <input
        aria-label="Golden file"
        type="file"
        accept=".csv,.jsonl,.yaml,.yml"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      <button type="submit" disabled={importing || file === null || name.trim() === ''}>
        {importing ? 'Importing…' : 'Import'}
      </button>
    </form>
  );
}
