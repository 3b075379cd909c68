import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App.tsx';
import { useApp } from './store/index.ts';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('renderer: #root missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
void useApp.getState().boot();
