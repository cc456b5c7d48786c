// The desk in words over MSW: the approver's review list says each pending figure's value,
// subject (and series), dates, money basis, source and digest in the reader's language only;
// the server's error codes and the checks' messages are said in Korean to a Korean reader; the
// history lists a subject's events oldest first (with Retry after a failure); approvers create
// accounts, a taken name and a refused field said at the field.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { DESK_DEV_PASSWORD, resetDesk } from '../../mocks/desk';
import { server } from '../../mocks/node';
import { sessionResponseSchema, type DeskFigure } from '../../src/lib/desk-schemas';
import { renderApp } from '../support/render-app';

beforeEach(() => {
  resetDesk();
  document.cookie = 'pt_session=; path=/; max-age=0';
});

const DESK = '/api/v1/desk';

/** Signs in through the API (the page then shares the session cookie) and returns a caller. */
async function signInAs(username: string) {
  const response = await fetch(`${DESK}/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DESK_DEV_PASSWORD }),
  });
  const { csrfToken } = sessionResponseSchema.parse(await response.json());
  return async (method: string, path: string, body?: unknown) => {
    const answer = await fetch(`${DESK}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: answer.status, body: (await answer.json()) as { figure?: { id: string } } };
  };
}

const source = {
  publisher: { ko: '하나금융그룹', en: 'Hana Financial Group' },
  title: { ko: '<img src=x onerror=alert(1)> 3분기', en: '<img src=x onerror=alert(1)> third quarter' },
  date: '2026-10-28',
  url: 'https://www.hanafn.com/example',
};
const hanaReading = { date: '2026-09-30', value: 12345, moneyBasis: 'disbursed', provenance: 'reported', source };

const pendingFigure = (overrides: Partial<DeskFigure>): DeskFigure => ({
  id: 'fig-1',
  subject: 'program:hana-inclusive',
  status: 'pending',
  date: '2026-09-30',
  value: 12345,
  moneyBasis: 'disbursed',
  provenance: 'reported',
  source,
  supersedes: null,
  recordedBy: 'editor',
  recordedAt: '2026-10-29T09:30:00.000Z',
  importId: null,
  digest: { previous: 10000, next: 12345, change: 2345 },
  ...overrides,
});

const pending = [
  pendingFigure({}),
  pendingFigure({
    id: 'fig-2',
    subject: 'indicator:tech-credit-five-banks',
    seriesId: 'five-banks',
    kind: 'month-end',
    date: '2026-08-31',
    value: 1570000,
    moneyBasis: 'balance',
    digest: { previous: null, next: 1570000, change: null },
  }),
  pendingFigure({
    id: 'fig-3',
    subject: 'program:ai-smart-factories-2026',
    moneyBasis: undefined,
    value: 12,
    digest: { previous: 9, next: 12, change: 3 },
  }),
  pendingFigure({
    id: 'fig-4',
    subject: 'program:gpu-sme-share',
    moneyBasis: undefined,
    value: 31.5,
    digest: { previous: 30, next: 31.5, change: 1.5 },
  }),
];

/** Queries within one item of a list (the test fails when it is missing). */
function inItem(items: readonly HTMLElement[], index: number) {
  const item = items[index];
  if (!item) throw new Error(`no item ${index}`);
  return within(item);
}

