// The data desk in the app: sign in, record a figure (checked as you type with the server's own
// schema, the draft kept in this browser), and — for approvers — review and publish.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { moneyBasisSchema } from '../../../lib/schemas';
import type { DeskFigure, SessionResponse } from '../../../lib/desk-schemas';
import { useTranslation } from '../../../i18n/i18n';
import { deskApi, DeskRequestError } from '../api/desk-api';
import {
  checkDraft,
  DRAFT_STORAGE_KEY,
  emptyDraft,
  issuesByField,
  parseStoredDraft,
  type DraftIssues,
  type FigureDraft,
} from '../model/figure-draft';
import * as deskCatalog from '../../../i18n/messages/desk';
import { registerCatalog } from '../../../i18n/i18n';

// Loaded on demand: this chunk brings its own messages.
registerCatalog('desk', deskCatalog);

export interface DeskProgramOption {
  id: string;
  name: string;
}

interface DeskPageProps {
  programs: readonly DeskProgramOption[];
  onBack: () => void;
  /** Called once signed in: data the deployment keeps for signed-in users can now be read. */
  onSignedIn?: () => void;
}

export function DeskPage({ programs, onBack, onSignedIn }: DeskPageProps) {
  const { t } = useTranslation('desk');
  const [session, setSession] = useState<SessionResponse | null | undefined>(undefined);
  useEffect(() => {
    deskApi.session().then(setSession, () => setSession(null));
  }, []);
  return (
    <section className="desk" aria-labelledby="desk-title">
      <h2 id="desk-title">{t('title')}</h2>
      <p>
        <button type="button" onClick={onBack}>
          {t('back')}
        </button>
      </p>
      {session === undefined ? null : session ? (
        <>
          <p>
            {t('signIn.signedInAs', { username: session.user.username, role: session.user.role })}{' '}
            <button type="button" onClick={() => void deskApi.signOut().finally(() => setSession(null))}>
              {t('signIn.signOut')}
            </button>
          </p>
          {session.user.role !== 'viewer' ? <RecordForm programs={programs} /> : null}
          {session.user.role === 'approver' ? <ReviewList programs={programs} /> : null}
        </>
      ) : (
        <SignInForm
          onSignedIn={(signedIn) => {
            setSession(signedIn);
            onSignedIn?.();
          }}
        />
      )}
    </section>
  );
}

function SignInForm({ onSignedIn }: { onSignedIn: (session: SessionResponse) => void }) {
  const { t } = useTranslation('desk');
  const [error, setError] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    deskApi
      .signIn(String(form.get('username') ?? ''), String(form.get('password') ?? ''))
      .then(onSignedIn, (cause) =>
        setError(t('signIn.failed', { message: cause instanceof Error ? cause.message : String(cause) })),
      );
  };
  return (
    <form onSubmit={submit} aria-labelledby="desk-sign-in">
      <h3 id="desk-sign-in">{t('signIn.heading')}</h3>
      <label>
        {t('signIn.username')} <input name="username" autoComplete="username" required />
      </label>
      <label>
        {t('signIn.password')} <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <button type="submit">{t('signIn.submit')}</button>
      {error ? <p role="alert">{error}</p> : null}
    </form>
  );
}

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

const allFields: readonly (keyof FigureDraft)[] = ['programId', 'moneyBasis', 'provenance', ...textFields];

