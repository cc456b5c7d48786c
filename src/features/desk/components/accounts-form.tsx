// Approvers create accounts (POST /api/v1/desk/users): a taken name (409) and a refused field
// (422) are said at the field, in the reader's language.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import { roleSchema, type Role } from '../../../lib/desk-schemas';
import { deskApi, DeskRequestError } from '../api/desk-api';
import { useDeskMessages } from './use-desk-messages';

type AccountField = 'username' | 'password' | 'role';
const isAccountField = (path: string): path is AccountField =>
  path === 'username' || path === 'password' || path === 'role';

export function AccountsForm() {
  const { t } = useTranslation('desk');
  const { issueText, errorText } = useDeskMessages();
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [issues, setIssues] = useState<Partial<Record<AccountField, string>>>({});
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIssues({});
    setStatus(null);
    deskApi.createUser({ username, password, role }).then(
      (user) => {
        setStatus({
          text: t('accounts.created', { username: user.username, role: t(`role.${user.role}`) }),
          failed: false,
        });
        setUsername('');
        setPassword('');
      },
      (cause: unknown) => {
        if (cause instanceof DeskRequestError && cause.status === 409) {
          setIssues({ username: t('accounts.taken') });
          return;
        }
        const fieldIssues = cause instanceof DeskRequestError && cause.status === 422 ? (cause.body?.issues ?? []) : [];
        const byField: Partial<Record<AccountField, string>> = {};
        for (const issue of fieldIssues)
          if (isAccountField(issue.path) && !byField[issue.path]) byField[issue.path] = issueText(issue.message);
        if (Object.keys(byField).length > 0) setIssues(byField);
        else setStatus({ text: t('accounts.failed', { message: errorText(cause) }), failed: true });
      },
    );
  };

  const fieldProps = (field: AccountField) => ({
    id: `${id}-${field}`,
    'aria-invalid': issues[field] ? true : undefined,
    'aria-describedby': issues[field] ? `${id}-${field}-error` : undefined,
  });
  const fieldError = (field: AccountField) =>
    issues[field] ? (
      <p id={`${id}-${field}-error`} role="alert" className="field-error">
        {issues[field]}
      </p>
    ) : null;

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
      <h3 id={`${id}-heading`}>{t('accounts.heading')}</h3>
      <p className="muted">{t('accounts.intro')}</p>
      <div>
        <label htmlFor={`${id}-username`}>{t('accounts.username')}</label>{' '}
        <input
          {...fieldProps('username')}
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          autoComplete="off"
          required
        />
        {fieldError('username')}
      </div>
      <div>
        <label htmlFor={`${id}-password`}>{t('accounts.password')}</label>{' '}
        <input
          {...fieldProps('password')}
          type="password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          autoComplete="new-password"
          required
        />
        {fieldError('password')}
      </div>
      <div>
        <label htmlFor={`${id}-role`}>{t('accounts.role')}</label>{' '}
        <select
          {...fieldProps('role')}
          value={role}
          onChange={(event) => setRole(roleSchema.options.find((option) => option === event.target.value) ?? 'editor')}
        >
          {roleSchema.options.map((option) => (
            <option key={option} value={option}>
              {t(`role.${option}`)}
            </option>
          ))}
        </select>
        {fieldError('role')}
      </div>
      <button type="submit">{t('accounts.submit')}</button>
      {status ? <p role={status.failed ? 'alert' : 'status'}>{status.text}</p> : null}
    </form>
  );
}
