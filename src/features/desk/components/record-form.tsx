// Recording one figure for a pledge or an indicator (in one of its series): checked as it is
// typed with the server's own rules (src/lib/desk-figures.ts), money typed in 조 or 억 and shown
// in words before it is sent, the draft kept in this browser until it is recorded.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { findSubject, type DeskReference } from '../../../lib/desk-figures';
import { indicatorPointSchema, moneyBasisSchema } from '../../../lib/schemas';
import { formatKrw } from '../../../i18n/format';
import { useTranslation } from '../../../i18n/i18n';
import { deskApi, DeskRequestError } from '../api/desk-api';
import { deskKeys } from '../api/desk-queries';
import { isKnownIssue } from '../model/desk-messages';
import {
  checkDraft,
  DRAFT_STORAGE_KEY,
  draftValue,
  emptyDraft,
  issuesByField,
  parseStoredDraft,
  type DraftIssues,
  type FigureDraft,
} from '../model/figure-draft';
import type { DeskSubjectOption } from '../model/subject-options';
import { SubjectOptions } from './subject-options';
import { moneyUnits } from '../model/value-entry';
import { useDeskMessages } from './use-desk-messages';

function readDraft(): FigureDraft {
  try {
    return parseStoredDraft(localStorage.getItem(DRAFT_STORAGE_KEY));
  } catch {
    return emptyDraft;
  }
}

function storeDraft(draft: FigureDraft | null): void {
  try {
    if (draft) localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draft));
    else localStorage.removeItem(DRAFT_STORAGE_KEY);
  } catch {
    // Storage disabled: the draft lives as long as the page.
  }
}

const textFields = [
  'date',
  'value',
  'publisherKo',
  'publisherEn',
  'titleKo',
  'titleEn',
  'sourceDate',
  'url',
  'basisKo',
  'basisEn',
  'note',
] as const;

const allFields: readonly (keyof FigureDraft)[] = [
  'subject',
  'seriesId',
  'kind',
  'moneyBasis',
  'provenance',
  ...textFields,
];

const pointKinds = indicatorPointSchema.shape.kind.options;

interface RecordFormProps {
  subjects: readonly DeskSubjectOption[];
  reference: DeskReference;
  /** Told the chosen subject (and the draft's, once loaded), so the history can follow it. */
  onSubjectChange?: (subject: string) => void;
}

