// The approver's review: each pending figure in words in the reader's language — its subject
// (and series), value, date, money basis and source — and what approving it changes (the
// digest), with Approve / Reject and the publishing of a vintage. Errors in the reader's language.
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { formatDate } from '../../../i18n/format';
import { useTranslation } from '../../../i18n/i18n';
import type { DeskFigure } from '../../../lib/desk-schemas';
import { moneyBasisSchema } from '../../../lib/schemas';
import { safeExternalUrl } from '../../../lib/safe-url';
import { deskApi } from '../api/desk-api';
import { deskKeys, usePendingFigures } from '../api/desk-queries';
import { subjectWords, type DeskLookup } from '../model/figure-words';
import { useDeskMessages } from './use-desk-messages';

const pointKinds = ['month-end', 'day', 'year-end', 'period'] as const;
const isPointKind = (kind: string | undefined): kind is (typeof pointKinds)[number] =>
  pointKinds.some((candidate) => candidate === kind);
const isMoneyBasis = (basis: string | undefined) => moneyBasisSchema.options.find((option) => option === basis);

export function ReviewList({ lookup }: { lookup: DeskLookup }) {
  const { t } = useTranslation('desk');
  const { errorText } = useDeskMessages();
  const queryClient = useQueryClient();
  const pending = usePendingFigures();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [vintageName, setVintageName] = useState('');
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const fail = (cause: unknown) => setStatus({ text: t('review.failed', { message: errorText(cause) }), failed: true });
  const decide = (figure: DeskFigure, decision: 'approve' | 'reject') => {
    setStatus(null);
    deskApi
      .decide(figure.id, decision, reasons[figure.id] ?? '')
      .then(() => queryClient.invalidateQueries({ queryKey: deskKeys.all }), fail);
  };
  const publish = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    deskApi
      .publish(vintageName)
      .then((vintage) => setStatus({ text: t('review.published', { name: vintage.name }), failed: false }), fail);
  };
  return (
    <section aria-labelledby="desk-review">
      <h3 id="desk-review">{t('review.heading')}</h3>
      {pending.isPending ? <p aria-busy="true">{t('review.loading')}</p> : null}
      {pending.isError ? (
        <div role="alert">
          <p>{t('review.loadFailed', { message: errorText(pending.error) })}</p>
          <button type="button" onClick={() => void pending.refetch()} disabled={pending.isFetching}>
            {t('review.retry')}
          </button>
        </div>
      ) : null}
      {pending.data?.length === 0 ? <p>{t('review.empty')}</p> : null}
      <ul>
        {(pending.data ?? []).map((figure) => (
          <li key={figure.id}>
            <PendingFigure figure={figure} lookup={lookup} />
            <label>
              {t('review.reason')}{' '}
              <input
                value={reasons[figure.id] ?? ''}
                onChange={(event) => setReasons({ ...reasons, [figure.id]: event.target.value })}
              />
            </label>
            <button type="button" onClick={() => decide(figure, 'approve')}>
              {t('review.approve')}
            </button>
            <button type="button" onClick={() => decide(figure, 'reject')}>
              {t('review.reject')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={publish}>
        <label>
          {t('review.publishName')}{' '}
          <input value={vintageName} onChange={(event) => setVintageName(event.target.value)} required />
        </label>
        <button type="submit">{t('review.publish')}</button>
      </form>
      {status ? <p role={status.failed ? 'alert' : 'status'}>{status.text}</p> : null}
    </section>
  );
}

function PendingFigure({ figure, lookup }: { figure: DeskFigure; lookup: DeskLookup }) {
  const { t, lang } = useTranslation('desk');
  const words = subjectWords(lookup, figure.subject, figure.seriesId, lang);
  const subject = words.series ? t('review.seriesName', { indicator: words.name, series: words.series }) : words.name;
  const basis = isMoneyBasis(figure.moneyBasis);
  const url = safeExternalUrl(figure.source.url);
  const { previous, next, change } = figure.digest;
  return (
    <>
      <p>
        {t('review.figure', {
          subject,
          value: words.value(figure.value),
          date: formatDate(figure.date, lang),
          by: figure.recordedBy,
        })}
      </p>
      {isPointKind(figure.kind) ? <p>{t('review.kind', { kind: t(`record.kindValue.${figure.kind}`) })}</p> : null}
      {basis ? <p>{t('review.basis', { basis: t(`record.basis.${basis}`) })}</p> : null}
      {figure.provenance === 'derived' && figure.basis ? (
        <p>{t('review.derived', { basis: figure.basis[lang] })}</p>
      ) : null}
      {figure.unverified ? <p>{t('review.unverified')}</p> : null}
      <p>
        {t('review.source', {
          publisher: figure.source.publisher[lang],
          title: figure.source.title[lang],
          date: formatDate(figure.source.date, lang),
        })}{' '}
        {url ? (
          <a href={url} target="_blank" rel="noopener noreferrer">
            {t('review.openSource', { title: figure.source.title[lang] })}
          </a>
        ) : (
          t('review.noLink')
        )}
      </p>
      <p>
        {previous === null
          ? t('review.digestFirst', { next: words.value(next) })
          : t('review.digest', {
              previous: words.value(previous),
              next: words.value(next),
              change: words.change(change ?? next - previous),
            })}
      </p>
    </>
  );
}
