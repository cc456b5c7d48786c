// The data desk's HTTP contract against a real database, on SQLite and (in CI) PostgreSQL.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildResources } from '../../src/lib/dataset';
import {
  deskErrorSchema,
  eventsResponseSchema,
  figuresResponseSchema,
  importResponseSchema,
  sessionResponseSchema,
  subjectFiguresResponseSchema,
  vintagesResponseSchema,
} from '../../src/lib/desk-schemas';
import {
  indicatorSchema,
  metaSchema,
  programsResponseSchema,
  vintagesResponseSchema as readVintagesSchema,
} from '../../src/lib/schemas';
import { readDatasetFile } from '../../server/store/dataset';
import { checkImportCsv } from '../../src/lib/desk-import';
import {
  addUsers,
  anonymous,
  dialects,
  signInAs,
  source,
  startDesk,
  wooriReading,
  type Client,
  type Desk,
} from './harness';

const dataset = readDatasetFile('src/data/dataset.v1.json');
const seeded = buildResources(dataset);

describe.each(dialects)('data desk on %s', (dialect) => {
  let desk: Desk;
  let publishDir: string;
  let editor: Client;
  let editor2: Client;
  let approver: Client;
  let approver2: Client;
  let viewer: Client;

  beforeAll(async () => {
    publishDir = mkdtempSync(join(tmpdir(), 'desk-publish-'));
    desk = await startDesk(dialect, { publishDir });
    await addUsers(desk);
    editor = await signInAs(desk.url, 'editor');
    editor2 = await signInAs(desk.url, 'editor2');
    approver = await signInAs(desk.url, 'approver');
    approver2 = await signInAs(desk.url, 'approver2');
    viewer = await signInAs(desk.url, 'viewer');
  });
  afterAll(() => desk?.close());

  const errorOf = async (response: Response) => deskErrorSchema.parse(await response.json());

  describe('reads', () => {
    it('serves every read resource of docs/api.md as seeded from the dataset', async () => {
      const anyone = anonymous(desk.url);
      const meta = metaSchema.parse(await (await anyone.call('GET', '/api/v1/meta')).json());
      expect(meta).toEqual(seeded.meta);
      expect(await (await anyone.call('GET', '/api/v1/institutions')).json()).toEqual(seeded.institutions);
      expect(await (await anyone.call('GET', '/api/v1/strategies')).json()).toEqual(seeded.strategies);
      expect(await (await anyone.call('GET', '/api/v1/programs')).json()).toEqual(seeded.programs);
      expect(await (await anyone.call('GET', '/api/v1/indicators')).json()).toEqual(seeded.indicators);
      const first = seeded.indicators.indicators[0];
      const one = await anyone.call('GET', `/api/v1/indicators/${first?.id}`);
      expect(indicatorSchema.parse(await one.json())).toEqual(first);
      expect((await anyone.call('GET', '/api/v1/indicators/no-such-series')).status).toBe(404);
      // The built app's embedded files are the same bodies.
      expect(await (await anyone.call('GET', '/data/v1/programs.json')).json()).toEqual(seeded.programs);
    });

    it('answers 304 to a reader who already holds the current data', async () => {
      const first = await fetch(`${desk.url}/api/v1/meta`);
      const etag = first.headers.get('ETag') ?? '';
      expect(etag).not.toBe('');
      const again = await fetch(`${desk.url}/api/v1/meta`, { headers: { 'If-None-Match': etag } });
      expect(again.status).toBe(304);
    });
  });

  describe('accounts and sessions', () => {
    it('signs in with an HttpOnly, SameSite cookie and answers who is signed in', async () => {
      const response = await fetch(`${desk.url}/api/v1/desk/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'viewer', password: 'correct horse battery staple' }),
      });
      expect(response.status).toBe(200);
      const session = response.headers.getSetCookie().find((line) => line.startsWith('pt_session='));
      expect(session).toMatch(/HttpOnly/i);
      expect(session).toMatch(/SameSite=Strict/i);
      expect(session).not.toMatch(/Secure/i); // plain http here
      const me = sessionResponseSchema.parse(await (await viewer.call('GET', '/api/v1/desk/session')).json());
      expect(me.user).toMatchObject({ username: 'viewer', role: 'viewer' });
    });

    it('marks the cookie Secure when the deployment is on https', async () => {
      const secure = await startDesk(dialect, { secureCookies: 'always' }, desk.databaseUrl);
      try {
        const response = await fetch(`${secure.url}/api/v1/desk/session`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: 'viewer', password: 'correct horse battery staple' }),
        });
        expect(response.headers.getSetCookie().find((line) => line.startsWith('pt_session='))).toMatch(/Secure/);
      } finally {
        await secure.close();
      }
    });

    it('signs out: the session no longer opens anything', async () => {
      const someone = await signInAs(desk.url, 'viewer');
      expect((await someone.call('DELETE', '/api/v1/desk/session')).status).toBe(204);
      expect((await someone.call('GET', '/api/v1/desk/session')).status).toBe(401);
    });

    it('refuses a wrong password, then limits sign-ins — a limit another server on the same database enforces too', async () => {
      const wrong = () =>
        fetch(`${desk.url}/api/v1/desk/session`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: 'editor2', password: 'not the password' }),
        });
      expect((await wrong()).status).toBe(401);
      for (let attempt = 1; attempt < desk.config.login.perUsername; attempt += 1) await wrong();
      const limited = await wrong();
      expect(limited.status).toBe(429);
      expect(limited.headers.get('Retry-After')).toMatch(/^\d+$/);
      // A second server process on the same database refuses the right password as well.
      const other = await startDesk(dialect, {}, desk.databaseUrl);
      try {
        await expect(signInAs(other.url, 'editor2')).rejects.toThrow(/429/);
      } finally {
        await other.close();
      }
    });

    it('refuses a sign-in posted from another origin', async () => {
      const response = await fetch(`${desk.url}/api/v1/desk/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
        body: JSON.stringify({ username: 'viewer', password: 'correct horse battery staple' }),
      });
      expect(response.status).toBe(403);
    });

    it('keeps reads for signed-in users when the deployment says so', async () => {
      const closed = await startDesk(dialect, { publicReads: false }, desk.databaseUrl);
      try {
        expect((await fetch(`${closed.url}/api/v1/programs`)).status).toBe(401);
        const someone = await signInAs(closed.url, 'viewer');
        expect((await someone.call('GET', '/api/v1/programs')).status).toBe(200);
      } finally {
        await closed.close();
      }
    });

    it('lets an approver create an account, and nobody else', async () => {
      const account = { username: 'analyst', password: 'a long enough password', role: 'viewer' };
      expect((await editor.call('POST', '/api/v1/desk/users', { json: account })).status).toBe(403);
      expect((await approver.call('POST', '/api/v1/desk/users', { json: account })).status).toBe(201);
      expect((await approver.call('POST', '/api/v1/desk/users', { json: account })).status).toBe(409);
      await signInAs(desk.url, 'analyst', 'a long enough password');
    });
  });

  describe('who may write', () => {
    it('401 when not signed in', async () => {
      const response = await anonymous(desk.url).call('POST', '/api/v1/desk/programs/woori-total/figures', {
        json: wooriReading(),
      });
      expect(response.status).toBe(401);
    });

    it('403 for a viewer', async () => {
      const response = await viewer.call('POST', '/api/v1/desk/programs/woori-total/figures', { json: wooriReading() });
      expect(response.status).toBe(403);
      expect((await errorOf(response)).error).toBe('forbidden');
    });

    it('403 without the CSRF token, even for an editor', async () => {
      const response = await editor.call('POST', '/api/v1/desk/programs/woori-total/figures', {
        json: wooriReading(),
        noCsrf: true,
      });
      expect(response.status).toBe(403);
      expect((await errorOf(response)).error).toBe('csrf');
    });

    it('413 for an oversized body', async () => {
      const big = { ...wooriReading(), note: 'x'.repeat(desk.config.maxJsonBytes + 1) };
      const response = await editor.call('POST', '/api/v1/desk/programs/woori-total/figures', { json: big });
      expect(response.status).toBe(413);
    });
  });

  describe('recording a figure', () => {
    it('422 naming the field that is wrong', async () => {
      const cases: [unknown, string][] = [
        [{ ...wooriReading(), value: 1.5 }, 'value'],
        [{ ...wooriReading(), moneyBasis: undefined }, 'moneyBasis'],
        [{ ...wooriReading(), date: '2026-02-30' }, 'date'],
        [{ ...wooriReading(), source: { ...source, url: 'javascript:alert(1)' } }, 'source.url'],
        [{ ...wooriReading(), source: { ...source, publisher: { ko: ' ', en: 'FSC' } } }, 'source.publisher.ko'],
        [{ ...wooriReading(), provenance: 'derived' }, 'basis'],
        [{ ...wooriReading(), provenance: 'illustrative' }, 'provenance'],
      ];
      for (const [body, field] of cases) {
        const response = await editor.call('POST', '/api/v1/desk/programs/woori-total/figures', { json: body });
        expect(response.status, field).toBe(422);
        expect((await errorOf(response)).issues?.map((issue) => issue.path)).toContain(field);
      }
      const series = await editor.call('POST', '/api/v1/desk/indicators/tech-credit-five-banks/figures', {
        json: { ...wooriReading(), seriesId: 'no-such', kind: 'month-end' },
      });
      expect((await errorOf(series)).issues?.map((issue) => issue.path)).toContain('seriesId');
    });

    it('records a program reading and an indicator point, each with a new version', async () => {
      const before = subjectFiguresResponseSchema.parse(
        await (await editor.call('GET', '/api/v1/desk/programs/hana-total/figures')).json(),
      );
      const response = await editor.call('POST', '/api/v1/desk/programs/hana-total/figures', {
        json: wooriReading(120_000),
        headers: { 'If-Match': `"${before.version}"` },
      });
      expect(response.status).toBe(201);
      expect(response.headers.get('ETag')).toBe(`"${before.version + 1}"`);
      const { figure } = (await response.json()) as { figure: { status: string; value: number; recordedBy: string } };
      expect(figure).toMatchObject({ status: 'pending', value: 120_000, recordedBy: 'editor' });

      const point = await editor.call('POST', '/api/v1/desk/indicators/tech-credit-five-banks/figures', {
        json: {
          ...wooriReading(1_580_000, '2026-09-30'),
          seriesId: 'five-banks',
          kind: 'month-end',
          moneyBasis: 'balance',
        },
      });
      expect(point.status).toBe(201);
      const listed = subjectFiguresResponseSchema.parse(
        await (await viewer.call('GET', '/api/v1/desk/indicators/tech-credit-five-banks/figures')).json(),
      );
      expect(listed.figures.map((one) => one.value)).toContain(1_580_000);
    });

    it('412 for an edit made on an older version: no lost update', async () => {
      const { version } = subjectFiguresResponseSchema.parse(
        await (await editor.call('GET', '/api/v1/desk/programs/kb-total/figures')).json(),
      );
      const first = await editor.call('POST', '/api/v1/desk/programs/kb-total/figures', {
        json: wooriReading(10),
        headers: { 'If-Match': `"${version}"` },
      });
      expect(first.status).toBe(201);
      const second = await editor2.call('POST', '/api/v1/desk/programs/kb-total/figures', {
        json: wooriReading(20),
        headers: { 'If-Match': `"${version}"` },
      });
      expect(second.status).toBe(412);
      expect(second.headers.get('ETag')).toBe(`"${version + 1}"`);
    });

    it('stores hostile strings as text and returns them unchanged', async () => {
      const hostile = {
        publisher: { ko: '<script>alert("x")</script> & "따옴표"', en: "<b>bold</b> 'apostrophes'" },
        title: { ko: "Robert'); DROP TABLE desk_events;-- \u202eevil\u202c 🧨", en: '\\ %s ${x} {{x}} \u0007' },
        date: '2026-10',
        url: 'https://example.org/?q=<b>bold</b>&x="1"',
      };
      const response = await editor.call('POST', '/api/v1/desk/programs/nh-total/figures', {
        json: { ...wooriReading(7), source: hostile, note: '<img src=x onerror=alert(1)>\n\ttab' },
      });
      expect(response.status).toBe(201);
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
      const listed = subjectFiguresResponseSchema.parse(
        await (await viewer.call('GET', '/api/v1/desk/programs/nh-total/figures')).json(),
      );
      const stored = listed.figures.at(-1);
      expect(stored?.source).toEqual(hostile);
      expect(stored?.note).toBe('<img src=x onerror=alert(1)>\n\ttab');
      // The table the title names is still there.
      expect((await viewer.call('GET', '/api/v1/desk/events')).status).toBe(200);
    });
  });

  describe('import', () => {
    const header =
      'subject,series,kind,date,value,money_basis,provenance,basis_ko,basis_en,unverified,source_publisher_ko,source_publisher_en,source_title_ko,source_title_en,source_date,source_url,note';
    const row = (subject: string, date: string, value: string, extra = { series: '', kind: '' }) =>
      `${subject},${extra.series},${extra.kind},${date},${value},disbursed,reported,,,,은행,"Bank, Inc.",공시,Disclosure,2026-11,https://example.org/d,`;

    it('imports valid rows in one go', async () => {
      const csv = [
        header,
        row('program:shinhan-total', '2026-06-30', '1000'),
        row('program:shinhan-total', '2026-09-30', '2000'),
        row('indicator:tech-credit-five-banks', '2026-08-31', '1570000', { series: 'five-banks', kind: 'month-end' }),
      ].join('\n');
      const response = await editor.call('POST', '/api/v1/desk/imports', {
        body: csv,
        headers: { 'Content-Type': 'text/csv' },
      });
      expect(response.status).toBe(201);
      const result = importResponseSchema.parse(await response.json());
      expect(result.figures.map((figure) => figure.value)).toEqual([1000, 2000, 1_570_000]);
      expect(result.figures[0]?.source.publisher).toEqual({ ko: '은행', en: 'Bank, Inc.' });
    });

    it('saves nothing when one row is wrong, and names the line and field of each problem', async () => {
      const countBefore = figuresResponseSchema.parse(await (await viewer.call('GET', '/api/v1/desk/figures')).json())
        .figures.length;
      const csv = [
        header,
        row('program:shinhan-total', '2026-12-31', '3000'),
        row('program:shinhan-total', '2026-13-01', '3000'),
        row('program:no-such-pledge', '2026-12-31', '1'),
        row('program:shinhan-total', '2026-12-31', '12.5'),
      ].join('\n');
      const response = await editor.call('POST', '/api/v1/desk/imports', {
        body: csv,
        headers: { 'Content-Type': 'text/csv' },
      });
      expect(response.status).toBe(422);
      const { rows } = await errorOf(response);
      expect(rows).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ line: 3, field: 'date' }),
          expect.objectContaining({ line: 4, field: 'subject' }),
          expect.objectContaining({ line: 5, field: 'value' }),
        ]),
      );
      const countAfter = figuresResponseSchema.parse(await (await viewer.call('GET', '/api/v1/desk/figures')).json())
        .figures.length;
      expect(countAfter).toBe(countBefore);
    });

    it('answers the same problems, line for line, as the app’s preview finds (one shared checker)', async () => {
      const csv = [
        header,
        row('program:shinhan-total', '2026-12-31', '3000'),
        row('program:shinhan-total', 'soon', '1.2.3'),
        row('indicator:tech-credit-five-banks', '2026-08-31', '-5', { series: 'nope', kind: 'month-end' }),
        row('indicator:no-such-indicator', '2026-08-31', '1', { series: 'x', kind: 'day' }),
      ].join('\n');
      const response = await editor.call('POST', '/api/v1/desk/imports', {
        body: csv,
        headers: { 'Content-Type': 'text/csv' },
      });
      expect(response.status).toBe(422);
      const preview = checkImportCsv(dataset, csv);
      const answer = await errorOf(response);
      expect(answer.rows).toEqual(preview.errors);
      expect(answer.message).toBe(preview.problem);
      expect(preview.errors.length).toBeGreaterThanOrEqual(4);
    });

    it('413 for an import over the limit', async () => {
      const small = await startDesk(dialect, { maxImportBytes: 1000 }, desk.databaseUrl);
      try {
        const editorThere = await signInAs(small.url, 'editor');
        const csv = [header, ...Array.from({ length: 50 }, () => row('program:shinhan-total', '2026-06-30', '1'))];
        const response = await editorThere.call('POST', '/api/v1/desk/imports', {
          body: csv.join('\n'),
          headers: { 'Content-Type': 'text/csv' },
        });
        expect(response.status).toBe(413);
      } finally {
        await small.close();
      }
    });
  });

  describe('review and publish', () => {
    it('an approver approves, rejects with a reason, and publishes a vintage the dashboard then reads', async () => {
      const recorded = await editor.call('POST', '/api/v1/desk/programs/woori-total/figures', {
        json: wooriReading(160_000, '2026-10-31'),
      });
      const { figure } = (await recorded.json()) as { figure: { id: string } };
      const doubtful = await editor.call('POST', '/api/v1/desk/programs/woori-total/figures', {
        json: wooriReading(999_999, '2026-10-15'),
      });
      const { figure: rejectMe } = (await doubtful.json()) as { figure: { id: string } };

      const pending = figuresResponseSchema.parse(
        await (await approver.call('GET', '/api/v1/desk/figures?status=pending')).json(),
      );
      const listed = pending.figures.find((one) => one.id === figure.id);
      expect(listed?.source).toEqual(source);
      const wooriBefore = seeded.programs.programs.find((program) => program.id === 'woori-total');
      const previous = wooriBefore?.progress.filter((point) => point.date <= '2026-10-31').at(-1)?.value ?? null;
      expect(listed?.digest).toEqual({
        previous,
        next: 160_000,
        change: previous === null ? null : 160_000 - previous,
      });

      // Only approvers decide.
      expect(
        (await editor.call('POST', `/api/v1/desk/figures/${figure.id}/decision`, { json: { decision: 'approve' } }))
          .status,
      ).toBe(403);
      const approved = await approver.call('POST', `/api/v1/desk/figures/${figure.id}/decision`, {
        json: { decision: 'approve' },
      });
      expect(approved.status).toBe(200);
      expect(
        (await approver2.call('POST', `/api/v1/desk/figures/${figure.id}/decision`, { json: { decision: 'approve' } }))
          .status,
      ).toBe(409);
      const noReason = await approver.call('POST', `/api/v1/desk/figures/${rejectMe.id}/decision`, {
        json: { decision: 'reject' },
      });
      expect((await errorOf(noReason)).issues?.[0]?.path).toBe('reason');
      const rejected = await approver.call('POST', `/api/v1/desk/figures/${rejectMe.id}/decision`, {
        json: { decision: 'reject', reason: 'not in the cited release' },
      });
      expect(rejected.status).toBe(200);

      // Not on the dashboard until a vintage is published.
      const unpublished = programsResponseSchema.parse(await (await fetch(`${desk.url}/api/v1/programs`)).json());
      expect(unpublished.programs.find((p) => p.id === 'woori-total')?.progress.map((p) => p.value)).not.toContain(
        160_000,
      );
      expect((await editor.call('POST', '/api/v1/desk/vintages', { json: { name: '2026-11-a' } })).status).toBe(403);
      const publish = await approver.call('POST', '/api/v1/desk/vintages', { json: { name: '2026-11-a' } });
      expect(publish.status).toBe(201);
      expect((await approver.call('POST', '/api/v1/desk/vintages', { json: { name: '2026-11-a' } })).status).toBe(409);

      const programs = programsResponseSchema.parse(await (await fetch(`${desk.url}/api/v1/programs`)).json());
      const woori = programs.programs.find((program) => program.id === 'woori-total');
      const reading = woori?.progress.find((point) => point.date === '2026-10-31');
      expect(reading).toMatchObject({ value: 160_000, provenance: 'reported' });
      expect(woori?.progress.map((point) => point.value)).not.toContain(999_999);
      const cited = woori?.sources.find((one) => reading?.sourceIds.includes(one.id));
      expect(cited).toMatchObject({ publisher: source.publisher, title: source.title, url: source.url });
      const meta = metaSchema.parse(await (await fetch(`${desk.url}/api/v1/meta`)).json());
      expect(meta.datasetVersion).toBe('2026-11-a');

      // The static files for an embedded deployment are the same bodies.
      expect(JSON.parse(readFileSync(join(publishDir, 'data/v1/programs.json'), 'utf8'))).toEqual(programs);
      expect(JSON.parse(readFileSync(join(publishDir, 'prerender-seed.json'), 'utf8')).programs).toEqual(programs);

      const vintages = vintagesResponseSchema.parse(await (await viewer.call('GET', '/api/v1/desk/vintages')).json());
      expect(vintages.vintages[0]).toMatchObject({ name: '2026-11-a', publishedBy: 'approver' });
      expect(vintages.vintages[0]?.figureCount).toBeGreaterThanOrEqual(1);

      // The read API's vintages: the seeded briefings, and the published state as the latest.
      const read = readVintagesSchema.parse(await (await fetch(`${desk.url}/api/v1/vintages`)).json());
      expect(read.vintages.map((one) => one.id)).toEqual([
        'latest',
        'briefing-2026-02-28',
        'briefing-2025-12-31',
        'briefing-2025-10-31',
      ]);
      expect(read.vintages[0]).toMatchObject({ latest: true, asOf: meta.asOf });
      const latest = programsResponseSchema.parse(
        await (await fetch(`${desk.url}/api/v1/vintages/latest/programs`)).json(),
      );
      expect(latest).toEqual(programs);
      const february = programsResponseSchema.parse(
        await (await fetch(`${desk.url}/api/v1/vintages/briefing-2026-02-28/programs`)).json(),
      );
      expect(february.programs.find((p) => p.id === 'woori-total')?.progress.map((p) => p.value)).not.toContain(
        160_000,
      );
      expect(JSON.parse(readFileSync(join(publishDir, 'data/v1/vintages.json'), 'utf8'))).toEqual(read);
      expect((await fetch(`${desk.url}/api/v1/vintages/briefing-1999-01-01/meta`)).status).toBe(404);
    });

    it('a figure is approved by someone other than who recorded it', async () => {
      const recorded = await approver.call('POST', '/api/v1/desk/programs/woori-total/figures', {
        json: wooriReading(1, '2026-11-01'),
      });
      const { figure } = (await recorded.json()) as { figure: { id: string } };
      const self = await approver.call('POST', `/api/v1/desk/figures/${figure.id}/decision`, {
        json: { decision: 'approve' },
      });
      expect(self.status).toBe(403);
    });

    it('keeps every change as an event: a correction supersedes, nothing is rewritten', async () => {
      const first = await editor.call('POST', '/api/v1/desk/programs/woori-productive/figures', {
        json: wooriReading(50_000, '2026-06-30'),
      });
      const { figure: original } = (await first.json()) as { figure: { id: string } };
      const correction = await editor2.call('POST', '/api/v1/desk/programs/woori-productive/figures', {
        json: wooriReading(52_000, '2026-06-30'),
      });
      const { figure: corrected } = (await correction.json()) as { figure: { supersedes: string } };
      expect(corrected.supersedes).toBe(original.id);
      const { events } = eventsResponseSchema.parse(
        await (await viewer.call('GET', '/api/v1/desk/events?subject=program:woori-productive')).json(),
      );
      expect(events.map((event) => [event.type, event.actor, event.subjectVersion])).toEqual([
        ['recorded', 'editor', 1],
        ['recorded', 'editor2', 2],
      ]);
      expect(events[0]?.body).toMatchObject({ value: 50_000, source });
    });

    it('serves an older vintage by name', async () => {
      await approver.call('POST', '/api/v1/desk/vintages', { json: { name: '2026-11-b' } });
      const older = metaSchema.parse(await (await fetch(`${desk.url}/api/v1/meta?vintage=2026-11-a`)).json());
      expect(older.datasetVersion).toBe('2026-11-a');
      expect((await fetch(`${desk.url}/api/v1/meta?vintage=nope`)).status).toBe(404);
    });
  });
});
