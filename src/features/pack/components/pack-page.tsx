import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { layoutChart } from '../../../components/static-chart/scene';
import { SceneSvg } from '../../../components/static-chart/scene-svg';
import { formatDate } from '../../../i18n/format';
import { translate, useTranslation, type QualifiedKey } from '../../../i18n/i18n';
import type { PanelData } from '../../../lib/panel-data';
import { langs, type Lang } from '../../../lib/view-state';
import type { PackDocument } from '../model/document';
import {
  moveItem,
  packToHash,
  pageSizes,
  removeItem,
  updateItem,
  type Pack,
  type PackItem,
  type PageSize,
} from '../model/pack';
import { closePackPage, selectPack, usePackStore } from '../pack-store';
import { pt, type PackPageKey } from '../messages';
import { st } from '../../../components/static-chart/messages';

export interface ResolvedItem {
  item: PackItem;
  /** Null when the current data has no such panel. */
  spec: PanelData | null;
  /** A takeaway drawn from the figures shown. */
  suggestion: string;
}

interface Props {
  /** The pinned items as specs in the pack's language; null while data loads. */
  resolved: ResolvedItem[] | null;
  currentVersion: string;
}

type Outcome = { state: 'idle' } | { state: 'working' } | { state: 'done' | 'failed'; message: string };

function isPageSize(value: string): value is PageSize {
  return pageSizes.some((size) => size === value);
}

function isLang(value: string): value is Lang {
  return langs.some((lang) => lang === value);
}

export function packLink(): string {
  return `${window.location.origin}${window.location.pathname}${packToHash(usePackStore.getState().pack)}`;
}

