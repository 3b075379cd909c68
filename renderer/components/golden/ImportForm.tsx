import { useState } from 'react';
import { useApp } from '../../store/index.ts';
import { goldenName, type ImportFields } from '../../store/golden-form.ts';

const blank: ImportFields = { name: '', expectedColumn: '', idColumn: '' };

/** Reads the chosen file as text in the browser; the backend parses and names bad lines. */
export function ImportForm() {
  const importGolden = useApp((s) => s.importGolden);
  const importing = useApp((s) => s.importing);
  const [fields, setFields] = useState<ImportFields>(blank);
  const [file, setFile] = useState<File | null>(null);
  const input = (key: keyof ImportFields, label: string, placeholder: string) => (
    <label>
      {label}
      <input
        aria-label={label}
        placeholder={placeholder}
        value={fields[key]}
        onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
      />
    </label>
  );

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (file === null) return;

    if (await importGolden(fields, file.name, await file.text())) setFields(blank);
  };

  return (
    <form className="stack" aria-label="Import golden set" onSubmit={(e) => void submit(e)}>
      <input
        aria-label="Golden file"
        type="file"
        accept=".csv,.jsonl,.yaml,.yml"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      {input('name', 'Golden set name', file ? goldenName('', file.name) : 'the file name')}
      <div className="columns-2">
        {input('expectedColumn', 'Expected output column', 'expected')}
        {input('idColumn', 'Case id column', 'id')}
      </div>
      <button type="submit" disabled={importing || file === null}>
        {importing ? 'Importing…' : 'Import'}
      </button>
    </form>
  );
}
