/**
 * An issue's message in the UI language (see issue-text.ts). Each value is isolated in its own direction
 * (`<bdi dir="auto">`), so Arabic terms keep their order in English text and English translations in Arabic
 * text; Arabic values get the Arabic font.
 */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { QaIssue } from '../../../app/core/qa/types';
import { issuePieces } from './issue-text';

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

export function IssueMessage({ issue, rowNumber }: { issue: QaIssue; rowNumber: (id: string) => number | undefined }) {
  const { t, i18n } = useTranslation();
  const pieces = issuePieces(issue, { t: (key, options) => t(key, options ?? {}), language: i18n.language, rowNumber });
  return (
    <span className="qa-message" lang={i18n.language} dir={i18n.dir()} data-code={issue.code}>
      {pieces.map((p, k) =>
        'text' in p ? (
          <Fragment key={k}>{p.text}</Fragment>
        ) : ARABIC.test(p.value) ? (
          <bdi key={k} dir="auto" lang="ar" className="ar-run">{p.value}</bdi>
        ) : (
          <bdi key={k} dir="auto">{p.value}</bdi>
        ),
      )}
    </span>
  );
}
