// The audit trail on the desk: every event about one pledge or indicator, oldest first — who,
// when, what (recorded, approved, rejected with the reason), the value in words, the source and
// which reading it replaces. Any signed-in role may read it. Follows the record form's subject.
import { useId } from 'react';
import { formatDate } from '../../../i18n/format';
import { useTranslation } from '../../../i18n/i18n';
import { useDeskEvents } from '../api/desk-queries';
import { subjectWords, type DeskLookup } from '../model/figure-words';
import { eventTime, historyEntries, type HistoryEntry, type HistoryFigure } from '../model/history';
import type { DeskSubjectOption } from '../model/subject-options';
import { SubjectOptions } from './subject-options';
import { useDeskMessages } from './use-desk-messages';

interface HistoryPanelProps {
  subjects: readonly DeskSubjectOption[];
  lookup: DeskLookup;
  subject: string;
  onSubjectChange: (subject: string) => void;
}

export function HistoryPanel({ subjects, lookup, subject, onSubjectChange }: HistoryPanelProps) {
  const { t } = useTranslation('desk');
  const { errorText } = useDeskMessages();
  const id = useId();
  const events = useDeskEvents(subject);
  const entries = events.data ? historyEntries(events.data) : [];
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('history.heading')}</h3>
      <p className="muted">{t('history.intro')}</p>
      <label htmlFor={`${id}-subject`}>{t('history.subject')}</label>{' '}
      <select id={`${id}-subject`} value={subject} onChange={(event) => onSubjectChange(event.target.value)}>
        <SubjectOptions subjects={subjects} />
      </select>
      {subject === '' ? <p>{t('history.choose')}</p> : null}
      {subject !== '' && events.isPending ? <p aria-busy="true">{t('history.loading')}</p> : null}
      {events.isError ? (
        <div role="alert">
          <p>{t('history.failed', { message: errorText(events.error) })}</p>
          <button type="button" onClick={() => void events.refetch()} disabled={events.isFetching}>
            {t('history.retry')}
          </button>
        </div>
      ) : null}
      {events.isSuccess && entries.length === 0 ? <p>{t('history.empty')}</p> : null}
      {entries.length > 0 ? (
        <ol aria-label={t('history.heading')}>
          {entries.map((entry) => (
            <HistoryItem key={entry.seq} entry={entry} subject={subject} lookup={lookup} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function HistoryItem({ entry, subject, lookup }: { entry: HistoryEntry; subject: string; lookup: DeskLookup }) {
  const { t, lang } = useTranslation('desk');
  const time = eventTime(entry.at);
  const at = t('history.at', { date: formatDate(time.date, lang), time: time.time });
  const valueOf = (figure: HistoryFigure) => subjectWords(lookup, subject, figure.seriesId, lang).value(figure.value);
  const { figure } = entry;
  const what = !figure
    ? entry.type === 'recorded'
      ? `${at}: ${t('history.unreadable')}`
      : t('history.unknownFigure', { at, actor: entry.actor, figure: entry.figureId })
    : t(`history.${entry.type}`, {
        at,
        actor: entry.actor,
        value: valueOf(figure),
        date: formatDate(figure.date, lang),
        reason: entry.reason ?? t('history.noReason'),
      });
  const { supersedes } = entry;
  return (
    <li>
      <p>{what}</p>
      {entry.type === 'recorded' && figure?.source ? (
        <p>
          {t('history.source', {
            publisher: figure.source.publisher[lang],
            title: figure.source.title[lang],
            date: formatDate(figure.source.date, lang),
          })}
        </p>
      ) : null}
      {entry.type === 'recorded' ? (
        <p>
          {supersedes.kind === 'nothing'
            ? t('history.supersedesNothing')
            : supersedes.kind === 'dataset'
              ? t('history.supersedesDataset', { date: formatDate(supersedes.date, lang) })
              : supersedes.kind === 'figure'
                ? t('history.supersedesFigure', {
                    date: formatDate(supersedes.figure.date, lang),
                    by: supersedes.figure.recordedBy,
                    value: valueOf(supersedes.figure),
                  })
                : t('history.supersedesUnknown', { figure: supersedes.id })}
          {entry.importId ? ` ${t('history.fromImport', { id: entry.importId })}` : null}
        </p>
      ) : null}
    </li>
  );
}
