/** A narrow strip showing every bead of the document by confidence; click to jump. Drawn on a canvas (10,000 rows). */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row } from '../../app/core/project/model';

function colour(row: Row, low: number): string {
  if (row.score === null) return '#aab3c2';
  if (row.score < low) return '#d9822b';
  if (row.score < (1 + low) / 2) return '#e3c04c';
  return '#3f9f6f';
}

export function AlignmentMap({ rows, active, lowScore, onJump }: { rows: Row[]; active: number; lowScore: number; onJump: (i: number) => void }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const ro = new ResizeObserver(() => setHeight(c.getBoundingClientRect().height));
    ro.observe(c);
    return () => ro.disconnect();
  }, []);
  useEffect(() => {
    const c = canvas.current;
    if (!c || height === 0) return;
    const h = Math.round(height);
    c.height = h;
    c.width = 14;
    const g = c.getContext('2d');
    if (!g || rows.length === 0) return;
    g.clearRect(0, 0, c.width, h);
    const per = h / rows.length;
    rows.forEach((r, i) => {
      g.fillStyle = colour(r, lowScore);
      g.fillRect(2, Math.floor(i * per), 10, Math.max(1, Math.ceil(per)));
    });
    g.fillStyle = '#1d4ed8';
    g.fillRect(0, Math.floor(active * per), 14, Math.max(2, Math.ceil(per)));
  }, [rows, active, lowScore, height]);
  return (
    <canvas
      ref={canvas}
      className="alignment-map"
      role="img"
      aria-label={t('map.label')}
      title={t('map.label')}
      data-testid="alignment-map"
      onClick={(e) => {
        const rect = e.currentTarget.getBoundingClientRect();
        const i = Math.floor(((e.clientY - rect.top) / rect.height) * rows.length);
        if (i >= 0 && i < rows.length) onJump(i);
      }}
    />
  );
}