export function RecordForm({ subjects, reference, onSubjectChange }: RecordFormProps) {
  const { t, lang } = useTranslation('desk');
  const { issueText, errorText } = useDeskMessages();
  const queryClient = useQueryClient();
  const formId = useId();
  const [draft, setDraft] = useState<FigureDraft>(readDraft);
  const [touched, setTouched] = useState<ReadonlySet<keyof FigureDraft>>(new Set());
  const [serverIssues, setServerIssues] = useState<DraftIssues>({});
  const [version, setVersion] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const subject = findSubject(reference, draft.subject);
  const option = subjects.find((candidate) => candidate.key === draft.subject);
  const checked = checkDraft(draft, reference);
  const shown: DraftIssues = { ...checked.issues, ...serverIssues };
  const entry = draftValue(draft, subject);
  const isMoney = subject?.unit === 'money';

  useEffect(() => {
    onSubjectChange?.(draft.subject);
  }, [draft.subject, onSubjectChange]);

  useEffect(() => {
    if (!draft.subject) return;
    let cancelled = false;
    deskApi.version(draft.subject).then(
      (current) => !cancelled && setVersion(current),
      () => !cancelled && setVersion(null),
    );
    return () => {
      cancelled = true;
    };
  }, [draft.subject]);

  const update = (changes: Partial<FigureDraft>) => {
    const next = { ...draft, ...changes };
    setDraft(next);
    storeDraft(next);
    const fields = Object.keys(changes).filter((key): key is keyof FigureDraft => Object.hasOwn(emptyDraft, key));
    setTouched((before) => new Set([...before, ...fields]));
    setServerIssues((before) => Object.fromEntries(Object.entries(before).filter(([key]) => !(key in changes))));
    setStatus('');
  };
  const change = (field: keyof FigureDraft, value: string) => update({ [field]: value });
  const chooseSubject = (key: string) => {
    const series = subjects.find((candidate) => candidate.key === key)?.series ?? [];
    // A series of another indicator means nothing here: the only one, or a choice to make.
    update({ subject: key, seriesId: series.length === 1 ? (series[0]?.id ?? '') : '', kind: '' });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(new Set(allFields));
    if (!checked.ok) return;
    const subjectKey = checked.subject.key;
    deskApi.record(subjectKey, checked.input, version ?? 0).then(
      (result) => {
        void queryClient.invalidateQueries({ queryKey: deskKeys.all });
        setStatus(t('record.saved'));
        setVersion(result.version);
        const kept = {
          ...emptyDraft,
          subject: draft.subject,
          seriesId: draft.seriesId,
          kind: draft.kind,
          valueUnit: draft.valueUnit,
        };
        setDraft(kept);
        storeDraft(null);
        setTouched(new Set());
      },
      (cause: unknown) => {
        if (cause instanceof DeskRequestError && (cause.status === 409 || cause.status === 412)) {
          setStatus(t('record.conflict'));
          void deskApi.version(subjectKey).then(setVersion);
        } else if (cause instanceof DeskRequestError && cause.status === 422) {
          setServerIssues(issuesByField(cause.body?.issues ?? []));
          setStatus(t('record.failed', { message: errorText(cause) }));
        } else setStatus(t('record.failed', { message: errorText(cause) }));
      },
    );
  };

  const issueOf = (field: keyof FigureDraft) => {
    const issue = shown[field];
    if (!issue || !touched.has(field)) return '';
    if (draft[field].trim() === '') return t('record.required');
    if (field !== 'value') return isKnownIssue(issue) ? issueText(issue) : t('record.invalid');
    if (!checked.ok && checked.valueProblem && checked.valueProblem !== 'required')
      return t(`record.valueProblem.${checked.valueProblem}`);
    return isKnownIssue(issue) ? t('record.valueIssue', { issue: issueText(issue) }) : t('record.valueProblem.other');
  };
  const describedBy = (field: keyof FigureDraft) => (issueOf(field) ? `${formId}-${field}-error` : undefined);
  const selectProps = (field: keyof FigureDraft) => ({
    id: `${formId}-${field}`,
    value: draft[field],
    onChange: (event: { target: { value: string } }) => change(field, event.target.value),
    'aria-invalid': issueOf(field) ? true : undefined,
    'aria-describedby': describedBy(field),
  });

  return (
    <form onSubmit={submit} aria-labelledby={`${formId}-heading`} noValidate>
      <h3 id={`${formId}-heading`}>{t('record.heading')}</h3>
      <p className="muted">{t('record.draftKept')}</p>
      <label htmlFor={`${formId}-subject`}>{t('record.subject')}</label>{' '}
      <select {...selectProps('subject')} onChange={(event) => chooseSubject(event.target.value)}>
        <SubjectOptions subjects={subjects} />
      </select>
      <FieldError id={describedBy('subject')} text={issueOf('subject')} />
      {subject?.kind === 'indicator' ? (
        <>
          <div>
            <label htmlFor={`${formId}-seriesId`}>{t('record.series')}</label>{' '}
            <select {...selectProps('seriesId')}>
              <option value="">{t('record.none')}</option>
              {(option?.series ?? []).map((series) => (
                <option key={series.id} value={series.id}>
                  {series.name}
                </option>
              ))}
            </select>
            <FieldError id={describedBy('seriesId')} text={issueOf('seriesId')} />
          </div>
          <div>
            <label htmlFor={`${formId}-kind`}>{t('record.kind')}</label>{' '}
            <select {...selectProps('kind')}>
              <option value="">{t('record.none')}</option>
              {pointKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`record.kindValue.${kind}`)}
                </option>
              ))}
            </select>
            <FieldError id={describedBy('kind')} text={issueOf('kind')} />
          </div>
        </>
      ) : null}
      <label htmlFor={`${formId}-moneyBasis`}>{t('record.moneyBasis')}</label>{' '}
      <select {...selectProps('moneyBasis')}>
        <option value="">{t('record.none')}</option>
        {moneyBasisSchema.options.map((basis) => (
          <option key={basis} value={basis}>
            {t(`record.basis.${basis}`)}
          </option>
        ))}
      </select>
      <FieldError id={describedBy('moneyBasis')} text={issueOf('moneyBasis')} />
      <label htmlFor={`${formId}-provenance`}>{t('record.provenance')}</label>{' '}
      <select {...selectProps('provenance')}>
        <option value="reported">{t('record.provenanceValue.reported')}</option>
        <option value="derived">{t('record.provenanceValue.derived')}</option>
      </select>
      {textFields.map((field) => (
        <div key={field}>
          <label>
            {t(`record.${field}`)}{' '}
            <input
              id={`${formId}-${field}`}
              value={draft[field]}
              onChange={(event) => change(field, event.target.value)}
              inputMode={field === 'value' ? 'decimal' : undefined}
              aria-invalid={issueOf(field) ? true : undefined}
              aria-describedby={describedBy(field)}
            />
          </label>
          <FieldError id={describedBy(field)} text={issueOf(field)} />
          {field === 'value' && isMoney ? (
            <>
              <label htmlFor={`${formId}-valueUnit`}>{t('record.valueUnit')}</label>{' '}
              <select
                id={`${formId}-valueUnit`}
                value={draft.valueUnit}
                onChange={(event) => change('valueUnit', event.target.value)}
              >
                {moneyUnits.map((unit) => (
                  <option key={unit} value={unit}>
                    {t(`record.unit.${unit}`)}
                  </option>
                ))}
              </select>{' '}
              <output htmlFor={`${formId}-value ${formId}-valueUnit`} aria-live="polite">
                {entry.ok ? t('record.inWords', { amount: formatKrw(entry.value, lang) }) : ''}
              </output>
            </>
          ) : null}
        </div>
      ))}
      <button type="submit">{t('record.submit')}</button>
      {status ? <p role="status">{status}</p> : null}
    </form>
  );
}

function FieldError({ id, text }: { id: string | undefined; text: string }) {
  return text && id ? (
    <p id={id} className="field-error">
      {text}
    </p>
  ) : null;
}
