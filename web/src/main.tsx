import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { languageReady } from './lib/i18n';
import './app/global.css';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');

// Vietnamese is in the bundle (resolves at once); a stored English choice first loads its strings.
void languageReady.then(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
