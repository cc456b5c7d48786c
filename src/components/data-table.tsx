import { formatCount, formatDate, formatKrw, formatPercent } from '../i18n/format';
import { useTranslation } from '../i18n/i18n';
import type { PanelColumn, PanelData } from '../lib/panel-data';
import type { Lang } from '../lib/view-state';
import { Bidi } from './bidi';

export function formatCell(value: string | number | null | undefined, column: PanelColumn, lang: Lang): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'string') return /^\d{4}-\d{2}(-\d{2})?$/.test(value) ? formatDate(value, lang) : value;
  switch (column.unit) {
    case 'krw-eok':
      return formatKrw(value, lang);
    case 'percent':
      return formatPercent(value, lang);
    default:
      return formatCount(value, lang);
  }
}

/** The accessible alternative to a chart: exactly the rows the chart draws, with exact values. */
export function DataTable({ data, lang }: { data: PanelData; lang: Lang }) {
  const { t } = useTranslation('common');
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{data.title}</caption>
        <thead>
          <tr>
            {data.columns.map((column) => (
              <th key={column.key} scope="col" className={column.unit ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
            <th scope="col">{t('dataColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.id}>
              {data.columns.map((column, index) => {
                const text = formatCell(row.cells[column.key], column, lang);
                return index === 0 ? (
                  <th key={column.key} scope="row">
                    {column.unit ? text : <Bidi>{text}</Bidi>}
                  </th>
                ) : (
                  <td key={column.key} className={column.unit ? 'num' : undefined}>
                    {column.unit ? text : <Bidi>{text}</Bidi>}
                  </td>
                );
              })}
              <td>
                <span className={`badge badge--${row.provenance}`}>{t(`provenance.${row.provenance}`)}</span>
                {row.note ? <span className="data-table__note"> {row.note}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
