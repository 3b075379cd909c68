import { useApp } from '../../store/index.ts';
import type { EndpointForm as Form } from '../../store/endpoints.ts';
import { KeychainField } from './KeychainField.tsx';

const fields: Array<{ key: keyof Omit<Form, 'id'>; label: string; hint?: string }> = [
  { key: 'name', label: 'Name' },
  { key: 'baseUrl', label: 'Base URL', hint: 'http://127.0.0.1:8080/v1' },
  { key: 'apiKeyRef', label: 'API key env var', hint: 'OPENAI_API_KEY (the key is never stored)' },
  { key: 'models', label: 'Models', hint: 'comma separated' },
  { key: 'priceInPerM', label: 'Price in / M tokens' },
  { key: 'priceOutPerM', label: 'Price out / M tokens' },
  { key: 'concurrency', label: 'Concurrency' },
  { key: 'timeoutMs', label: 'Timeout (ms)' },
];

export function EndpointForm() {
  const form = useApp((s) => s.endpointForm);
  const { setEndpointField, saveEndpoint, fetchModels } = useApp.getState();

  return (
    <form
      className="form-grid"
      aria-label="Endpoint"
      onSubmit={(e) => {
        e.preventDefault();
        void saveEndpoint();
      }}
    >
      <h2>{form.id === null ? 'New endpoint' : `Edit ${form.name}`}</h2>
      {fields.map((f) => (
        <label key={f.key}>
          {f.label}
          <input
            aria-label={f.label}
            placeholder={f.hint ?? ''}
            value={form[f.key]}
            onChange={(e) => setEndpointField(f.key, e.target.value)}
          />
        </label>
      ))}
      <KeychainField />
      <div className="row">
        <button type="submit" className="primary">
          Save endpoint
        </button>
        <button type="button" disabled={form.id === null} onClick={() => void fetchModels()}>
          Fetch models
        </button>
      </div>
    </form>
  );
}