describe('the review list in words', () => {
  beforeEach(() => {
    server.use(http.get(`${DESK}/figures`, () => HttpResponse.json({ figures: pending })));
  });

  it('says each pending figure, its source and its digest in English, with no 조 or 억', async () => {
    await signInAs('approver');
    renderApp('/#desk');
    const review = await screen.findByRole('region', { name: 'Pending figures' });
    const items = await within(review).findAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(
      inItem(items, 0).getByText('Hana inclusive finance: KRW 1.2345 trillion on 30 Sep 2026, recorded by editor'),
    ).toBeInTheDocument();
    expect(inItem(items, 0).getByText('Money basis: Disbursed (supplied)')).toBeInTheDocument();
    expect(
      inItem(items, 0).getByText(
        'Source: Hana Financial Group, “<img src=x onerror=alert(1)> third quarter”, 28 Oct 2026',
      ),
    ).toBeInTheDocument();
    expect(
      inItem(items, 0).getByRole('link', { name: 'Open the source: <img src=x onerror=alert(1)> third quarter' }),
    ).toHaveAttribute('href', 'https://www.hanafn.com/example');
    expect(
      inItem(items, 0).getByText('Change: KRW 1 trillion → KRW 1.2345 trillion (+KRW 234.5 billion)'),
    ).toBeInTheDocument();
    expect(
      inItem(items, 1).getByText(
        'Technology-credit loans, five major banks — Five banks: KRW 157 trillion on 31 Aug 2026, recorded by editor',
      ),
    ).toBeInTheDocument();
    expect(inItem(items, 1).getByText('Kind of reading: Month-end balance')).toBeInTheDocument();
    expect(inItem(items, 1).getByText('Money basis: Balance')).toBeInTheDocument();
    expect(inItem(items, 1).getByText('Change: — → KRW 157 trillion (a first reading)')).toBeInTheDocument();
    expect(
      inItem(items, 2).getByText(/^AI win-win smart factories, 2026: 12 factories on 30 Sep 2026/),
    ).toBeInTheDocument();
    expect(inItem(items, 2).getByText('Change: 9 factories → 12 factories (+3 factories)')).toBeInTheDocument();
    expect(
      inItem(items, 3).getByText(/^Government GPUs for SMEs and startups: 31\.5% on 30 Sep 2026/),
    ).toBeInTheDocument();
    expect(inItem(items, 3).getByText('Change: 30% → 31.5% (+1.5 pp)')).toBeInTheDocument();
    expect(review.textContent).not.toMatch(/[조억]|12345|1570000/);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('says them in Korean, with no “trillion” or “billion”', async () => {
    await signInAs('approver');
    renderApp('/?lang=ko#desk');
    const review = await screen.findByRole('region', { name: '검토 대기 수치' });
    const items = await within(review).findAllByRole('listitem');
    expect(
      inItem(items, 0).getByText('하나금융 포용 금융: 2026년 9월 30일 기준 1조 2,345억원, 기록자 editor'),
    ).toBeInTheDocument();
    expect(inItem(items, 0).getByText('금액 기준: 집행(공급)')).toBeInTheDocument();
    expect(
      inItem(items, 0).getByText('출처: 하나금융그룹, 「<img src=x onerror=alert(1)> 3분기」, 2026년 10월 28일'),
    ).toBeInTheDocument();
    expect(inItem(items, 0).getByText('변화: 1조원 → 1조 2,345억원(+2,345억원)')).toBeInTheDocument();
    expect(
      inItem(items, 1).getByText('기술신용대출 잔액(5대 은행) — 5대 은행: 2026년 8월 31일 기준 157조원, 기록자 editor'),
    ).toBeInTheDocument();
    expect(inItem(items, 1).getByText('수치 구분: 월말 잔액')).toBeInTheDocument();
    expect(inItem(items, 1).getByText('변화: — → 157조원(첫 수치)')).toBeInTheDocument();
    expect(inItem(items, 2).getByText('변화: 9곳 → 12곳(+3곳)')).toBeInTheDocument();
    expect(inItem(items, 3).getByText('변화: 30% → 31.5%(+1.5%p)')).toBeInTheDocument();
    expect(review.textContent).not.toMatch(/trillion|billion|million|KRW|Change|Source/);
  });
});

describe('server messages in the reader’s language', () => {
  it('says a four-eyes refusal in Korean', async () => {
    const approver = await signInAs('approver');
    expect((await approver('POST', '/programs/hana-inclusive/figures', hanaReading)).status).toBe(201);
    const user = userEvent.setup();
    renderApp('/?lang=ko#desk');
    const review = await screen.findByRole('region', { name: '검토 대기 수치' });
    await user.click(await within(review).findByRole('button', { name: '승인' }));
    expect(await within(review).findByRole('alert')).toHaveTextContent(
      '처리되지 않음: 이 수치를 기록한 사람이므로 다른 사람이 승인해야 합니다.',
    );
    expect(within(review).getByRole('alert').textContent).not.toMatch(/[a-z]{4}/);
  });

  it('says a stale version and a wrong password in Korean', async () => {
    server.use(
      http.post(`${DESK}/programs/:id/figures`, () =>
        HttpResponse.json(
          { error: 'stale-version', message: 'program:hana-inclusive is at version 3, not 2' },
          { status: 412 },
        ),
      ),
    );
    const user = userEvent.setup();
    renderApp('/?lang=ko#desk');
    await user.type(await screen.findByLabelText('사용자 이름'), 'editor');
    await user.type(screen.getByLabelText('비밀번호'), 'not-the-password');
    await user.click(screen.getByRole('button', { name: '로그인' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '로그인 실패: 사용자 이름이나 비밀번호가 맞지 않습니다.',
    );
    await user.clear(screen.getByLabelText('비밀번호'));
    await user.type(screen.getByLabelText('비밀번호'), DESK_DEV_PASSWORD);
    await user.click(screen.getByRole('button', { name: '로그인' }));
    await screen.findByText(/editor\(편집자\)로 로그인함/);
    await user.selectOptions(screen.getByLabelText('공약 또는 지표'), '하나금융 포용 금융');
    await user.type(screen.getByLabelText(/^값/), '12345');
    await user.type(screen.getByLabelText('수치의 기준일'), '2026-09-30');
    await user.type(screen.getByLabelText('출처 발행처(한국어)'), '하나금융그룹');
    await user.type(screen.getByLabelText('출처 발행처(영어)'), 'Hana Financial Group');
    await user.type(screen.getByLabelText('출처 제목(한국어)'), '3분기');
    await user.type(screen.getByLabelText('출처 제목(영어)'), 'Third quarter');
    await user.type(screen.getByLabelText('출처 날짜(YYYY-MM 또는 YYYY-MM-DD)'), '2026-10');
    const url = screen.getByLabelText('출처 주소(https://…)');
    await user.type(url, 'ftp://example.org');
    expect(url).toHaveAccessibleDescription('http:// 또는 https://로 시작하는 주소가 필요합니다.');
    await user.clear(url);
    await user.type(url, 'https://example.org');
    await user.click(screen.getByRole('button', { name: '검토 요청으로 기록' }));
    expect(
      await screen.findByText('이 공약을 연 뒤 다른 사람이 변경했습니다. 작성 내용은 보관되어 있으니 다시 기록하세요.'),
    ).toBeInTheDocument();
  });

  it('says a refused field and an unknown error in Korean, quoting what it cannot translate', async () => {
    server.use(
      http.post(`${DESK}/vintages`, () =>
        HttpResponse.json(
          { error: 'invalid', message: 'invalid name', issues: [{ path: 'name', message: 'at most 64 characters' }] },
          { status: 422 },
        ),
      ),
      http.post(`${DESK}/figures/:id/decision`, () =>
        HttpResponse.json({ error: 'teapot', message: '<b>I am a teapot</b>' }, { status: 418 }),
      ),
    );
    const approver = await signInAs('editor');
    await approver('POST', '/programs/hana-inclusive/figures', hanaReading);
    await signInAs('approver');
    const user = userEvent.setup();
    renderApp('/?lang=ko#desk');
    const review = await screen.findByRole('region', { name: '검토 대기 수치' });
    await user.type(within(review).getByLabelText('빈티지 이름'), 'x');
    await user.click(within(review).getByRole('button', { name: '빈티지 발행' }));
    expect(await within(review).findByRole('alert')).toHaveTextContent(
      '처리되지 않음: 받아들여지지 않음: name: 64자 이하여야 합니다.',
    );
    await user.click(await within(review).findByRole('button', { name: '반려' }));
    await within(review).findByText(/418/);
    expect(within(review).getByRole('alert')).toHaveTextContent(
      '처리되지 않음: 서버가 요청을 거부했습니다(418: “<b>I am a teapot</b>”).',
    );
  });
});

describe('the history of a pledge', () => {
  it('lists its events oldest first, follows the record form, and offers Retry after a failure', async () => {
    const editor = await signInAs('editor');
    const first = await editor('POST', '/programs/hana-inclusive/figures', hanaReading);
    const approver = await signInAs('approver');
    await approver('POST', `/figures/${first.body.figure?.id ?? ''}/decision`, {
      decision: 'reject',
      reason: '<script>출처 불일치</script>',
    });
    const again = await signInAs('editor');
    await again('POST', '/programs/hana-inclusive/figures', { ...hanaReading, value: 12000 });
    server.use(
      http.get(`${DESK}/events`, () => HttpResponse.json({ error: 'internal', message: 'boom' }, { status: 500 }), {
        once: true,
      }),
    );

    const user = userEvent.setup();
    renderApp('/#desk');
    await screen.findByText(/Signed in as editor/);
    const history = screen.getByRole('region', { name: 'History' });
    expect(within(history).getByText('Choose a pledge or an indicator to see its history.')).toBeInTheDocument();
    // Choosing in the record form shows that subject's history.
    await user.selectOptions(screen.getByLabelText('Pledge or indicator'), 'Hana inclusive finance');
    expect(within(history).getByLabelText('History of')).toHaveValue('program:hana-inclusive');
    expect(await within(history).findByRole('alert')).toHaveTextContent(
      'The history could not be loaded: The server failed. Try again later; the error is in its log.',
    );
    await user.click(within(history).getByRole('button', { name: 'Retry' }));

    const list = await within(history).findByRole('list', { name: 'History' });
    const events = within(list).getAllByRole('listitem');
    expect(events).toHaveLength(3);
    expect(events[0]).toHaveTextContent(
      /^\d{1,2} \w{3} \d{4} \d{2}:\d{2} UTC: editor recorded KRW 1\.2345 trillion for 30 Sep 2026/,
    );
    expect(events[0]).toHaveTextContent(
      'Source: Hana Financial Group, “<img src=x onerror=alert(1)> third quarter”, 28 Oct 2026',
    );
    expect(events[0]).toHaveTextContent('A new reading: it replaces none.');
    expect(events[1]).toHaveTextContent(
      /UTC: approver rejected the reading of 30 Sep 2026 \(KRW 1\.2345 trillion\)\. Reason: <script>출처 불일치<\/script>$/,
    );
    expect(events[2]).toHaveTextContent(/UTC: editor recorded KRW 1\.2 trillion for 30 Sep 2026/);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('lets a viewer read it, in Korean', async () => {
    const editor = await signInAs('editor');
    await editor('POST', '/programs/hana-inclusive/figures', hanaReading);
    await signInAs('viewer');
    const user = userEvent.setup();
    renderApp('/?lang=ko#desk');
    const history = await screen.findByRole('region', { name: '이력' });
    expect(screen.queryByRole('button', { name: '검토 요청으로 기록' })).not.toBeInTheDocument();
    await user.selectOptions(within(history).getByLabelText('이력을 볼 대상'), '하나금융 포용 금융');
    const list = await within(history).findByRole('list', { name: '이력' });
    expect(within(list).getByRole('listitem')).toHaveTextContent(
      /^\d{4}년 \d{1,2}월 \d{1,2}일 \d{2}:\d{2}\(UTC\): editor이\(가\) 2026년 9월 30일 기준 1조 2,345억원을\(를\) 기록/,
    );
    expect(list.textContent).not.toMatch(/trillion|recorded|Source/);
  });
});

describe('accounts', () => {
  it('creates an account, saying a taken name and a short password at their fields', async () => {
    await signInAs('approver');
    const user = userEvent.setup();
    renderApp('/#desk');
    const form = await screen.findByRole('form', { name: 'Accounts' });
    const username = within(form).getByLabelText('New user name (lower case: a–z, 0–9, ".", "_", "-")');
    const password = within(form).getByLabelText('Password (at least 12 characters)');
    await user.type(username, 'editor');
    await user.type(password, 'a-long-enough-password');
    await user.click(within(form).getByRole('button', { name: 'Create the account' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('This user name is taken: choose another.');
    expect(username).toHaveAccessibleDescription('This user name is taken: choose another.');
    expect(username).toBeInvalid();

    await user.clear(username);
    await user.type(username, 'new.person');
    await user.clear(password);
    await user.type(password, 'short');
    await user.click(within(form).getByRole('button', { name: 'Create the account' }));
    await within(form).findByText('At least 12 characters.');
    expect(password).toHaveAccessibleDescription('At least 12 characters.');
    expect(username).not.toHaveAccessibleDescription();

    await user.clear(password);
    await user.type(password, 'a-long-enough-password');
    await user.selectOptions(within(form).getByLabelText('Role'), 'viewer');
    await user.click(within(form).getByRole('button', { name: 'Create the account' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('Account new.person created (viewer).');
  });
});
