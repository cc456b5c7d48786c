// The desk's import over MSW: a file is read and checked in the browser, each bad row named
// by its line and field with nothing saved, then the fixed file is imported; the server's own
// 422 rows are shown the same way. And an indicator figure typed in 조, shown in words.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { DESK_DEV_PASSWORD, resetDesk } from '../../mocks/desk';
import { server } from '../../mocks/node';
import { importColumns } from '../../src/lib/desk-schemas';
import { renderApp } from '../support/render-app';

beforeEach(() => {
  resetDesk();
  localStorage.removeItem('pledge-tracker:desk-draft');
  document.cookie = 'pt_session=; path=/; max-age=0';
});

async function signIn(user: ReturnType<typeof userEvent.setup>, username: string) {
  await user.type(await screen.findByLabelText('User name'), username);
  await user.type(screen.getByLabelText('Password'), DESK_DEV_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByText(new RegExp(`Signed in as ${username}`));
}

const header = importColumns.join(',');
const row = (subject: string, date: string, value: string, extra = { series: '', kind: '' }) =>
  `${subject},${extra.series},${extra.kind},${date},${value},disbursed,reported,,,,은행,"Bank, Inc.",공시,<b>Disclosure</b>,2026-11,https://example.org/d,`;
const csvFile = (lines: string[], name = 'figures.csv') => new File([lines.join('\n')], name, { type: 'text/csv' });

describe('data desk import', () => {
  it('shows a bad row’s line and field, saves nothing, then imports the fixed file', async () => {
    const user = userEvent.setup();
    renderApp('/#desk');
    await signIn(user, 'editor');
    const panel = screen.getByRole('region', { name: 'Import figures from a file' });
    const file = within(panel).getByLabelText('File (.csv or .xlsx)');

    await user.upload(
      file,
      csvFile([
        header,
        row('program:shinhan-total', '2026-06-30', '1000'),
        row('program:shinhan-total', '2026-13-01', '2000'),
        row('indicator:tech-credit-five-banks', '2026-08-31', '1570000', { series: 'five-banks', kind: 'month-end' }),
      ]),
    );
    const table = await within(panel).findByRole('table', { name: 'Preview of figures.csv' });
    const bad = within(table)
      .getAllByRole('row')
      .find((candidate) => within(candidate).queryByRole('rowheader', { name: '3' }));
    expect(bad).toBeDefined();
    expect(within(bad as HTMLElement).getByText(/^date: /)).toBeInTheDocument();
    expect(within(table).getAllByText('OK')).toHaveLength(2);
    expect(within(table).getByText('Technology-credit loans, five major banks')).toBeInTheDocument();
    expect(within(panel).getByRole('alert')).toHaveTextContent('1 problem: fix the file and choose it again.');
    expect(within(panel).queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();

    await user.upload(
      file,
      csvFile([
        header,
        row('program:shinhan-total', '2026-06-30', '1000'),
        row('program:shinhan-total', '2026-12-01', '2000'),
        row('indicator:tech-credit-five-banks', '2026-08-31', '1570000', { series: 'five-banks', kind: 'month-end' }),
      ]),
    );
    await within(panel).findByRole('table', { name: 'Preview of figures.csv' });
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Import 3 figures' }));
    expect(await within(panel).findByText('Imported 3 figures: they wait for an approver.')).toBeInTheDocument();
    expect(within(panel).queryByRole('table')).not.toBeInTheDocument();

    // Only the fixed file's figures were stored (the first one saved nothing).
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await signIn(user, 'approver');
    const review = screen.getByRole('region', { name: 'Pending figures' });
    expect(await within(review).findAllByRole('listitem')).toHaveLength(3);
    expect(within(review).getAllByText(/“<b>Disclosure<\/b>”/)).toHaveLength(3);
  });

  it('shows the server’s own 422 rows by line, and says nothing was saved', async () => {
    server.use(
      http.post('/api/v1/desk/imports', () =>
        HttpResponse.json(
          {
            error: 'invalid',
            message: '1 problem(s) in the CSV; nothing was saved',
            rows: [{ line: 2, field: 'source.url', message: '<img src=x onerror=alert(1)>' }],
          },
          { status: 422 },
        ),
      ),
    );
    const user = userEvent.setup();
    renderApp('/#desk');
    await signIn(user, 'editor');
    const panel = screen.getByRole('region', { name: 'Import figures from a file' });
    await user.upload(
      within(panel).getByLabelText('File (.csv or .xlsx)'),
      csvFile([header, row('program:shinhan-total', '2026-06-30', '1000')]),
    );
    await user.click(await within(panel).findByRole('button', { name: 'Import 1 figure' }));
    expect(
      await within(panel).findByText('source.url: Not accepted (the check said: “<img src=x onerror=alert(1)>”).'),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('alert')).toHaveTextContent('The server refused the file; nothing was saved.');
    expect(within(panel).queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
  });

  it('refuses a file it cannot read, with a message tied to the file field', async () => {
    const user = userEvent.setup({ applyAccept: false });
    renderApp('/#desk');
    await signIn(user, 'editor');
    const file = screen.getByLabelText('File (.csv or .xlsx)');
    await user.upload(file, new File(['x'], 'figures.txt', { type: 'text/plain' }));
    expect(file).toHaveAccessibleDescription('Choose a .csv or .xlsx file.');
    await user.upload(file, new File(['PK'], 'figures.xlsx'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^The file could not be read: /);
  });

  it('reads an Excel workbook: its rows previewed and checked like a CSV’s, date cells as dates', async () => {
    const user = userEvent.setup();
    renderApp('/#desk');
    await signIn(user, 'editor');
    const { default: writeXlsxFile } = await import('write-excel-file/universal');
    const cells = (line: string) => Papa.parse<string[]>(line).data[0] ?? [];
    const good = cells(row('program:shinhan-total', '2026-06-30', '1000'));
    const bad = cells(row('program:shinhan-total', '2026-07-31', 'lots'));
    const dateColumn = importColumns.indexOf('date');
    // The first row's date typed as an Excel date cell, the second's as text.
    const sheet = [[...importColumns], good, bad].map((line, index) =>
      line.map((value, column) =>
        index === 1 && column === dateColumn
          ? { value: new Date(`${value}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd' }
          : { value: String(value) },
      ),
    );
    const blob = await writeXlsxFile(sheet).toBlob();
    const panel = screen.getByRole('region', { name: 'Import figures from a file' });
    await user.upload(within(panel).getByLabelText('File (.csv or .xlsx)'), new File([blob], 'figures.xlsx'));
    const preview = await within(panel).findByRole('table', { name: /Preview of figures\.xlsx/ });
    expect(within(preview).getByText('2026-06-30')).toBeInTheDocument();
    expect(within(preview).getByText(/^value: /)).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
  });
});

describe('data desk indicator figure', () => {
  it('records a figure for an indicator’s series, typed in trillions and shown in words', async () => {
    const user = userEvent.setup();
    renderApp('/#desk');
    await signIn(user, 'editor');
    await user.selectOptions(screen.getByLabelText('Pledge or indicator'), "Five major banks' corporate loans");
    await user.selectOptions(screen.getByLabelText('Series'), 'SMEs');
    await user.selectOptions(screen.getByLabelText('Kind of reading'), 'Month-end balance');
    await user.selectOptions(screen.getByLabelText('Money basis'), 'Balance');
    await user.selectOptions(screen.getByLabelText('Unit of the amount'), 'trillion won');
    const value = screen.getByLabelText(/^Value/);
    await user.type(value, '1.2.3');
    expect(value).toHaveAccessibleDescription(
      'Value: not a number. Type digits with at most one decimal point, such as 1.5.',
    );
    await user.clear(value);
    await user.type(value, '1.00001');
    expect(value).toHaveAccessibleDescription(
      'Value: not a whole number of 100 million won. In trillions, use at most four decimal places.',
    );
    await user.clear(value);
    await user.type(value, '700.5');
    expect(value).not.toHaveAccessibleDescription();
    expect(screen.getByText('To be recorded as KRW 700.5 trillion')).toBeInTheDocument();
    expect(screen.queryByText(/[조억]/)).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Date the figure describes'), '2026-10-31');
    await user.type(screen.getByLabelText('Source publisher (Korean)'), '한국은행');
    await user.type(screen.getByLabelText('Source publisher (English)'), 'Bank of Korea');
    await user.type(screen.getByLabelText('Source title (Korean)'), '10월 대출');
    await user.type(screen.getByLabelText('Source title (English)'), 'October lending');
    await user.type(screen.getByLabelText('Source date (YYYY-MM or YYYY-MM-DD)'), '2026-11');
    await user.type(screen.getByLabelText('Source address (https://…)'), 'https://www.bok.or.kr/example');
    await user.click(screen.getByRole('button', { name: 'Record for review' }));
    expect(await screen.findByText('Recorded: waiting for an approver.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await signIn(user, 'approver');
    const review = screen.getByRole('region', { name: 'Pending figures' });
    expect(
      await within(review).findByText(
        "Five major banks' corporate loans — SMEs: KRW 700.5 trillion on 31 Oct 2026, recorded by editor",
      ),
    ).toBeInTheDocument();
  });
});

describe('data desk money entry in Korean', () => {
  it('offers 조원 and 억원 and shows the amount in Korean words only', async () => {
    const user = userEvent.setup();
    renderApp('/?lang=ko#desk');
    await user.type(await screen.findByLabelText('사용자 이름'), 'editor');
    await user.type(screen.getByLabelText('비밀번호'), DESK_DEV_PASSWORD);
    await user.click(screen.getByRole('button', { name: '로그인' }));
    await user.selectOptions(await screen.findByLabelText('공약 또는 지표'), '신한금융 K-성장! K-금융! 프로젝트');
    const unit = screen.getByLabelText('금액 단위');
    expect(
      within(unit)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['조원', '억원']);
    await user.selectOptions(unit, '조원');
    const value = screen.getByLabelText(/^값/);
    await user.type(value, '1.5');
    expect(screen.getByText('기록될 금액: 1조 5,000억원')).toBeInTheDocument();
    expect(screen.queryByText(/trillion|million|KRW/)).not.toBeInTheDocument();
    await user.clear(value);
    await user.type(value, '-');
    expect(value).toHaveAccessibleDescription('값: 숫자가 아닙니다. 1.5처럼 숫자와 소수점 하나만 입력하세요.');
  });
});
