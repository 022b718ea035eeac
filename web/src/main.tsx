import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n';
import { App } from './app/App';
import { STRINGS } from './app/features';
import { Providers } from './app/providers';
import { listenForStaleChunks } from './ui/chunkReload';

listenForStaleChunks();

// The strings of the user's language come first (a small download of their own).
void initI18n(STRINGS).finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Providers>
        <App />
      </Providers>
    </StrictMode>,
  ),
);
