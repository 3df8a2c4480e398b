/** i18next set-up: every visible string comes from locales/<lang>/<namespace>.json. Arabic mirrors the document. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../app/contract/api';

const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { eager: true, import: 'default' });

function resources(): Record<string, Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, data] of Object.entries(files)) {
    const m = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!m) continue;
    (out[m[1]!] ??= {})[m[2]!] = data;
  }
  return out;
}

export const NAMESPACES = ['common', 'menu', 'editor', 'glossary', 'qa', 'tm', 'review', 'compare'];

export async function initI18n(language: UiLanguage): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: resources(),
    lng: language,
    fallbackLng: false,
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDirection();
  i18next.on('languageChanged', applyDirection);
  return i18next;
}

/** Mirrors the whole layout: `dir` and `lang` on the document follow the UI language. */
export function applyDirection(): void {
  document.documentElement.lang = i18next.language;
  document.documentElement.dir = i18next.dir(i18next.language);
}
