import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { types } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { insertDigestFixture, REGION } from '../digest/fixture.ts';
import { pdfText } from '../digest/pdf-text.ts';
import { databaseText } from '../support/database-text.ts';
import { addMember } from '../support/fixtures.ts';
import { type RecordedCall, startRecordingServer } from '../support/recording-server.ts';
import { blockActionsBody, postInteraction, viewSubmissionBody } from '../support/slack-interactions.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM, startSlackStandIn } from '../support/slack-stand-in.ts';
import { invokeActivity, messageActivity, postActivity } from '../support/teams-activities.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const SECRET = 'samenvatting-geheim';
const TENANT = 'tenant-digest';
const STUUR_SLACK = 'C0STUURGROEP';
const STUUR_TEAMS = '19:stuurgroep@thread.tacv2';
const BSN_TEXT = 'Cliënt met BSN 111222333 is aan het werk.';
// 10 September 2026: the tertiaal before today's is 2026-T2, the fixture's busy period.
const clock = manualClock('2026-09-10T08:00:00Z');
// The published files, kept for people to look at (gitignored).
const keepArtefacts = (files: { png: Uint8Array; pdf: Uint8Array }) => {
  const dir = join(import.meta.dirname, '..', '..', 'test-artifacts', 'digest');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'published.png'), files.png);
  writeFileSync(join(dir, 'published.pdf'), files.pdf);
};

