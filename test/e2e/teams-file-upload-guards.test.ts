import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_FAILED } from '../../adapters/teams/file-consent.ts';
import { addMember } from '../support/fixtures.ts';
import { type RecordedCall, startRecordingServer } from '../support/recording-server.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { fileConsentInvoke, postActivity } from '../support/teams-activities.ts';
import { startTeamsConnectorStandIn } from '../support/teams-connector-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { waitFor } from '../support/wait-for.ts';

/**
 * The member allowed the file (Teams' file consent): Schakel puts it at the place Teams handed
 * over. A place that never answers, or one that sends the upload on elsewhere, gets nothing more
 * than the one request: the upload gives up after its time, and follows no redirect.
 */
describe('Teams: uploading the inzage to a place that hangs or redirects', () => {
  const UPLOAD_TIMEOUT_MS = 300;
  let tdb: TestDatabase;
  let connector: Awaited<ReturnType<typeof startTeamsConnectorStandIn>>;
  let app: TestApp;
  let hanging: Server;
  const held: IncomingMessage[] = [];
  let elsewhere: Awaited<ReturnType<typeof startRecordingServer>>;
  let redirecting: Awaited<ReturnType<typeof startRecordingServer>>;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    connector = await startTeamsConnectorStandIn();
    await addMember(tdb.db, {
      name: 'Lotte Brummelman',
      identities: [{ platform: 'teams', workspace: TEAMS_TENANT, userId: '29:lotte' }],
      overleg: 'Werkgroep Oost',
    });
    // Takes the request and never answers it.
    hanging = createServer((req) => void held.push(req));
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    elsewhere = await startRecordingServer(() => ({ status: 201, body: {} }));
    redirecting = await startRecordingServer(() => ({
      status: 307,
      headers: { location: `${elsewhere.url}/gestolen` },
      body: {},
    }));
    app = await startTestApp({ TEAMS_SKIP_AUTH: 'true' }, tdb.db, undefined, {
      teamsUploadTimeoutMs: UPLOAD_TIMEOUT_MS,
    });
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    hanging?.closeAllConnections();
    await new Promise((resolve) => hanging?.close(resolve));
    await elsewhere?.close();
    await redirecting?.close();
    await connector?.close();
    await tdb?.drop();
  });

  /** Lotte allows the file, to be put at `uploadUrl`; what Schakel then says in her chat. */
  const allow = async (uploadUrl: string): Promise<RecordedCall> => {
    const conversationId = `a:dm-lotte-${Math.random().toString(36).slice(2)}`;
    const accepted = fileConsentInvoke({
      action: 'accept',
      context: { remake: 'mijn-gegevens' },
      serviceUrl: connector.serviceUrl,
      userId: '29:lotte',
      tenantId: TEAMS_TENANT,
      conversationId,
      uploadInfo: {
        name: 'schakel-mijn-gegevens.json',
        uploadUrl,
        contentUrl: 'https://contoso-my.sharepoint.com/personal/lotte/schakel-mijn-gegevens.json',
        uniqueId: 'bestand-1',
        fileType: 'json',
      },
    });
    expect((await postActivity(app.baseUrl, accepted)).status).toBe(200);
    return connector.waitFor((c) => c.path.startsWith(`/v3/conversations/${conversationId}/`));
  };
  const warnings = (reason: string) =>
    app.logs.lines.filter((l) => l.includes('bestand uploaden naar OneDrive mislukt') && l.includes(reason));

  it('gives up on a place that never answers, and says the file could not be put there', async () => {
    const said = await allow(`http://127.0.0.1:${(hanging.address() as AddressInfo).port}/upload`);
    expect(said.body.text).toBe(FILE_FAILED);
    expect(held).toHaveLength(1);
    expect(warnings('"reason":"timeout"')).toHaveLength(1);
  });

  it('follows no redirect: the file goes nowhere else', async () => {
    const said = await allow(`${redirecting.url}/upload`);
    expect(said.body.text).toBe(FILE_FAILED);
    expect(redirecting.calls).toHaveLength(1);
    expect(elsewhere.calls).toEqual([]);
    await waitFor('the warning', () => warnings('"reason":"redirect"').length === 1);
  });
});