function RecordForm({ programs }: { programs: readonly DeskProgramOption[] }) {
  const { t } = useTranslation('desk');
  const formId = useId();
  const [draft, setDraft] = useState<FigureDraft>(readDraft);
  const [touched, setTouched] = useState<ReadonlySet<keyof FigureDraft>>(new Set());
  const [serverIssues, setServerIssues] = useState<DraftIssues>({});
  const [version, setVersion] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const checked = checkDraft(draft);
  const shown: DraftIssues = { ...checked.issues, ...serverIssues };

  useEffect(() => {
    if (!draft.programId) return;
    let cancelled = false;
    deskApi.version(draft.programId).then(
      (current) => !cancelled && setVersion(current),
      () => !cancelled && setVersion(null),
    );
    return () => {
      cancelled = true;
    };
  }, [draft.programId]);

  const change = (field: keyof FigureDraft, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    storeDraft(next);
    setTouched((before) => new Set(before).add(field));
    setServerIssues((before) => Object.fromEntries(Object.entries(before).filter(([key]) => key !== field)));
    setStatus('');
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(new Set(allFields));
    if (!checked.ok) return;
    deskApi.record(draft.programId, checked.input, version ?? 0).then(
      (result) => {
        setStatus(t('record.saved'));
        setVersion(result.version);
        const kept = { ...emptyDraft, programId: draft.programId };
        setDraft(kept);
        storeDraft(null);
        setTouched(new Set());
      },
      (cause: unknown) => {
        if (cause instanceof DeskRequestError && (cause.status === 409 || cause.status === 412)) {
          setStatus(t('record.conflict'));
          void deskApi.version(draft.programId).then(setVersion);
        } else if (cause instanceof DeskRequestError && cause.status === 422) {
          setServerIssues(issuesByField(cause.body?.issues ?? []));
          setStatus(t('record.failed', { message: cause.message }));
        } else setStatus(t('record.failed', { message: cause instanceof Error ? cause.message : String(cause) }));
      },
    );
  };

  const issueOf = (field: keyof FigureDraft) => {
    const issue = shown[field];
    if (!issue || !touched.has(field)) return '';
    return t(draft[field].trim() === '' ? 'record.required' : 'record.invalid');
  };
  const describedBy = (field: keyof FigureDraft) => (issueOf(field) ? `${formId}-${field}-error` : undefined);

  return (
    <form onSubmit={submit} aria-labelledby={`${formId}-heading`} noValidate>
      <h3 id={`${formId}-heading`}>{t('record.heading')}</h3>
      <p className="muted">{t('record.draftKept')}</p>
      <label htmlFor={`${formId}-programId`}>{t('record.program')}</label>{' '}
      <select
        id={`${formId}-programId`}
        value={draft.programId}
        onChange={(event) => change('programId', event.target.value)}
        aria-invalid={issueOf('programId') ? true : undefined}
        aria-describedby={describedBy('programId')}
      >
        <option value="">{t('record.none')}</option>
        {programs.map((program) => (
          <option key={program.id} value={program.id}>
            {program.name}
          </option>
        ))}
      </select>
      <FieldError id={describedBy('programId')} text={issueOf('programId')} />
      <label htmlFor={`${formId}-moneyBasis`}>{t('record.moneyBasis')}</label>{' '}
      <select
        id={`${formId}-moneyBasis`}
        value={draft.moneyBasis}
        onChange={(event) => change('moneyBasis', event.target.value)}
      >
        <option value="">{t('record.none')}</option>
        {moneyBasisSchema.options.map((basis) => (
          <option key={basis} value={basis}>
            {t(`record.basis.${basis}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${formId}-provenance`}>{t('record.provenance')}</label>{' '}
      <select
        id={`${formId}-provenance`}
        value={draft.provenance}
        onChange={(event) => change('provenance', event.target.value)}
      >
        <option value="reported">{t('record.provenanceValue.reported')}</option>
        <option value="derived">{t('record.provenanceValue.derived')}</option>
      </select>
      {textFields.map((field) => (
        <div key={field}>
          <label>
            {t(`record.${field}`)}{' '}
            <input
              value={draft[field]}
              onChange={(event) => change(field, event.target.value)}
              inputMode={field === 'value' ? 'numeric' : undefined}
              aria-invalid={issueOf(field) ? true : undefined}
              aria-describedby={describedBy(field)}
            />
          </label>
          <FieldError id={describedBy(field)} text={issueOf(field)} />
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

function ReviewList({ programs }: { programs: readonly DeskProgramOption[] }) {
  const { t, lang } = useTranslation('desk');
  const [figures, setFigures] = useState<DeskFigure[] | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [vintageName, setVintageName] = useState('');
  const [status, setStatus] = useState('');
  const reload = () => void deskApi.pending().then(setFigures, () => setFigures([]));
  useEffect(reload, []);
  const nameOf = (subject: string) => programs.find((program) => `program:${program.id}` === subject)?.name ?? subject;
  const fail = (cause: unknown) =>
    setStatus(t('review.failed', { message: cause instanceof Error ? cause.message : String(cause) }));
  const decide = (figure: DeskFigure, decision: 'approve' | 'reject') =>
    void deskApi.decide(figure.id, decision, reasons[figure.id] ?? '').then(reload, fail);
  const publish = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    deskApi.publish(vintageName).then((vintage) => setStatus(t('review.published', { name: vintage.name })), fail);
  };
  return (
    <section aria-labelledby="desk-review">
      <h3 id="desk-review">{t('review.heading')}</h3>
      {figures && figures.length === 0 ? <p>{t('review.empty')}</p> : null}
      <ul>
        {(figures ?? []).map((figure) => (
          <li key={figure.id}>
            <p>
              {t('review.figure', {
                subject: nameOf(figure.subject),
                value: figure.value,
                date: figure.date,
                by: figure.recordedBy,
              })}
            </p>
            <p>
              {t('review.source', {
                publisher: figure.source.publisher[lang],
                title: figure.source.title[lang],
                date: figure.source.date,
              })}
            </p>
            <p>{t('review.digest', { previous: figure.digest.previous ?? '—', next: figure.digest.next })}</p>
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
      {status ? <p role="status">{status}</p> : null}
    </section>
  );
}
