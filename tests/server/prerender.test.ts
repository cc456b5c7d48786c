// Publishing draws the prerendered overview of index.html again from the vintage (decision
// 0008): the first paint shows the figures the app then hydrates with, in both languages, and
// a static deployment gets the same page. The renderer here is src/app/prerender.tsx itself;
// the build's bundle of it is exercised by tests/e2e-server.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderOverviewBlocks } from '../../src/app/prerender';
import { seedSchema } from '../../src/app/prerender-seed-schema';
import { buildResources } from '../../src/lib/dataset';
import { programsResponseSchema } from '../../src/lib/schemas';
import { contentSecurityPolicy, prerenderChoiceScript } from '../../scripts/csp.mjs';
import { readDatasetFile } from '../../server/store/dataset';
import { addUsers, dialects, signInAs, source, startDesk, type Desk } from './harness';

const seeded = buildResources(readDatasetFile('src/data/dataset.v1.json'));

/** A built app's index.html as the build writes it: the inline choice script and both blocks. */
async function builtApp(): Promise<string> {
  const distDir = mkdtempSync(join(tmpdir(), 'desk-dist-'));
  mkdirSync(distDir, { recursive: true });
  writeFileSync(
    join(distDir, 'index.html'),
    `<!doctype html><html lang="en"><head><script>${prerenderChoiceScript}</script><title>Pledge Tracker</title></head>` +
      `<body>${await renderOverviewBlocks(seeded)}<div id="root"></div></body></html>`,
  );
  return distDir;
}

/** The block of one language in a page. */
function block(html: string, lang: 'en' | 'ko'): string {
  const start = html.indexOf(`<div id="prerender-${lang}"`);
  expect(start).toBeGreaterThan(-1);
  const next = html.indexOf('<div id="prerender-', start + 1);
  return html.slice(start, next > start ? next : html.indexOf('<div id="root">'));
}

/** The table row of a pledge in a block's markup. */
function row(markup: string, name: string): string {
  const at = markup.indexOf(name);
  expect(at).toBeGreaterThan(-1);
  return markup.slice(markup.lastIndexOf('<tr', at), markup.indexOf('</tr>', at));
}

const hanaReading = {
  date: '2026-09-30',
  value: 12_345,
  moneyBasis: 'disbursed',
  provenance: 'reported',
  source,
};

let desk: Desk | undefined;
afterEach(async () => {
  await desk?.close();
  desk = undefined;
});

describe.each(dialects)('the prerendered overview on %s', (dialect) => {
  it('is drawn again from a published vintage, in both languages, and written with the static files', async () => {
    const distDir = await builtApp();
    const publishDir = mkdtempSync(join(tmpdir(), 'desk-publish-'));
    desk = await startDesk(dialect, { distDir, publishDir, prerenderModule: resolve('src/app/prerender.tsx') });
    await addUsers(desk);
    const editor = await signInAs(desk.url, 'editor');
    const approver = await signInAs(desk.url, 'approver');

    const before = await (await fetch(`${desk.url}/`)).text();
    expect(row(block(before, 'en'), 'Hana inclusive finance')).toContain('No reported data');
    expect(before).not.toContain('1.2345 trillion');

    const recorded = await editor.call('POST', '/api/v1/desk/programs/hana-inclusive/figures', { json: hanaReading });
    expect(recorded.status).toBe(201);
    const { figure } = (await recorded.json()) as { figure: { id: string } };
    expect(
      (await approver.call('POST', `/api/v1/desk/figures/${figure.id}/decision`, { json: { decision: 'approve' } }))
        .status,
    ).toBe(200);
    expect((await approver.call('POST', '/api/v1/desk/vintages', { json: { name: 'prerender-2026-10' } })).status).toBe(
      201,
    );

    const response = await fetch(`${desk.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
    const html = await response.text();
    // The inline script the policy allows by its hash is untouched.
    expect(html).toContain(`<script>${prerenderChoiceScript}</script>`);
    const english = block(html, 'en');
    const korean = block(html, 'ko');
    expect(english).toContain('data-lang="en"');
    expect(korean).toContain('data-lang="ko"');
    expect(row(english, 'Hana inclusive finance')).toContain('KRW 1.2345 trillion');
    expect(row(english, 'Hana inclusive finance')).not.toContain('No reported data');
    expect(english).toContain('prerender-2026-10');
    expect(korean).toContain('prerender-2026-10');
    expect(korean).toMatch(/1조\s*2,345억/);

    // The seed the page hydrates with is the same published state the markup was drawn from…
    const seed = seedSchema.parse(await (await fetch(`${desk.url}/prerender-seed.json`)).json());
    expect(seed.meta.datasetVersion).toBe('prerender-2026-10');
    const hana = seed.programs.programs.find((program) => program.id === 'hana-inclusive');
    expect(hana?.progress.map((point) => point.value)).toContain(12_345);
    const programs = programsResponseSchema.parse(await (await fetch(`${desk.url}/api/v1/programs`)).json());
    expect(seed.programs).toEqual(programs);
    // …and the markup is exactly what that seed renders, so hydration keeps it.
    expect(html).toContain(await renderOverviewBlocks({ ...seeded, ...seed }));

    // A static deployment refreshed from the server gets the same page and seed.
    expect(readFileSync(join(publishDir, 'index.html'), 'utf8')).toBe(html);
    expect(seedSchema.parse(JSON.parse(readFileSync(join(publishDir, 'prerender-seed.json'), 'utf8')))).toEqual(seed);
  });

  it('without the build’s renderer, drops the stale overview once a vintage is out', async () => {
    const distDir = await builtApp();
    desk = await startDesk(dialect, { distDir, prerenderModule: join(distDir, 'missing', 'prerender.js') });
    await addUsers(desk);
    const approver = await signInAs(desk.url, 'approver');
    expect(await (await fetch(`${desk.url}/`)).text()).toContain('<div id="prerender-en"');
    expect((await approver.call('POST', '/api/v1/desk/vintages', { json: { name: 'no-renderer' } })).status).toBe(201);
    const html = await (await fetch(`${desk.url}/`)).text();
    expect(html).not.toContain('<div id="prerender-');
    expect(html).toContain('<div id="root"></div>');
  });

  it('where reads are for signed-in users only, shows the published overview to them only', async () => {
    const distDir = await builtApp();
    desk = await startDesk(dialect, {
      distDir,
      publicReads: false,
      prerenderModule: resolve('src/app/prerender.tsx'),
    });
    await addUsers(desk);
    const approver = await signInAs(desk.url, 'approver');
    const viewer = await signInAs(desk.url, 'viewer');
    expect((await approver.call('POST', '/api/v1/desk/vintages', { json: { name: 'private-2026-10' } })).status).toBe(
      201,
    );
    const anonymous = await (await fetch(`${desk.url}/`)).text();
    expect(anonymous).not.toContain('<div id="prerender-');
    expect(anonymous).toContain('<div id="root"></div>');
    const signedIn = await (await viewer.call('GET', '/')).text();
    expect(block(signedIn, 'en')).toContain('private-2026-10');
    expect(block(signedIn, 'ko')).toContain('private-2026-10');
  });
});