export function PackPage({ resolved, currentVersion }: Props) {
  const { lang } = useTranslation('pack');
  const t = (key: PackPageKey, options?: Record<string, unknown>) => pt(lang, key, options);
  const pack = usePackStore(selectPack);
  const replace = usePackStore((state) => state.replace);
  const current = () => usePackStore.getState().pack;
  const move = (id: string, by: -1 | 1) => replace(moveItem(current(), id, by));
  const remove = (id: string) => replace(removeItem(current(), id));
  const setTakeaway = (id: string, takeaway: string) => replace(updateItem(current(), id, { takeaway }));
  const setMeta = (update: Partial<Pick<Pack, 'title' | 'date' | 'lang' | 'pageSize'>>) =>
    replace({ ...current(), ...update });
  const [announcement, setAnnouncement] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const focusAfter = useRef<string | null>(null);
  const headingId = useId();
  const pl = (key: PackPageKey, options?: Record<string, unknown>) => pt(pack.lang, key, options);

  useEffect(() => {
    if (!focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const drawable = useMemo(
    () => (resolved ?? []).filter((entry): entry is ResolvedItem & { spec: PanelData } => entry.spec !== null),
    [resolved],
  );
  const document_ = (): PackDocument => ({
    title: pack.title || pl('untitled'),
    date: pack.date,
    lang: pack.lang,
    pageSize: pack.pageSize,
    link: packLink(),
    items: drawable.map((entry) => ({ takeaway: entry.item.takeaway || entry.suggestion, spec: entry.spec })),
  });

  const write = async (kind: 'pptx' | 'xlsx') => {
    setOutcome({ state: 'working' });
    try {
      const writers = await import('../writers/download');
      await writers.downloadPack(kind, document_());
      setOutcome({ state: 'done', message: t(`done.${kind}`) });
    } catch (error) {
      setOutcome({
        state: 'failed',
        message: t('failed', { message: error instanceof Error ? error.message : String(error) }),
      });
    }
  };

  const copyLink = async () => {
    try {
      if (!navigator.clipboard?.writeText || !window.isSecureContext) throw new Error('unavailable');
      await navigator.clipboard.writeText(packLink());
      setOutcome({ state: 'done', message: t('linkCopied') });
    } catch {
      setOutcome({ state: 'failed', message: t('linkUnavailable') });
    }
  };

  const onMove = (id: string, by: -1 | 1, index: number) => {
    const target = index + by;
    move(id, by);
    // Keep the keyboard where it was: on the same button of the moved item (or its other one at an end).
    const atEnd = target === 0 || target === pack.items.length - 1;
    focusAfter.current = `${id}-${by === -1 ? (atEnd ? 'down' : 'up') : atEnd ? 'up' : 'down'}`;
    setAnnouncement(t('moved', { number: target + 1 }));
  };

  const pages = drawable.length;
  return (
    <div className={`pack pack--${pack.pageSize.replace(':', 'x')}`} lang={pack.lang}>
      <div className="pack__controls no-print">
        <p>
          <button type="button" className="link-button" onClick={closePackPage}>
            ← {t('back')}
          </button>
        </p>
        <h2 id={headingId}>{t('heading')}</h2>
        <p className="muted">{t('intro')}</p>
        <div className="pack__settings">
          <label>
            {t('title')}
            <input
              type="text"
              value={pack.title}
              placeholder={t('titlePlaceholder')}
              onChange={(event) => setMeta({ title: event.target.value })}
            />
          </label>
          <label>
            {t('date')}
            <input
              type="date"
              value={pack.date}
              onChange={(event) => event.target.value && setMeta({ date: event.target.value })}
            />
          </label>
          <label>
            {t('language')}
            <select
              value={pack.lang}
              onChange={(event) => isLang(event.target.value) && setMeta({ lang: event.target.value })}
            >
              <option value="ko" lang="ko">
                한국어
              </option>
              <option value="en" lang="en">
                English
              </option>
            </select>
          </label>
          <label>
            {t('pageSize')}
            <select
              value={pack.pageSize}
              onChange={(event) => isPageSize(event.target.value) && setMeta({ pageSize: event.target.value })}
            >
              {pageSizes.map((size) => (
                <option key={size} value={size}>
                  {t(`sizes.${size}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="pack__exports" role="group" aria-label={t('exports')}>
          <button type="button" disabled={pages === 0} onClick={() => void write('pptx')}>
            {t('pptx')}
          </button>
          <button type="button" disabled={pages === 0} onClick={() => void write('xlsx')}>
            {t('xlsx')}
          </button>
          <button type="button" disabled={pages === 0} onClick={() => window.print()}>
            {t('print')}
          </button>
          <button type="button" onClick={() => void copyLink()}>
            {t('copyLink')}
          </button>
          <p role="status" className={outcome.state === 'failed' ? 'error-text' : undefined}>
            {outcome.state === 'working' ? t('working') : outcome.state === 'idle' ? '' : outcome.message}
          </p>
        </div>
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
        {pack.items.length === 0 ? <p>{t('empty')}</p> : null}
        {resolved === null && pack.items.length > 0 ? <p role="status">{translate(lang, 'pack:loading')}</p> : null}
      </div>
      {resolved && pack.items.length > 0 ? (
        <>
          <h3 className="no-print">{t('itemsHeading')}</h3>
          <ol className="pack__items" aria-labelledby={headingId}>
            {resolved.map((entry, index) => {
              const number = index + 1;
              const page = drawable.findIndex((drawn) => drawn.item.id === entry.item.id) + 1;
              return (
                <li key={entry.item.id} className="pack__item">
                  <div className="pack__item-controls no-print">
                    <label className="pack__takeaway">
                      {t('takeaway', { number })}
                      <input
                        type="text"
                        value={entry.item.takeaway || entry.suggestion}
                        onChange={(event) => setTakeaway(entry.item.id, event.target.value)}
                      />
                    </label>
                    <div role="group" aria-label={t('item', { number })} className="pack__item-buttons">
                      <button
                        type="button"
                        id={`${entry.item.id}-up`}
                        aria-label={t('moveUp', { number })}
                        disabled={index === 0}
                        onClick={() => onMove(entry.item.id, -1, index)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        id={`${entry.item.id}-down`}
                        aria-label={t('moveDown', { number })}
                        disabled={index === resolved.length - 1}
                        onClick={() => onMove(entry.item.id, 1, index)}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        aria-label={t('remove', { number })}
                        onClick={() => {
                          remove(entry.item.id);
                          setAnnouncement(t('removed'));
                        }}
                      >
                        ✕
                      </button>
                    </div>
                    <p className="muted">{t('takeawayHint')}</p>
                  </div>
                  {entry.spec ? (
                    <PrintPage
                      spec={entry.spec}
                      takeaway={entry.item.takeaway || entry.suggestion}
                      lang={pack.lang}
                      page={page}
                      pages={pages}
                      note={
                        entry.item.datasetVersion && entry.item.datasetVersion !== currentVersion
                          ? pl('otherVersion', { pinned: entry.item.datasetVersion, current: currentVersion })
                          : null
                      }
                    />
                  ) : (
                    <p className="notice notice--warning">{t('unknownPanel', { id: entry.item.panelId })}</p>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
    </div>
  );
}

/** One printed page: takeaway, the chart as vector SVG, and a footer with sources, as-of and page number. */
function PrintPage({
  spec,
  takeaway,
  lang,
  page,
  pages,
  note,
}: {
  spec: PanelData;
  takeaway: string;
  lang: Lang;
  page: number;
  pages: number;
  note: string | null;
}) {
  const scene = useMemo(
    () =>
      layoutChart(spec.chart, lang, {
        width: 900,
        axisUnits: { count: st(lang, 'axis.count'), percent: st(lang, 'axis.percent') },
        axisStart: (value) => st(lang, 'axis.start', { value }),
      }),
    [spec, lang],
  );
  const tt = (key: QualifiedKey, options?: Record<string, unknown>) => translate(lang, key, options);
  const publishers = [...new Set(spec.sources.map((source) => source.publisher[lang]))].join(', ');
  return (
    <section className="print-page" aria-label={takeaway}>
      <h3 className="print-page__title">{takeaway}</h3>
      <p className="print-page__subtitle">
        {spec.title}
        {spec.subtitle ? ` — ${spec.subtitle}` : ''}
      </p>
      <p className="print-page__filters">
        {spec.filters.applies ? st(lang, 'filters', { filters: spec.filters.text }) : st(lang, 'noFiltersApply')}
        {spec.demo ? <strong className="badge badge--demo"> DEMO</strong> : null}
      </p>
      <svg
        className="print-page__chart"
        viewBox={`0 0 ${scene.width} ${scene.height}`}
        role="img"
        aria-label={spec.title}
        preserveAspectRatio="xMidYMin meet"
      >
        <SceneSvg scene={scene} />
      </svg>
      {scene.notes.length ? (
        <ol className="print-page__notes">
          {scene.notes.map((text, index) => (
            <li key={index}>{text}</li>
          ))}
        </ol>
      ) : null}
      {note ? <p className="print-page__notes">{note}</p> : null}
      <footer className="print-page__footer">
        <span>
          {pt(lang, 'footerSources')}: {publishers || tt('common:noSource')}
        </span>
        <span>{st(lang, 'asOf', { date: formatDate(spec.asOf, lang) })}</span>
        <span>{st(lang, 'datasetVersion', { version: spec.datasetVersion })}</span>
        <span className="print-page__number">{pt(lang, 'page', { page, pages })}</span>
      </footer>
    </section>
  );
}
