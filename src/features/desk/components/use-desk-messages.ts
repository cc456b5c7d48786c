// The desk's messages from the server and the shared checks, in the reader's language
// (model/desk-messages.ts maps them to catalog keys).
import { useCallback } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import { DeskRequestError } from '../api/desk-api';
import { errorMessage, issueMessage } from '../model/desk-messages';

export function useDeskMessages() {
  const { t } = useTranslation('desk');
  const issueText = useCallback(
    (message: string) => {
      const { key, params } = issueMessage(message);
      return t(`issue.${key}`, params);
    },
    [t],
  );
  const errorText = useCallback(
    (cause: unknown) => {
      if (cause instanceof DeskRequestError) {
        const { key, params } = errorMessage(cause.status, cause.body);
        const issue = params.issue;
        return t(`error.${key}`, typeof issue === 'string' ? { ...params, issue: issueText(issue) } : params);
      }
      // fetch itself failed (offline, refused): a TypeError; anything else is quoted.
      if (cause instanceof TypeError) return t('error.network');
      return t('error.unknown', { status: '—', original: cause instanceof Error ? cause.message : String(cause) });
    },
    [t, issueText],
  );
  return { issueText, errorText };
}
