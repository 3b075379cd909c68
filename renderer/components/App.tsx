import { useEffect } from 'react';
import { useApp } from '../store/index.ts';
import type { Screen } from '../store/app.ts';
import { Banner } from './common/Banner.tsx';
import { PromptsScreen } from './prompts/PromptsScreen.tsx';
import { GoldenScreen } from './golden/GoldenScreen.tsx';
import { EndpointsScreen } from './endpoints/EndpointsScreen.tsx';
import { ReplayScreen } from './replay/ReplayScreen.tsx';
import { AuditScreen } from './audit/AuditScreen.tsx';
import { SettingsScreen } from './settings/SettingsScreen.tsx';

const screens: Array<{ id: Screen; label: string }> = [
  { id: 'prompts', label: 'Prompts' },
  { id: 'golden', label: 'Golden sets' },
  { id: 'endpoints', label: 'Endpoints' },
  { id: 'replay', label: 'Replay' },
  { id: 'audit', label: 'Audit' },
  { id: 'settings', label: 'Settings' },
];

const views: Record<Screen, () => React.JSX.Element> = {
  prompts: PromptsScreen,
  golden: GoldenScreen,
  endpoints: EndpointsScreen,
  replay: ReplayScreen,
  audit: AuditScreen,
  settings: SettingsScreen,
};

function useSaveShortcut() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        useApp.getState().openSave();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export function App() {
  const screen = useApp((s) => s.screen);
  const workspace = useApp((s) => s.workspace);
  const go = useApp((s) => s.go);
  const View = views[screen];
  useSaveShortcut();

  return (
    <div className="app" data-testid={workspace ? 'app-ready' : 'app-loading'}>
      <header className="topbar">
        <span className="brand">Promptledger</span>
        <span className="muted" data-testid="workspace-path" title="Workspace file">
          {workspace ? workspace.path : 'connecting…'}
        </span>
        <span className="spacer" />
        {workspace && <span className="muted">signed in as {workspace.user}</span>}
      </header>
      <nav className="sidenav" aria-label="Screens">
        {screens.map((s) => (
          <button
            key={s.id}
            type="button"
            aria-current={s.id === screen ? 'page' : undefined}
            onClick={() => go(s.id)}
          >
            {s.label}
          </button>
        ))}
      </nav>
      <main className="main">
        <Banner />
        <View />
      </main>
      <footer className="footer muted">
        {workspace ? `Workspace ${workspace.path} · schema v${workspace.schemaVersion}` : ''}
      </footer>
    </div>
  );
}
