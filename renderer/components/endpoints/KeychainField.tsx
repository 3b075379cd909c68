import { useState } from 'react';
import { keychain } from '../../api/index.ts';
import { useApp } from '../../store/index.ts';

/** In the desktop app, an API key can go to the OS keychain; it is never shown or kept here. */
export function KeychainField() {
  const [key, setKey] = useState('');
  const ref = useApp((s) => s.endpointForm.apiKeyRef);
  if (!keychain.available()) return null;

  const store = async () => {
    if (await useApp.getState().storeApiKey(key)) setKey('');
  };

  return (
    <label>
      API key for {ref || '(name it above)'}
      <span className="row">
        <input
          aria-label="API key"
          type="password"
          autoComplete="off"
          placeholder="stored in the OS keychain"
          value={key}
          onChange={(e) => setKey(e.target.value)}
        />
        <button type="button" onClick={() => void store()}>
          Store key
        </button>
      </span>
    </label>
  );
}
