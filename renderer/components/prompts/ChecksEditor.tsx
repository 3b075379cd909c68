import { useState } from 'react';
import type { CheckSpec, CheckType } from '../../../shared/domain/index.ts';
import { useApp } from '../../store/index.ts';

const types: CheckType[] = [
  'is-json',
  'contains',
  'not-contains',
  'regex',
  'starts-with',
  'equals-expected',
];
const needsValue = (t: CheckType) => t !== 'is-json' && t !== 'equals-expected';

function describe(check: CheckSpec): string {
  if (check.type === 'regex') return `regex /${check.pattern}/${check.flags ?? ''}`;
  if ('value' in check) return `${check.type} "${check.value}"`;
  return check.type;
}

export function ChecksEditor() {
  const checks = useApp((s) => s.draft.checks);
  const { addCheck, removeCheck } = useApp.getState();
  const [type, setType] = useState<CheckType>('contains');
  const [value, setValue] = useState('');

  return (
    <fieldset className="checks" aria-label="Checks">
      <legend>Checks</legend>
      <ul className="plain" data-testid="checks-list">
        {checks.map((c, i) => (
          <li key={i}>
            <code>{describe(c)}</code>
            <button
              type="button"
              aria-label={`Remove check ${i + 1}`}
              onClick={() => removeCheck(i)}
            >
              ×
            </button>
          </li>
        ))}
        {checks.length === 0 && <li className="muted">No checks.</li>}
      </ul>
      <div className="row">
        <select
          aria-label="Check type"
          value={type}
          onChange={(e) => setType(e.target.value as CheckType)}
        >
          {types.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
        {needsValue(type) && (
          <input
            aria-label="Check value"
            placeholder={type === 'regex' ? 'pattern' : 'text'}
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        )}
        <button
          type="button"
          onClick={() => {
            addCheck(type, value);
            setValue('');
          }}
        >
          Add check
        </button>
      </div>
    </fieldset>
  );
}
