// The change digest's words in the reader's language, for its panel spec: the overview's section
// and the briefing pack build the spec with the same labels.
import { formatDate } from '../../i18n/format';
import type { Translator } from '../../i18n/i18n';
import type { Vintage } from '../../lib/vintages';
import type { Lang } from '../../lib/view-state';
import type { DigestKind } from './model/digest';
import type { DigestPanelLabels } from './model/digest-panel';

/** Each kind of change in words (every kind named: a new one fails typecheck until it has words). */
function kindNames(t: Translator): Record<DigestKind, string> {
  return {
    'pledge-added': t('digest:kind.pledge-added'),
    'pledge-removed': t('digest:kind.pledge-removed'),
    'status-changed': t('digest:kind.status-changed'),
    'target-revised': t('digest:kind.target-revised'),
    'figure-revised': t('digest:kind.figure-revised'),
    'figure-new': t('digest:kind.figure-new'),
    'figure-withdrawn': t('digest:kind.figure-withdrawn'),
    'dispute-new': t('digest:kind.dispute-new'),
    'dispute-settled': t('digest:kind.dispute-settled'),
    'series-break': t('digest:kind.series-break'),
    overdue: t('digest:kind.overdue'),
  };
}

/** Labels of the digest from `comparison` (the older vintage) to `latest`. */
export function digestPanelLabels(t: Translator, lang: Lang, comparison: Vintage, latest: Vintage): DigestPanelLabels {
  return {
    title: t('digest:panel.title', { date: formatDate(comparison.recordedUpTo, lang) }),
    subtitle: t('digest:range', {
      from: formatDate(comparison.asOf, lang),
      fromCut: formatDate(comparison.recordedUpTo, lang),
      to: formatDate(latest.asOf, lang),
      toCut: formatDate(latest.recordedUpTo, lang),
    }),
    columns: {
      change: t('digest:col.change'),
      subject: t('digest:col.subject'),
      date: t('digest:col.date'),
      before: t('digest:col.before'),
      after: t('digest:col.after'),
      delta: t('digest:col.delta'),
      deltaPercent: t('digest:col.deltaPercent'),
      group: t('digest:panel.group'),
    },
    kinds: kindNames(t),
    groups: {
      composition: t('digest:panel.groups.composition'),
      performance: t('digest:panel.groups.performance'),
      freshness: t('digest:panel.groups.freshness'),
    },
    status: (status) => t(`status:label.${status}`),
    revised: t('digest:panel.revised'),
    added: t('digest:panel.added'),
    chartAxis: t('digest:panel.chartAxis'),
    barsTruncated: (shown, count) => t('digest:panel.barsTruncated', { shown, count }),
  };
}
