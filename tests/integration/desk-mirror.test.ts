// The desk's MSW mirror (mocks/desk.ts) beyond what the app's screens use: an approver creates
// an account that can then sign in, and the event log lists what was recorded and decided.
import { beforeEach, describe, expect, it } from 'vitest';
import { DESK_DEV_PASSWORD, resetDesk } from '../../mocks/desk';
import { eventsResponseSchema, sessionResponseSchema } from '../../src/lib/desk-schemas';

beforeEach(() => {
  resetDesk();
  document.cookie = 'pt_session=; path=/; max-age=0';
});

const DESK = '/api/v1/desk';

async function signIn(username: string, password = DESK_DEV_PASSWORD) {
  const response = await fetch(`${DESK}/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) return null;
  const { csrfToken } = sessionResponseSchema.parse(await response.json());
  return (method: string, path: string, body?: unknown) =>
    fetch(`${DESK}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}

const reading = {
  date: '2026-09-30',
  value: 1000,
  moneyBasis: 'disbursed',
  provenance: 'reported',
  source: {
    publisher: { ko: '은행', en: 'Bank' },
    title: { ko: '공시', en: 'Disclosure' },
    date: '2026-10',
    url: 'https://example.org/d',
  },
};

describe('desk mirror', () => {
  it('lets an approver, and nobody else, create an account that can sign in', async () => {
    const editor = await signIn('editor');
    const newUser = { username: 'new.editor', password: 'a-long-password-1', role: 'editor' };
    expect((await editor?.('POST', '/users', newUser))?.status).toBe(403);
    const approver = await signIn('approver');
    expect((await approver?.('POST', '/users', { ...newUser, password: 'short' }))?.status).toBe(422);
    expect((await approver?.('POST', '/users', newUser))?.status).toBe(201);
    expect((await approver?.('POST', '/users', newUser))?.status).toBe(409);
    expect(await signIn('new.editor', 'a-long-password-1')).not.toBeNull();
    expect(await signIn('new.editor', DESK_DEV_PASSWORD)).toBeNull();
  });

  it('keeps an event log of figures recorded and decided, by subject', async () => {
    const editor = await signIn('editor');
    const recorded = await editor?.('POST', '/programs/shinhan-total/figures', reading);
    expect(recorded?.status).toBe(201);
    const { figure } = (await recorded?.json()) as { figure: { id: string } };
    const indicator = await editor?.('POST', '/indicators/tech-credit-five-banks/figures', {
      ...reading,
      seriesId: 'five-banks',
      kind: 'month-end',
    });
    expect(indicator?.status).toBe(201);
    const approver = await signIn('approver');
    expect((await approver?.('POST', `/figures/${figure.id}/decision`, { decision: 'approve' }))?.status).toBe(200);

    const all = eventsResponseSchema.parse(await (await approver?.('GET', '/events'))?.json());
    expect(
      all.events.map((event) => [event.seq, event.subject, event.subjectVersion, event.type, event.actor]),
    ).toEqual([
      [1, 'program:shinhan-total', 1, 'recorded', 'editor'],
      [2, 'indicator:tech-credit-five-banks', 1, 'recorded', 'editor'],
      [3, 'program:shinhan-total', 2, 'approved', 'approver'],
    ]);
    const one = eventsResponseSchema.parse(
      await (await approver?.('GET', '/events?subject=indicator:tech-credit-five-banks'))?.json(),
    );
    expect(one.events).toHaveLength(1);
    expect(one.events[0]?.body).toMatchObject({ seriesId: 'five-banks', value: 1000 });
  });
});
