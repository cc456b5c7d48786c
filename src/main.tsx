// Boot: start the mock API only in development when no real API is configured, then render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { dataSource } from './lib/config';
import './app/styles.css';

async function startMocksIfConfigured(): Promise<void> {
  if (import.meta.env.DEV && dataSource.kind === 'mock') {
    const { startMockApi } = await import('../mocks/browser');
    await startMockApi(import.meta.env.VITE_MOCK_SCENARIO ?? 'default');
  }
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

void startMocksIfConfigured().then(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
