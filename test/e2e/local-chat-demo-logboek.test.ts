import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleByKey } from '../../adapters/local-chat/tenant.ts';
import { personalData } from '../../src/store/personal-data-repo.ts';
import { answerIn, pressIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP = '19:lokaal-werkgroep@thread.tacv2';

/**
 * On a first local start the demo set-up publishes the stuurgroep's digest itself. Femke, the demo
 * projectleider, did nothing: her `logboek` says the demo set-up published it, not she.
 */
describe('the logboek after the demo’s start-up', () => {
  let local: LocalChatApp;
  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());
  /** The digest versions in Femke's `mijn-gegevens` file: those she made or published. */
  const femkesDigests = async () => {
    const { rows } = await local.tdb.db.pool.query<{ member_id: string }>(
      'SELECT member_id FROM platform_identities WHERE user_id = $1',
      [roleByKey('pl')!.userId],
    );
    return (await personalData(local.tdb.db.pool, rows[0]?.member_id ?? '')).samenvattingen;
  };

  it('credits the demo’s digest publication to "Schakel (demo)", not to the projectleider', async () => {
    const log = await answerIn(local.url, 'pl', WERKGROEP, 'logboek');
    // Which version of which period: the line says, without any of its text.
    expect(log).toMatch(/Schakel \(demo\): samenvatting \d{4}-T\d versie 1 gepubliceerd/);
    expect(log).not.toContain('Femke Hoogland: samenvatting');
    expect(log).not.toContain('gewist lid');
  });

  it('Femke’s mijn-gegevens lists no digest: the demo set-up drafted and published it, not she', async () => {
    expect(await femkesDigests()).toEqual([]);
  });

  it('what Femke publishes herself afterwards is still hers', async () => {
    // A new version of the same period, through her own review.
    await answerIn(local.url, 'pl', 'a:lokaal-pl', 'samenvatting');
    const pressed = await pressIn(local.url, 'pl', 'a:lokaal-pl', 'digest_publish');
    expect(pressed.status).toBe(200);
    const log = await answerIn(local.url, 'pl', WERKGROEP, 'logboek');
    expect(log).toMatch(/Femke Hoogland: samenvatting \d{4}-T\d versie \d+ gepubliceerd/);
    expect(log).toMatch(/Schakel \(demo\): samenvatting \d{4}-T\d versie 1 gepubliceerd/);
  });

  it('a vakantie added says which one in the logboek', async () => {
    expect(
      await answerIn(local.url, 'pl', WERKGROEP, 'vakantie Studiedag 2 maart 2027 t/m 2 maart 2027'),
    ).toContain('Studiedag');
    const log = await answerIn(local.url, 'pl', WERKGROEP, 'logboek');
    expect(log).toContain(
      'Femke Hoogland: vakantie Studiedag (dinsdag 2 maart 2027 t/m dinsdag 2 maart 2027) toegevoegd',
    );
    expect(await femkesDigests()).toEqual([
      expect.objectContaining({ door_jou_gemaakt: true, door_jou_gepubliceerd: true }),
    ]);
  });
});
