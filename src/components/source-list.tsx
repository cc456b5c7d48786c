import { useTranslation } from '../i18n/i18n';
import { formatDate } from '../i18n/format';
import { citedTitle } from '../lib/citation';
import type { Source } from '../lib/schemas';
import { safeExternalUrl } from '../lib/safe-url';
import type { Lang } from '../lib/view-state';

interface Props {
  sources: readonly Source[];
  lang: Lang;
  /** compact: publisher and date only, one line (tables); full: title and link too. */
  variant?: 'compact' | 'full';
}

export function SourceList({ sources, lang, variant = 'full' }: Props) {
  const { t } = useTranslation('common');
  if (sources.length === 0) return <span className="muted">{t('noSource')}</span>;
  return (
    <ul className={`source-list source-list--${variant}`}>
      {sources.map((source) => (
        <li key={source.id}>
          <SourceCitation source={source} lang={lang} variant={variant} />
        </li>
      ))}
    </ul>
  );
}

function SourceCitation({ source, lang, variant }: { source: Source; lang: Lang; variant: 'compact' | 'full' }) {
  const href = safeExternalUrl(source.url);
  const date = formatDate(source.date, lang);
  const publisher = source.publisher[lang];
  const title = citedTitle(source, lang);
  if (variant === 'compact') {
    return (
      <span title={title.gloss ?? title.text}>
        <bdi>{publisher}</bdi>, {date}
      </span>
    );
  }
  // Internal curation notes (source.note) are for the data desk, never shown to readers.
  return (
    <span>
      <bdi>{publisher}</bdi>, “<bdi lang={title.lang === lang ? undefined : title.lang}>{title.text}</bdi>”
      {title.gloss ? <> ({title.gloss})</> : null}, {date}
      {href ? (
        <>
          {' '}
          <a href={href} target="_blank" rel="noopener noreferrer">
            {new URL(href).hostname}
          </a>
        </>
      ) : null}
    </span>
  );
}
