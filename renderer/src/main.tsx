/** Renderer entry: reads settings through the contract, starts i18n in the saved language, renders the app. */
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/600.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/600.css';
import './styles.css';
import { api } from './bridge';
import { initI18n } from './i18n';
import { App } from './app';
import { DEFAULT_SETTINGS } from '../../app/contract/api';

async function boot(): Promise<void> {
  const settings = await api.getSettings().catch(() => DEFAULT_SETTINGS);
  const recovery = await api.getRecovery().catch(() => null);
  await initI18n(settings.language);
  createRoot(document.getElementById('root')!).render(<App initialSettings={settings} recovery={recovery} />);
}

void boot();