describe('the stuurgroep digest: review by the projectleider and publish, on Slack and Teams', () => {
  let tdb: TestDatabase;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  let teams: Awaited<ReturnType<typeof startFlakyTeamsConnector>>;
  let app: TestApp;
  let value = '';

  beforeAll(async () => {
    tdb = await createTestDatabase();
    slack = await startSlackStandIn();
    teams = await startFlakyTeamsConnector();
    await insertDigestFixture(tdb.db);
    const actor = (name: string, roles: Parameters<typeof addMember>[1]['roles'], regionId = REGION) =>
      addMember(tdb.db, {
        regionId,
        name,
        roles,
        identities: [
          { platform: 'slack', workspace: STAND_IN_TEAM, userId: `U0${name.toUpperCase()}` },
          { platform: 'teams', workspace: TENANT, userId: `29:${name}` },
        ],
      });
    await actor('hanneke', ['projectleider']);
    await actor('sanne', ['stuurgroeplid']);
    await actor('ruben', ['lid']);
    await actor('anders', ['projectleider'], 'andere-regio');
    const { rows } = await tdb.db.pool.query(
      `INSERT INTO overleggen (region_id, name, kind) VALUES ($1, 'Stuurgroep', 'stuurgroep') RETURNING id`,
      [REGION],
    );
    await tdb.db.pool.query(
      `INSERT INTO overleg_channels (overleg_id, platform, workspace, channel_id, service_url)
       VALUES ($1, 'slack', $2, $3, NULL), ($1, 'teams', $4, $5, $6)`,
      [rows[0].id, STAND_IN_TEAM, STUUR_SLACK, TENANT, STUUR_TEAMS, teams.serviceUrl],
    );
    app = await startTestApp(
      {
        SLACK_BOT_TOKEN: 'xoxb-digest',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        TEAMS_SKIP_AUTH: 'true',
        PUBLIC_URL: 'https://schakel.example.nl',
      },
      tdb.db,
      clock,
    );
  });
  afterAll(async () => {
    await app?.stop();
    await slack?.close();
    await teams?.close();
    await tdb?.drop();
  });

  const versions = async () =>
    (
      await tdb.db.pool.query(
        `SELECT version, status, summary, omitted, corrects, document::text AS document FROM digest_versions
          WHERE region_id = $1 ORDER BY version`,
        [REGION],
      )
    ).rows;
  const slash = async (user: string, text: string) => {
    const before = slack.calls.length;
    const body = slashCommandBody({
      text,
      userId: user,
      teamId: STAND_IN_TEAM,
      responseUrl: slack.responseUrl,
      channelId: `D${user}`,
    });
    const res = await postToSlack(`${app.baseUrl}/slack/events`, SECRET, body);
    expect(res.status).toBe(200);
    const ack = await res.text();
    const dm = slack.calls
      .slice(before)
      .find((c) => c.path === '/api/chat.postMessage' && c.body.channel === user);
    return { ack, dm: dm ? JSON.stringify(dm.body) : '' };
  };
  const button = async (user: string, actionId: string) => {
    const before = slack.calls.length;
    const body = blockActionsBody(
      { teamId: STAND_IN_TEAM, userId: user },
      { actionId, value, channelId: `D${user}`, responseUrl: slack.responseUrl },
    );
    expect((await postInteraction(`${app.baseUrl}/slack/events`, SECRET, body)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    return slack.calls.slice(before);
  };
  const toStuurgroep = () => ({
    slack: slack.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.channel === STUUR_SLACK),
    teams: teams.sentTo(STUUR_TEAMS),
  });
  const fileLinks = (text: string) => {
    const token = text.match(/\/digest\/([A-Za-z0-9_-]+)\.png/)?.[1] ?? '';
    return { png: `${app.baseUrl}/digest/${token}.png`, pdf: `${app.baseUrl}/digest/${token}.pdf` };
  };

  it('Slack: "samenvatting" makes a stored draft, shown only to the projectleider with the review buttons', async () => {
    const { dm } = await slash('U0HANNEKE', 'samenvatting');
    expect(dm).toContain('Concept: Stuurgroep-samenvatting Digestregio');
    expect(dm).toContain('Tertiaal 2026-T2');
    expect(dm).toContain('digest_publish');
    value = JSON.parse(dm).blocks.find((b: { type: string }) => b.type === 'actions').elements[0].value;
    expect(value).toBe(`${REGION}|2026-T2|1`);
    expect(await versions()).toMatchObject([{ version: 1, status: 'draft', omitted: [] }]);
    expect(toStuurgroep().slack).toHaveLength(0);
  });

  it('Slack: "Tekst aanpassen" opens the form; a BSN is refused beside the field and stored nowhere', async () => {
    const calls = await button('U0HANNEKE', 'digest_edit_text');
    const open = calls.find((c) => c.path === '/api/views.open');
    const view = open?.body.view as types.ModalView;
    expect(view.callback_id).toBe('samenvatting-tekst');
    const actor = { teamId: STAND_IN_TEAM, userId: 'U0HANNEKE' };
    const refused = await postInteraction(
      `${app.baseUrl}/slack/events`,
      SECRET,
      viewSubmissionBody(actor, view, { samenvatting: BSN_TEXT }),
    );
    expect(refused.body?.response_action).toBe('errors');
    expect(Object.keys((refused.body?.errors ?? {}) as object)).toEqual(['samenvatting']);
    expect(await databaseText(tdb.db)).not.toContain('111222333');
    const saved = await postInteraction(
      `${app.baseUrl}/slack/events`,
      SECRET,
      viewSubmissionBody(actor, view, { samenvatting: 'Een goed tertiaal: de samenwerking groeit.' }),
    );
    expect(saved.body?.response_action).toBe('update');
    expect((await versions())[0].summary).toBe('Een goed tertiaal: de samenwerking groeit.');
  });

  it('Teams: "Onderdelen weglaten" turns the card into the form; the choice is stored on the draft', async () => {
    const invoke = (verb: string, data: Record<string, unknown>) =>
      postActivity(
        app.baseUrl,
        invokeActivity({ verb, data, serviceUrl: teams.serviceUrl, userId: '29:hanneke', tenantId: TENANT }),
      ).then(async (r) => JSON.stringify(await r.json()));
    const form = await invoke('digest_omit', { action: 'digest_omit', value });
    expect(form).toContain('"verb":"samenvatting-onderdelen"');
    const done = await invoke('samenvatting-onderdelen', {
      schakelForm: 'samenvatting-onderdelen',
      schakelMetadata: { regionId: REGION, period: '2026-T2', version: '1' },
      successen: 'tonen',
      knelpunten: 'weglaten',
      checklist: 'tonen',
      voortgang: 'tonen',
    });
    expect(done).toContain('Weggelaten: Knelpunten.');
    expect(done).toContain('"verb":"digest_publish"');
    expect((await versions())[0].omitted).toEqual(['knelpunten']);
  });

  it('a lid, or the projectleider of another region, is refused and nothing changes', async () => {
    const before = await versions();
    for (const user of ['U0RUBEN', 'U0ANDERS']) {
      const calls = await button(user, 'digest_publish');
      const said = JSON.stringify(calls.filter((c) => c.path.startsWith('/response')).map((c) => c.body));
      expect(said).toContain('Alleen de projectleider van deze regio');
    }
    expect((await slash('U0RUBEN', 'samenvatting laatste')).ack).toContain('Alleen de stuurgroep');
    expect(await versions()).toEqual(before);
    expect(toStuurgroep().slack).toHaveLength(0);
    expect(toStuurgroep().teams).toHaveLength(0);
  });

  const published = { png: new Uint8Array(), pdf: new Uint8Array() };

  it('publishing queues one message per stuurgroep channel; the next tick posts it, with the chart and the PDF behind a token', async () => {
    const calls = await button('U0HANNEKE', 'digest_publish');
    const said = JSON.stringify(calls.filter((c) => c.path.startsWith('/response')).map((c) => c.body));
    expect(said).toContain('wordt nu naar 2 kanalen van de stuurgroep gestuurd');
    expect(toStuurgroep().slack).toHaveLength(0);
    await app.running.tick();
    await app.running.tick();
    const sent = toStuurgroep();
    expect(sent.slack).toHaveLength(1);
    expect(sent.teams).toHaveLength(1);
    const text = JSON.stringify(sent.slack[0]?.body);
    expect(text).toContain('Een goed tertiaal: de samenwerking groeit.');
    expect(text).toContain('https://schakel.example.nl/digest/');
    expect(text).not.toContain('Belangrijkste knelpunten');
    expect(text).not.toContain('Correctie');
    expect(JSON.stringify(sent.teams[0]?.body)).toContain('https://schakel.example.nl/digest/');
    const links = fileLinks(text);
    const png = await fetch(links.png);
    expect(png.headers.get('content-type')).toBe('image/png');
    published.png = new Uint8Array(await png.arrayBuffer());
    expect(Buffer.from(published.png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    const pdf = await fetch(links.pdf);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    published.pdf = new Uint8Array(await pdf.arrayBuffer());
    expect(Buffer.from(published.pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    keepArtefacts(published);
    // The PDF is what was approved: the edited text on top, the left-out knelpunten not there at all.
    const pdfLines = (await pdfText(published.pdf)).split('\n');
    expect(pdfLines).toContain('Een goed tertiaal: de samenwerking groeit.');
    expect(pdfLines).not.toContain('Knelpunten');
    expect((await fetch(`${app.baseUrl}/digest/onbekend-token-123456.png`)).status).toBe(404);
    expect(await versions()).toMatchObject([{ version: 1, status: 'published' }]);
    const audit = await tdb.db.pool.query(
      `SELECT subject FROM audit_log WHERE action = 'samenvatting_gepubliceerd'`,
    );
    expect(audit.rows).toEqual([{ subject: '2026-T2 versie 1' }]);
  });

  it('a stuurgroeplid reads the latest published version; the published files stay as they were', async () => {
    const { dm } = await slash('U0SANNE', 'samenvatting laatste');
    expect(dm).toContain('Een goed tertiaal: de samenwerking groeit.');
    // New check-in data for the period after publishing changes neither the files nor the version.
    const frozen = (await versions())[0].document;
    const { rows } = await tdb.db.pool.query(
      `SELECT r.id, a.member_id FROM checkin_rounds r JOIN checkin_answers a ON a.round_id = r.id
        WHERE r.meeting_date = '2026-06-09' LIMIT 1`,
    );
    await tdb.db.pool.query(`UPDATE checkin_answers SET samenwerkingsniveau = 1 WHERE round_id = $1`, [
      rows[0].id,
    ]);
    const links = fileLinks(toStuurgroep().slack[0] ? JSON.stringify(toStuurgroep().slack[0]?.body) : '');
    expect(new Uint8Array(await (await fetch(links.png)).arrayBuffer())).toEqual(published.png);
    expect(new Uint8Array(await (await fetch(links.pdf)).arrayBuffer())).toEqual(published.pdf);
    expect((await versions())[0].document).toBe(frozen);
  });

  it('a correction is version 2, and its message says it corrects the earlier one', async () => {
    const { dm } = await slash('U0HANNEKE', 'samenvatting 2026-T2');
    expect(dm).toContain('Versie 2, correctie op versie 1');
    value = `${REGION}|2026-T2|2`;
    await button('U0HANNEKE', 'digest_publish');
    await app.running.tick();
    const sent = toStuurgroep();
    expect(sent.slack).toHaveLength(2);
    expect(sent.teams).toHaveLength(2);
    expect(JSON.stringify(sent.slack[1]?.body)).toContain(
      'Correctie op de samenvatting van tertiaal 2026-T2',
    );
    expect(JSON.stringify(sent.teams[1]?.body)).toContain(
      'Correctie op de samenvatting van tertiaal 2026-T2',
    );
    const correctionPdf = await fetch(fileLinks(JSON.stringify(sent.slack[1]?.body)).pdf);
    expect(await pdfText(new Uint8Array(await correctionPdf.arrayBuffer()))).toContain(
      'Correctie op de samenvatting van tertiaal 2026-T2',
    );
    expect(await versions()).toMatchObject([
      { version: 1, status: 'published', corrects: null },
      { version: 2, status: 'published', corrects: 1 },
    ]);
    // Version 2 counted the check-in changed after version 1 was published; version 1 kept its count.
    const [v1, v2] = await versions();
    expect(v2.document).not.toBe(v1.document);
    // Publishing the same version twice posts nothing more.
    await button('U0HANNEKE', 'digest_publish');
    await app.running.tick();
    expect(toStuurgroep().slack).toHaveLength(2);
  });

  it('Teams: the projectleider asks in the personal chat and gets the private preview', async () => {
    const activity = messageActivity({
      text: 'samenvatting',
      serviceUrl: teams.serviceUrl,
      userId: '29:hanneke',
      tenantId: TENANT,
      conversationId: 'a:dm-29:hanneke',
    });
    expect((await postActivity(app.baseUrl, activity)).status).toBeLessThan(300);
    const sent = await teams.waitFor(
      (c) =>
        c.path.startsWith('/v3/conversations/a:dm-29:hanneke/') && JSON.stringify(c.body).includes('Concept'),
    );
    expect(JSON.stringify(sent.body)).toContain('"verb":"digest_publish"');
    expect((await versions()).map((v) => v.status)).toEqual(['published', 'published', 'draft']);
  });

  it('a post that fails with a 500 is retried by the scheduler and arrives once', async () => {
    value = `${REGION}|2026-T2|3`;
    teams.failNext(STUUR_TEAMS, 1);
    await button('U0HANNEKE', 'digest_publish');
    await app.running.tick();
    expect(toStuurgroep().slack).toHaveLength(3);
    expect(toStuurgroep().teams).toHaveLength(2);
    const row = async () =>
      (
        await tdb.db.pool.query(
          `SELECT status, attempts FROM deliveries WHERE kind = 'digest_publish' AND channel_id = $1
            AND occurrence = '2026-T2 versie 3'`,
          [STUUR_TEAMS],
        )
      ).rows;
    expect(await row()).toEqual([{ status: 'pending', attempts: 1 }]);
    // Not before the backoff has passed; then once, and never again.
    await app.running.tick();
    expect(toStuurgroep().teams).toHaveLength(2);
    clock.advance(31_000);
    await app.running.tick();
    await app.running.tick();
    clock.advance(10 * 60_000);
    await app.running.tick();
    expect(toStuurgroep().teams).toHaveLength(3);
    expect(toStuurgroep().slack).toHaveLength(3);
    expect(JSON.stringify(toStuurgroep().teams[2]?.body)).toContain('Correctie op de samenvatting');
    expect(await row()).toEqual([{ status: 'sent', attempts: 2 }]);
  });
});

/**
 * The Bot Framework connector on 127.0.0.1, like test/support's stand-in, that can be told to
 * answer the next posts to a conversation with a 500. `sentTo` lists only what it accepted.
 */
async function startFlakyTeamsConnector() {
  const failing = new Map<string, number>();
  const accepted = new Set<RecordedCall>();
  let n = 0;
  const server = await startRecordingServer((call) => {
    if (call.method === 'POST' && call.path === '/v3/conversations') {
      const member = (call.body.members as Array<{ id: string }> | undefined)?.[0]?.id ?? 'onbekend';
      return { status: 201, body: { id: `a:dm-${member}` } };
    }
    const conversation = /^\/v3\/conversations\/([^/]+)\/activities/.exec(call.path)?.[1] ?? '';
    const left = failing.get(conversation) ?? 0;
    if (left > 0) {
      failing.set(conversation, left - 1);
      return { status: 500, body: { error: { code: 'ServiceError', message: 'storing' } } };
    }
    accepted.add(call);
    return { status: 201, body: { id: `activity-${++n}` } };
  });
  return {
    ...server,
    serviceUrl: server.url,
    failNext: (conversationId: string, times: number) => failing.set(conversationId, times),
    sentTo: (conversationId: string) =>
      server.calls.filter(
        (c) => accepted.has(c) && c.path.startsWith(`/v3/conversations/${conversationId}/activities`),
      ),
  };
}
