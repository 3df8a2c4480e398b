/** Small modal dialogs: keyboard shortcuts, crash recovery, about. Native <dialog> gives focus trapping and Esc. */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { KEYMAP, displayKeys } from './keys';

declare const __QALAM_VERSION__: string;

export function Modal({ title, onClose, children, testId }: { title: string; onClose: () => void; children: ReactNode; testId?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={ref} className="modal" aria-label={title} onClose={onClose} data-testid={testId}>
      <h2>{title}</h2>
      {children}
    </dialog>
  );
}

/** The one button that closes an information dialog. */
function CloseActions({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="modal-actions">
      <button type="button" onClick={onClose} autoFocus>
        {t('actions.close')}
      </button>
    </div>
  );
}

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const groups = ['translate', 'navigate', 'align', 'review', 'find', 'file'] as const;
  return (
    <Modal title={t('shortcuts.title')} onClose={onClose} testId="shortcuts">
      <div className="shortcut-groups">
        {groups.map((g) => (
          <section key={g}>
            <h3>{t(`shortcuts.groups.${g}`)}</h3>
            <table>
              <tbody>
                {KEYMAP.filter((b) => b.group === g).map((b) => (
                  <tr key={b.keys}>
                    <td>{t(`commands.${b.command}`)}</td>
                    <td>
                      <kbd dir="ltr">{displayKeys(b.keys)}</kbd>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      <CloseActions onClose={onClose} />
    </Modal>
  );
}

export function RecoveryDialog({ savedAt, name, onRestore, onDiscard }: { savedAt: string; name: string; onRestore: () => void; onDiscard: () => void }) {
  const { t, i18n } = useTranslation();
  const when = new Date(savedAt).toLocaleString(i18n.language);
  return (
    <Modal title={t('recovery.title')} onClose={onDiscard} testId="recovery">
      <p>{t('recovery.body', { name, when })}</p>
      <div className="modal-actions">
        <button type="button" className="primary" onClick={onRestore} autoFocus>
          {t('recovery.restore')}
        </button>
        <button type="button" onClick={onDiscard}>
          {t('recovery.discard')}
        </button>
      </div>
    </Modal>
  );
}

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('about.title')} onClose={onClose} testId="about">
      <p>{t('about.body', { version: __QALAM_VERSION__ })}</p>
      <CloseActions onClose={onClose} />
    </Modal>
  );
}
