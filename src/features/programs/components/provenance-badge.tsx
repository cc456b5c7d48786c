import { useState } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import { SourceList } from '../../../components/source-list';
import { formatDate } from '../../../i18n/format';
import { localized } from '../../../i18n/localized';
import type { LocalizedText, Provenance, Source } from '../../../lib/schemas';
import type { Lang } from '../../../lib/view-state';

export interface FigureProvenance {
  provenance: Provenance;
  sourceIds: readonly string[];
  basis?: LocalizedText | undefined;
  unverified?: boolean | undefined;
  /** The date it was recorded (the second time axis); absent: with the first vintage. */
  recordedAt?: string | undefined;
}

interface Props {
  figure: FigureProvenance | null;
  sources: readonly Source[];
  lang: Lang;
  /** compact: a small disclosure after a number; otherwise the label is always visible. */
  compact?: boolean;
}

/**
 * Says whether a figure is reported, derived or illustrative — in words, not only colour —
 * and opens to its sources and basis, so every number leads to where it came from. The
 * sources are drawn when it opens: a table of hundreds of badges stays light.
 */
export function ProvenanceBadge({ figure, sources, lang, compact = false }: Props) {
  const { t } = useTranslation('common');
  const [open, setOpen] = useState(false);
  if (!figure) return <span className="muted">–</span>;
  const label = t(`provenance.${figure.provenance}`);
  return (
    <details
      className={`provenance${compact ? ' provenance--compact' : ''}`}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        <span className={`badge badge--${figure.provenance}`}>{label}</span>
        {figure.unverified ? <span className="badge badge--unverified">{t('unverified')}</span> : null}
      </summary>
      {open ? (
        <div className="provenance__body">
          {figure.basis ? <p className="provenance__basis">{localized(figure.basis, lang)}</p> : null}
          <p className="provenance__recorded">
            {figure.recordedAt ? t('recordedOn', { date: formatDate(figure.recordedAt, lang) }) : t('recordedFirst')}
          </p>
          <SourceList sources={sources.filter((source) => figure.sourceIds.includes(source.id))} lang={lang} />
        </div>
      ) : null}
    </details>
  );
}
