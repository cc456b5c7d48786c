// The server as its own process (as `npm run server` runs it): killed in the middle of an
// import, and two of them on one PostgreSQL database.
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { subjectFiguresResponseSchema } from '../../src/lib/desk-schemas';
import { programsResponseSchema } from '../../src/lib/schemas';
import { readConfig } from '../../server/config';
import { prepareDatabase } from '../../server/main';
import { createUser } from '../../server/store/accounts';
import { dialects, freshDatabase, password, signInAs, spawnDesk, wooriReading, type DeskProcess } from './harness';

const header =
  'subject,series,kind,date,value,money_basis,provenance,basis_ko,basis_en,unverified,source_publisher_ko,source_publisher_en,source_title_ko,source_title_en,source_date,source_url,note';

async function databaseWithUsers(dialect: 'sqlite' | 'postgres'): Promise<string> {
  const url = await freshDatabase(dialect);
  const { db } = await prepareDatabase({ ...readConfig({}), databaseUrl: url });
  await createUser(db, 'editor', password, 'editor');
  await createUser(db, 'editor2', password, 'editor');
  await createUser(db, 'approver', password, 'approver');
  await db.close();
  return url;
}

async function importedRows(url: string, importId: string): Promise<{ rows: number; integrity: string }> {
  const { db } = await prepareDatabase({ ...readConfig({}), databaseUrl: url });
  try {
    const row = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM desk_events WHERE import_id = ?', [importId]);
    let integrity = 'not applicable';
    if (db.dialect === 'sqlite') {
      const check = new DatabaseSync(url.slice('sqlite:'.length));
      integrity = String(
        (check.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check,
      );
      check.close();
    }
    return { rows: Number(row?.n ?? 0), integrity };
  } finally {
    await db.close();
  }
}

const running: DeskProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((desk) => desk.stop()));
});

describe.each(dialects)('server processes on %s', (dialect) => {
  it('killed with SIGKILL in the middle of an import: after a restart the database is sound and the import whole or absent', async () => {
    const url = await databaseWithUsers(dialect);
    const desk = await spawnDesk(url, { DESK_TRACE_IMPORTS: '1' });
    running.push(desk);
    const editor = await signInAs(desk.url, 'editor');
    const total = 20_000;
    const rows = Array.from(
      { length: total },
      (_, index) =>
        `program:shinhan-total,,,${2000 + Math.floor(index / 365)}-01-01,${index},disbursed,reported,,,,발행처,Publisher,행 ${index},Row ${index},2026-11,https://example.org/${index},`,
    );
    const upload = editor
      .call('POST', '/api/v1/desk/imports', {
        body: [header, ...rows].join('\n'),
        headers: { 'Content-Type': 'text/csv' },
      })
      .then(
        (response) => response.status,
        () => 'connection lost',
      );
    const line = await desk.waitForStderr(/import (imp-[0-9a-f-]+): \d+ of \d+ rows written, not committed/);
    desk.child.kill('SIGKILL');
    await desk.stop();
    const outcome = await upload;
    const importId = /imp-[0-9a-f-]+/.exec(line)?.[0] ?? '';

    const restarted = await spawnDesk(url);
    running.push(restarted);
    expect((await fetch(`${restarted.url}/api/v1/programs`)).status).toBe(200);
    const after = await importedRows(url, importId);
    if (dialect === 'sqlite') expect(after.integrity).toBe('ok');
    // All of it or none of it; and all of it whenever the import had been answered 201.
    expect([0, total]).toContain(after.rows);
    if (outcome === 201) expect(after.rows).toBe(total);
  });
});

describe.runIf(dialects.includes('postgres'))('two server processes on one PostgreSQL database', () => {
  it('a figure recorded through one is read through the other, and a conflicting edit through the other is refused', async () => {
    const url = await databaseWithUsers('postgres');
    const [one, two] = await Promise.all([spawnDesk(url), spawnDesk(url)]);
    if (!one || !two) throw new Error('servers did not start');
    running.push(one, two);
    // Sessions live in the database: signed in through one, known to the other.
    const editorOne = await signInAs(one.url, 'editor');
    const editorTwo = await signInAs(two.url, 'editor2');
    const approverTwo = await signInAs(two.url, 'approver');
    expect((await fetch(`${two.url}/api/v1/desk/session`, { headers: { Cookie: editorOne.cookie } })).status).toBe(200);

    const read = async (base: string, client = editorTwo) =>
      subjectFiguresResponseSchema.parse(
        await (
          await fetch(`${base}/api/v1/desk/programs/kb-total/figures`, { headers: { Cookie: client.cookie } })
        ).json(),
      );
    const { version } = await read(one.url, editorOne);
    const recorded = await editorOne.call('POST', '/api/v1/desk/programs/kb-total/figures', {
      json: wooriReading(4321),
      headers: { 'If-Match': `"${version}"` },
    });
    expect(recorded.status).toBe(201);

    const seenThroughTwo = await read(two.url);
    expect(seenThroughTwo.figures.map((figure) => figure.value)).toEqual([4321]);
    expect(seenThroughTwo.version).toBe(version + 1);

    const conflicting = await editorTwo.call('POST', '/api/v1/desk/programs/kb-total/figures', {
      json: wooriReading(9999),
      headers: { 'If-Match': `"${version}"` },
    });
    expect(conflicting.status).toBe(412);

    // Approved and published through the second, read on the dashboard through the first.
    const [figure] = seenThroughTwo.figures;
    await approverTwo.call('POST', `/api/v1/desk/figures/${figure?.id}/decision`, { json: { decision: 'approve' } });
    expect((await approverTwo.call('POST', '/api/v1/desk/vintages', { json: { name: 'two-servers' } })).status).toBe(
      201,
    );
    const programs = programsResponseSchema.parse(await (await fetch(`${one.url}/api/v1/programs`)).json());
    expect(programs.programs.find((program) => program.id === 'kb-total')?.progress.map((p) => p.value)).toEqual([
      4321,
    ]);
  });
});
