// The change digest on the overview: what moved between the comparison vintage (by default the
// previous briefing) and the latest, with a select to pick the comparison (the `compare` URL
// parameter) and a CSV export. Composition, performance and freshness rows in separate tables.
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import { formatDate, formatPercent } from '../../../i18n/format';
import { localized } from '../../../i18n/localized';
import type { PanelData } from '../../../lib/panel-data';
import { useHydrated } from '../../../lib/use-hydrated';
import { useSpecContext } from '../../../lib/use-spec-context';
import type { Lang } from '../../../lib/view-state';
import { useVintages, useVintageView } from '../api/get-vintages';
import { digestPanelLabels } from '../digest-labels';
import { computeDigest, digestGroups, type DigestRow } from '../model/digest';
import { describeDigestRow, digestAmount, digestPanel, digestSubject, vintageSources } from '../model/digest-panel';
import { pickComparison } from '../model/comparison';
import { DependencyStatus } from '../../../components/dependency-status';
import { download } from '../../../lib/download';
import { st } from '../../../components/static-chart/messages';

interface Props {
  lang: Lang;
  compare: string | null;
  onCompare: (id: string | null) => void;
  onOpen: (programId: string) => void;
  /** "Add to briefing" for the digest as a panel, pinned with its comparison vintage (composed by app/). */
  renderPin?: (panel: PanelData, compare: string) => ReactNode;
}

export function DigestSection({ lang, compare, onCompare, onOpen, renderPin }: Props) {
  const { t } = useTranslation(['digest', 'status']);
  const context = useSpecContext();
  const vintages = useVintages();
  // The prerender had no vintages: while its markup is taken over, the digest is drawn as it was.
  const hydrated = useHydrated();
  const vintagesData = hydrated ? vintages.data : undefined;
  const selectId = useId();
  const list = vintagesData ?? [];
  const latest = list.find((vintage) => vintage.latest) ?? null;
  const comparison = vintagesData ? pickComparison(vintagesData, compare) : null;
  const unknown = vintagesData && compare !== null && comparison?.id !== compare ? compare : null;
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    if (unknown === null) return;
    setNotice(unknown);
    onCompare(null);
  }, [unknown, onCompare]);
  const older = useVintageView(comparison?.id ?? null);
  const newer = useVintageView(latest?.id ?? null);
  const digest = useMemo(
    () =>
      older.data && newer.data && comparison && latest
        ? computeDigest(older.data, newer.data, {
            fromRecordedUpTo: comparison.recordedUpTo,
            toRecordedUpTo: latest.recordedUpTo,
          })
        : null,
    [older.data, newer.data, comparison, latest],
  );
  const labels = useMemo(
    () => (comparison && latest ? digestPanelLabels(t, lang, comparison, latest) : null),
    [t, lang, comparison, latest],
  );
  // The digest as a panel: what "Add to briefing" pins (the pack draws it again from the vintages).
  const panel = useMemo(
    () =>
      digest && labels && older.data && newer.data
        ? digestPanel(digest, lang, labels, { ...context, sources: vintageSources(older.data, newer.data) })
        : null,
    [digest, labels, older.data, newer.data, lang, context],
  );
  const groups = digest ? digestGroups(digest) : null;
  // The first of its reads that failed: the view says which data and why, with Retry.
  const failedQuery = hydrated ? [vintages, older, newer].find((query) => query.isError) : undefined;

  const cells = (row: DigestRow) => [
    labels ? describeDigestRow(row, lang, labels) : row.kind,
    digestSubject(row, lang),
    row.date ? formatDate(row.date, lang) : '—',
    digestAmount(row.before, row.unit, lang),
    digestAmount(row.after, row.unit, lang),
    digestAmount(row.delta, row.unit, lang, true),
    row.deltaPercent === null ? '—' : `${row.deltaPercent > 0 ? '+' : ''}${formatPercent(row.deltaPercent, lang)}`,
  ];
  const headers = [
    t('col.change'),
    t('col.subject'),
    t('col.date'),
    t('col.before'),
    t('col.after'),
    t('col.delta'),
    t('col.deltaPercent'),
  ];

  async function downloadCsv() {
    if (!digest || !comparison || !latest) return;
    const { textTableToCsv } = await import('../../../lib/csv-text');
    const title = `${t('deltaSince', { date: formatDate(comparison.recordedUpTo, lang) })}`;
    const csv = textTableToCsv(
      [...headers, 'id', 'kind', 'group'],
      digest.rows.map((row) => [...cells(row), row.subject.id, row.kind, row.group]),
      [[st(lang, 'csvMeta.title'), title]],
    );
    download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `digest-${comparison.id}-to-${latest.id}.csv`);
  }

  const table = (rows: DigestRow[], caption: string) =>
    rows.length === 0 ? null : (
      <table className="digest__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const [change, subject, ...rest] = cells(row);
            const key = `${row.kind}:${row.subject.id}:${row.seriesId ?? ''}:${row.key ?? ''}`;
            return (
              <tr key={key}>
                <td>{change}</td>
                <td>
                  {row.subject.type === 'program' ? (
                    <a
                      href={`?compare=${encodeURIComponent(comparison?.id ?? '')}&program=${encodeURIComponent(row.subject.id)}&v=1`}
                      onClick={(event) => {
                        event.preventDefault();
                        onOpen(row.subject.id);
                      }}
                    >
                      {subject}
                    </a>
                  ) : (
                    subject
                  )}
                </td>
                {rest.map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    );

  return (
    <section aria-labelledby="digest-heading" className="digest">
      <h2 id="digest-heading">{t('heading')}</h2>
      {notice ? (
        <p className="notice" role="status">
          {t('unknownVintage', { id: notice })}
        </p>
      ) : null}
      {failedQuery ? (
        <DependencyStatus
          dependencies={[{ subject: 'vintages', query: failedQuery }]}
          neededBy="digest"
          loadingLabel={t('loading')}
        />
      ) : !vintagesData ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <>
          <label htmlFor={selectId}>{t('compareWith')}</label>{' '}
          <select
            id={selectId}
            value={comparison?.id ?? ''}
            onChange={(event) => {
              setNotice(null);
              onCompare(event.target.value);
            }}
          >
            {list
              .filter((vintage) => !vintage.latest)
              .map((vintage) => (
                <option key={vintage.id} value={vintage.id}>
                  {localized(vintage.name, lang)}
                </option>
              ))}
          </select>
          {comparison && latest ? (
            <p>
              {t('range', {
                from: formatDate(comparison.asOf, lang),
                fromCut: formatDate(comparison.recordedUpTo, lang),
                to: formatDate(latest.asOf, lang),
                toCut: formatDate(latest.recordedUpTo, lang),
              })}
            </p>
          ) : null}
          {groups && digest ? (
            <>
              <button type="button" onClick={() => void downloadCsv()} disabled={digest.rows.length === 0}>
                {t('csv')}
              </button>
              {panel && comparison && renderPin ? renderPin(panel, comparison.id) : null}
              {digest.rows.length === 0 ? <p>{t('none')}</p> : null}
              {table(groups.performance, t('performance'))}
              {table(groups.composition, t('composition'))}
              {table(groups.freshness, t('freshness'))}
            </>
          ) : (
            <p role="status">{t('loading')}</p>
          )}
        </>
      )}
    </section>
  );
}
