import { formatDate, formatKrw } from '../../../i18n/format';
import { useTranslation } from '../../../i18n/i18n';
import type { Lang } from '../../../lib/view-state';
import type { DataProblem } from '../model/data-problems';

/** Says which figures of a program cannot be right and were left out of its status and charts. */
export function DataProblemsNote({ problems, lang }: { problems: readonly DataProblem[]; lang: Lang }) {
  const { t } = useTranslation('programs');
  if (problems.length === 0) return null;
  return (
    <span className="data-problem" role="note">
      <strong className="badge badge--problem">{t('problem.label')}</strong>{' '}
      {problems
        .map((problem) => {
          switch (problem.code) {
            case 'negative-value':
              return t('problem.negative', {
                date: formatDate(problem.date, lang),
                value: String(problem.value),
              });
            case 'implausible-date':
              return t('problem.implausibleDate', { date: problem.date });
            case 'after-as-of':
              return t('problem.afterAsOf', { date: formatDate(problem.date, lang) });
            case 'jump':
              return t('problem.jump', { date: formatDate(problem.date, lang) });
            case 'outside-period':
              return t('problem.outsidePeriod', {
                date: formatDate(problem.date, lang),
              });
            case 'share-out-of-range':
              return t('problem.shareRange', {
                date: formatDate(problem.date, lang),
                value: String(problem.value),
              });
            case 'children-exceed-parent':
              return t('problem.children', {
                children: formatKrw(problem.childrenTotal, lang),
                target: formatKrw(problem.target, lang),
              });
          }
        })
        .join(' ')}
    </span>
  );
}
