// Fifty editors write to one pledge at once, each over its own connection: every write is
// stored exactly once or refused (409/412) — never lost, never stored twice.
import { request, Agent } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subjectFiguresResponseSchema } from '../../src/lib/desk-schemas';
import { addUsers, dialects, signInAs, startDesk, wooriReading, type Client, type Desk } from './harness';

/** A POST on a connection of its own (no keep-alive, no shared socket). */
function postAlone(url: string, client: Client, path: string, body: unknown, headers: Record<string, string>) {
  const agent = new Agent({ keepAlive: false });
  return new Promise<number>((resolve, reject) => {
    const outgoing = request(
      `${url}${path}`,
      {
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/json',
          Cookie: client.cookie,
          'X-CSRF-Token': client.csrf,
          ...headers,
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(JSON.stringify(body));
  }).finally(() => agent.destroy());
}

describe.each(dialects)('concurrent writes on %s', (dialect) => {
  let desk: Desk;
  let editor: Client;
  beforeAll(async () => {
    desk = await startDesk(dialect);
    await addUsers(desk);
    editor = await signInAs(desk.url, 'editor');
  });
  afterAll(() => desk?.close());

  const figuresOf = async (program: string) =>
    subjectFiguresResponseSchema.parse(
      await (await editor.call('GET', `/api/v1/desk/programs/${program}/figures`)).json(),
    );

  it('50 writes naming the version they read: one is stored, the rest refused, none lost', async () => {
    const { version } = await figuresOf('hana-total');
    const statuses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        postAlone(desk.url, editor, '/api/v1/desk/programs/hana-total/figures', wooriReading(1000 + index), {
          'If-Match': `"${version}"`,
        }),
      ),
    );
    const stored = statuses.filter((status) => status === 201).length;
    const refused = statuses.filter((status) => status === 409 || status === 412).length;
    expect(stored + refused).toBe(50);
    expect(stored).toBe(1);
    const after = await figuresOf('hana-total');
    expect(after.figures).toHaveLength(stored);
    expect(after.version).toBe(version + stored);
  });

  it('50 writes without a version: each stored exactly once or refused, and the count adds up', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        postAlone(desk.url, editor, '/api/v1/desk/programs/nh-total/figures', wooriReading(2000 + index), {}),
      ),
    );
    const stored = statuses.filter((status) => status === 201).length;
    const refused = statuses.filter((status) => status === 409 || status === 412).length;
    expect(stored + refused).toBe(50);
    expect(stored).toBeGreaterThanOrEqual(1);
    const after = await figuresOf('nh-total');
    expect(after.figures).toHaveLength(stored);
    // Each value stored once: no duplicates, no write stored twice.
    const values = after.figures.map((figure) => figure.value);
    expect(new Set(values).size).toBe(values.length);
    expect(after.version).toBe(stored);
  });
});
