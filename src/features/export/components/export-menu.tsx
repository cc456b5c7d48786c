import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import type { AllRows, PanelData } from '../../../lib/panel-data';
import type { Lang } from '../../../lib/view-state';
import type { ExportContext } from '../export-actions';

interface Props {
  panel: PanelData;
  /** Every row behind the panel, when it has more than it shows (for the CSV). */
  allRows?: AllRows | null;
  /**
   * What is on screen when the export runs: the active filters in words, a link that reopens
   * the view, and the view itself (stored in file metadata). Read at export time, so a filter
   * change does not re-render every menu.
   */
  getSnapshot: () => { link: string; view: unknown };
  lang: Lang;
}

type Action = 'png' | 'svg' | 'copy' | 'csv';
type Outcome =
  { state: 'idle' } | { state: 'working' } | { state: 'done'; message: string } | { state: 'failed'; message: string };

/** PNG, SVG, clipboard and CSV for one panel. The export code loads only when used. */
export function ExportMenu({ panel, allRows, getSnapshot, lang }: Props) {
  const { t } = useTranslation(['export', 'common']);
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState<'displayed' | 'all'>('displayed');
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const wrapper = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const hasAll = !!allRows && allRows.count !== panel.rows.length;

  const context = async (forCsv: boolean): Promise<ExportContext> => {
    const all = forCsv && rows === 'all' && allRows;
    const chosen = all ? await allRows.build() : panel;
    const { link, view } = getSnapshot();
    return {
      panel: chosen,
      lang,
      scope: all ? 'all' : 'shown',
      link,
      view,
      csv: {
        unit: {
          'krw-eok': t('export:unit.krw-eok'),
          count: t('export:unit.count'),
          percent: t('export:unit.percent'),
        },
        provenanceHeader: t('common:dataColumn'),
        provenance: {
          reported: t('common:provenance.reported'),
          derived: t('common:provenance.derived'),
          illustrative: t('common:provenance.illustrative'),
          mixed: t('common:provenance.mixed'),
        },
      },
    };
  };

  const run = async (action: Action) => {
    setOutcome({ state: 'working' });
    // Let "Preparing…" paint before any heavy work (building every row of a long series).
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      const ctx = await context(action === 'csv');
      const actions = await import('../export-actions');
      if (action === 'copy' && !actions.clipboardAvailable()) {
        // Plain-http intranet pages have no clipboard: say so, and give the PNG instead.
        await actions.copyFallback(ctx);
        setOutcome({ state: 'failed', message: t('export:clipboardUnavailable') });
        return;
      }
      if (action === 'png') await actions.downloadPng(ctx);
      if (action === 'svg') actions.downloadSvg(ctx);
      if (action === 'copy') await actions.copyPng(ctx);
      if (action === 'csv') await actions.downloadCsv(ctx);
      setOutcome({
        state: 'done',
        message: t(`export:done.${action}`, { count: ctx.panel.rows.length }),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const key =
        message === 'chart-not-ready'
          ? 'export:failed.notReady'
          : message === 'clipboard-unsupported'
            ? 'export:failed.unsupported'
            : action === 'copy'
              ? 'export:failed.copy'
              : 'export:failed.generic';
      setOutcome({ state: 'failed', message: t(key, { message }) });
    }
  };

  return (
    <div className="export-menu" ref={wrapper}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t('export:menuFor', { title: panel.title })}
        onClick={() => setOpen((value) => !value)}
      >
        {t('export:menu')} ▾
      </button>
      <div id={menuId} className="export-menu__panel" hidden={!open}>
        <button type="button" onClick={() => void run('png')}>
          {t('export:png')}
        </button>
        <button type="button" onClick={() => void run('svg')}>
          {t('export:svg')}
        </button>
        <button type="button" onClick={() => void run('copy')}>
          {t('export:copy')}
        </button>
        <fieldset className="export-menu__rows">
          <legend>{t('export:rows')}</legend>
          <label>
            <input
              type="radio"
              name={`${menuId}-rows`}
              checked={rows === 'displayed'}
              onChange={() => setRows('displayed')}
            />
            {t('export:displayedRows', { count: panel.rows.length })}
          </label>
          {hasAll ? (
            <label>
              <input type="radio" name={`${menuId}-rows`} checked={rows === 'all'} onChange={() => setRows('all')} />
              {t('export:allRows', { count: allRows.count })}
            </label>
          ) : null}
        </fieldset>
        <button type="button" onClick={() => void run('csv')}>
          {t('export:csv')}
        </button>
      </div>
      <p
        role="status"
        className={outcome.state === 'failed' ? 'error-text export-menu__status' : 'export-menu__status'}
        data-state={outcome.state}
      >
        {outcome.state === 'working'
          ? t('export:working')
          : outcome.state === 'done' || outcome.state === 'failed'
            ? outcome.message
            : ''}
      </p>
    </div>
  );
}
