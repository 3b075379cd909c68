import { useApp } from '../../store/index.ts';
import { EndpointForm } from './EndpointForm.tsx';

export function EndpointsScreen() {
  const endpoints = useApp((s) => s.endpoints);
  const presets = useApp((s) => s.presets);
  const detected = useApp((s) => s.detected);
  const { editEndpoint, applyPreset, applyDetected, detectEndpoints } = useApp.getState();

  return (
    <div className="split">
      <section className="pane pane-list" aria-label="Endpoints">
        <h2>Endpoints</h2>
        <ul className="list" data-testid="endpoint-list">
          {endpoints.map((e) => (
            <li key={e.id}>
              <button type="button" onClick={() => editEndpoint(e)}>
                <strong>{e.name}</strong>
                <span className="muted">
                  {e.baseUrl} · {e.models.join(', ') || 'no models'}
                </span>
              </button>
            </li>
          ))}
          {endpoints.length === 0 && <li className="muted">No endpoints yet.</li>}
        </ul>
        <button type="button" onClick={() => editEndpoint(null)}>
          + New endpoint
        </button>
        <h3>Presets</h3>
        <div className="wrap">
          {presets.map((p) => (
            <button type="button" key={p.name} onClick={() => applyPreset(p)} title={p.baseUrl}>
              {p.name}
              {p.local ? ' (local)' : ''}
            </button>
          ))}
        </div>
        <h3>Local servers</h3>
        <button type="button" onClick={() => void detectEndpoints()}>
          Detect local servers
        </button>
        {detected && (
          <ul className="plain" data-testid="detected-list">
            {detected.map((d) => (
              <li key={d.baseUrl}>
                <button type="button" onClick={() => applyDetected(d)}>
                  Use {d.name}
                </button>{' '}
                <span className="muted">
                  {d.baseUrl} · {d.models.join(', ')}
                </span>
              </li>
            ))}
            {detected.length === 0 && <li className="muted">None found.</li>}
          </ul>
        )}
      </section>
      <section className="pane pane-main">
        <EndpointForm />
      </section>
    </div>
  );
}
