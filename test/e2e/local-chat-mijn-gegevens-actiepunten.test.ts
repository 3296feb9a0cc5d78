import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleByKey } from '../../adapters/local-chat/tenant.ts';
import { personalData } from '../../src/store/personal-data-repo.ts';
import { answerIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP = '19:lokaal-werkgroep@thread.tacv2';

/**
 * Femke's `mijn-gegevens` counts her actiepunten as she sees them elsewhere: those on her name
 * (what `overzicht` and `actiepunten` show as hers) apart from those she noted for others; the
 * file names each one's werkgroep.
 */
describe('mijn-gegevens: the actiepunten counted by her part in them', () => {
  let local: LocalChatApp;
  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());
  const femke = async () => {
    const { rows } = await local.tdb.db.pool.query<{ member_id: string }>(
      'SELECT member_id FROM platform_identities WHERE user_id = $1',
      [roleByKey('pl')!.userId],
    );
    return rows[0]?.member_id ?? '';
  };

  it('one for Ruben and one of her own: the summary says which are hers and which she made for others', async () => {
    await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt @Ruben Kleinjan Lijst met jobcoaches delen');
    await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt Folder rondsturen');
    const items = (await personalData(local.tdb.db.pool, await femke())).actiepunten as Array<
      Record<string, unknown>
    >;
    const open = (role: string) => items.filter((a) => a.jouw_rol === role && a.afgerond_op === null).length;
    const total = (role: string) => items.filter((a) => a.jouw_rol === role).length;
    const answer = await answerIn(local.url, 'pl', 'a:lokaal-pl', 'mijn-gegevens');
    expect(answer).toContain(`${total('eigenaar')} actiepunt`);
    expect(answer).toContain(`op jouw naam, waarvan ${open('eigenaar')} open`);
    expect(answer).toContain(
      `${total('aangemaakt')} ${total('aangemaakt') === 1 ? 'actiepunt' : 'actiepunten'} door jou aangemaakt voor anderen, waarvan ${open('aangemaakt')} open`,
    );
  });

  it('the file names the werkgroep of each actiepunt', async () => {
    const items = (await personalData(local.tdb.db.pool, await femke())).actiepunten as Array<
      Record<string, unknown>
    >;
    expect(items.find((a) => a.beschrijving === 'Lijst met jobcoaches delen')).toMatchObject({
      werkgroep: 'Werkgroep GGZ & Werk Achterhoek',
      jouw_rol: 'aangemaakt',
    });
    expect(items.every((a) => typeof a.werkgroep === 'string' && a.werkgroep !== '')).toBe(true);
  });
});
