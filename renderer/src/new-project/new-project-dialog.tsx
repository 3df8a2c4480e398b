/**
 * File → New project: the Arabic source and, optionally, an existing English translation, from a file (.txt,
 * .docx, .html) or pasted. Segmentation and alignment run in a Web Worker with a progress bar and Cancel, so the
 * window never freezes on a long document.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry, Project } from '../../../app/core/project/model';
import { api } from '../bridge';
import { Modal } from '../dialogs';
import { toShownError } from '../error-banner';
import CreateWorker from './create.worker?worker';
import type { WorkerReply, WorkerRequest } from './create.worker';

interface Side {
  text: string;
  file: string | null;
}

export function NewProjectDialog({ glossary, onCreated, onClose }: { glossary: GlossaryEntry[]; onCreated: (p: Project) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [source, setSource] = useState<Side>({ text: '', file: null });
  const [target, setTarget] = useState<Side>({ text: '', file: null });
  const [stage, setStage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const worker = useRef<Worker | null>(null);
  useEffect(() => () => worker.current?.terminate(), []);

  const choose = async (set: (s: Side) => void, fillName: boolean): Promise<void> => {
    try {
      const path = await api.pickFile({ purpose: 'open-document' });
      if (!path) return;
      const doc = await api.readDocument({ path });
      set({ text: doc.text, file: doc.name });
      if (fillName && !name) setName(doc.name.replace(/\.[^.]+$/, ''));
      setError(null);
    } catch (e) {
      setError(toShownError(e).message);
    }
  };

  const create = (): void => {
    if (!source.text.trim()) {
      setError(t('newProject.needSource'));
      return;
    }
    setError(null);
    setStage('segmenting');
    const w = new CreateWorker();
    worker.current = w;
    w.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m.type === 'stage') setStage(m.stage);
      else {
        w.terminate();
        worker.current = null;
        setStage(null);
        if (m.type === 'done') onCreated(m.project);
        else setError(m.message);
      }
    };
    const request: WorkerRequest = {
      name: name.trim() || t('untitled'),
      sourceText: source.text,
      ...(target.text.trim() ? { targetText: target.text } : {}),
      glossary,
      now: new Date().toISOString(),
      id: crypto.randomUUID(),
    };
    w.postMessage(request);
  };

  const cancel = (): void => {
    worker.current?.terminate();
    worker.current = null;
    setStage(null);
  };

  const side = (label: string, value: Side, set: (s: Side) => void, lang: 'ar' | 'en', testId: string) => (
    <fieldset className="np-side">
      <legend>{label}</legend>
      <div className="np-file">
        <button type="button" onClick={() => void choose(set, lang === 'ar')} disabled={stage !== null}>
          {t('newProject.chooseFile')}
        </button>
        <span className="np-file-name">{value.file ?? t('newProject.orPaste')}</span>
      </div>
      <textarea
        lang={lang}
        dir={lang === 'ar' ? 'rtl' : 'ltr'}
        rows={6}
        aria-label={label}
        value={value.text}
        disabled={stage !== null}
        onChange={(e) => set({ text: e.target.value, file: null })}
        data-testid={testId}
      />
    </fieldset>
  );

  return (
    <Modal title={t('newProject.title')} onClose={() => (stage ? cancel() : onClose())} testId="new-project">
      <label className="np-name">
        <span>{t('newProject.name')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} disabled={stage !== null} />
      </label>
      <div className="np-sides">
        {side(t('newProject.source'), source, setSource, 'ar', 'np-source')}
        {side(t('newProject.target'), target, setTarget, 'en', 'np-target')}
      </div>
      {error ? <p className="np-error" role="alert">{error}</p> : null}
      {stage ? (
        <div className="np-progress" role="status" aria-live="polite">
          <progress aria-label={t(`newProject.stages.${stage}`)} />
          <span>{t(`newProject.stages.${stage}`)}</span>
        </div>
      ) : null}
      <div className="modal-actions">
        {stage ? (
          <button type="button" onClick={cancel}>{t('newProject.cancel')}</button>
        ) : (
          <>
            <button type="button" className="primary" onClick={create}>{t('newProject.create')}</button>
            <button type="button" onClick={onClose}>{t('actions.close')}</button>
          </>
        )}
      </div>
    </Modal>
  );
}
