/**
 * The selected difference above the English diff: its Arabic (in HTML, right to left; both versions with the
 * changed words marked when the Arabic itself changed) and its status in each version.
 */
import { useTranslation } from 'react-i18next';
import { diffWords, type DiffPart } from '../../../app/core/review/word-diff';
import { sourceText, type ShownComparison } from './compare-summary';

/** One side of an Arabic word diff: shared text plain, this side's changed words marked. */
function ArabicSide({ parts, side }: { parts: DiffPart[]; side: 'before' | 'after' }) {
  return (
    <>
      {parts.map((p, i) => {
        if (p.kind === 'same') return <span key={i}>{p.text}</span>;
        const text = p[side];
        if (!text) return null;
        return side === 'before' ? <del key={i}>{text}</del> : <ins key={i}>{text}</ins>;
      })}
    </>
  );
}

export function CompareDetail({ item, otherName }: { item: ShownComparison; otherName: string }) {
  const { t, i18n } = useTranslation();
  const nf = new Intl.NumberFormat(i18n.language);
  const { before, after } = item;
  const changedSource = item.differences.includes('source') && before && after;
  const parts = changedSource ? diffWords(sourceText(before), sourceText(after), 'ar').parts : null;
  return (
    <section className="compare-detail-head" aria-live="polite" data-testid="compare-detail">
      <h3>
        {t(item.numberIn === 'current' ? 'compare:row' : 'compare:rowInOther', { n: nf.format(item.number) })}
        {item.differences.map((d) => (
          <span key={d} className={`compare-chip ${d}`}>{t(`compare:kinds.${d}`)}</span>
        ))}
      </h3>
      {parts ? (
        <div className="compare-arabic two">
          <div>
            <span className="compare-side-label"><bdi>{otherName}</bdi></span>
            <p lang="ar" dir="rtl" data-testid="compare-arabic-before"><ArabicSide parts={parts} side="before" /></p>
          </div>
          <div>
            <span className="compare-side-label">{t('compare:current')}</span>
            <p lang="ar" dir="rtl" data-testid="compare-arabic-after"><ArabicSide parts={parts} side="after" /></p>
          </div>
        </div>
      ) : (
        <div className="compare-arabic">
          <p lang="ar" dir="rtl" data-testid="compare-arabic">{sourceText(after ?? before) || <span className="placeholder" lang={i18n.language} dir="auto">{t('compare:noArabic')}</span>}</p>
        </div>
      )}
      {item.differences.includes('state') && before && after ? (
        <p className="compare-state" data-testid="compare-state">
          {t('compare:stateChange', { before: t(`states.${before.state}`), after: t(`states.${after.state}`) })}
        </p>
      ) : null}
    </section>
  );
}
