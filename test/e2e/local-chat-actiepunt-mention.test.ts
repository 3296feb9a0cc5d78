import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP = '19:lokaal-werkgroep@thread.tacv2';

/**
 * `actiepunt @Naam …`: the projectleider gives the actiepunt to that member of the werkgroep; a
 * member who may not is told who can, and nothing is noted under their own name instead.
 */
describe('an actiepunt that starts with @ and a werkgroep member’s name', () => {
  let local: LocalChatApp;
  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());
  const openOnes = async () =>
    (
      await local.tdb.db.pool.query<{ description: string; owner: string | null }>(
        `SELECT a.description, m.name AS owner FROM actiepunten a LEFT JOIN members m ON m.id = a.owner_id
          WHERE a.description LIKE '%gemeente bellen%'`,
      )
    ).rows;

  it('Ruben may not give one to Sem: the answer names who can, and nothing is noted', async () => {
    const answer = await answerIn(local.url, 'ggz1', WERKGROEP, 'actiepunt @Sem Wolters gemeente bellen');
    expect(answer).toContain('Alleen de projectleider van deze regio mag dit doen. Dat is Femke Hoogland.');
    expect(await openOnes()).toEqual([]);
  });

  it('Femke gives it to Sem: Sem is its owner, and the text has no @name', async () => {
    const answer = await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt @sem wolters gemeente bellen');
    expect(answer).toContain('Actiepunt genoteerd, met Sem Wolters als eigenaar.');
    expect(await openOnes()).toEqual([{ description: 'gemeente bellen', owner: 'Sem Wolters' }]);
  });

  it('Ruben typing the one Sem has already is refused too, not pointed to it as if it were his to note', async () => {
    const answer = await answerIn(local.url, 'ggz1', WERKGROEP, 'actiepunt @Sem Wolters gemeente bellen');
    expect(answer).toContain('Alleen de projectleider van deze regio mag dit doen. Dat is Femke Hoogland.');
    expect(await openOnes()).toEqual([{ description: 'gemeente bellen', owner: 'Sem Wolters' }]);
  });

  it('Femke giving it to Sem a second time is pointed to Sem’s, not told it is her own', async () => {
    const answer = await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt @Sem Wolters gemeente bellen');
    expect(answer).toContain('met Sem Wolters als eigenaar');
    expect(answer).not.toContain('met jou als eigenaar');
    expect(await openOnes()).toEqual([{ description: 'gemeente bellen', owner: 'Sem Wolters' }]);
  });

  const described = async (like: string) =>
    (
      await local.tdb.db.pool.query<{ description: string; owner: string | null }>(
        `SELECT a.description, m.name AS owner FROM actiepunten a LEFT JOIN members m ON m.id = a.owner_id
          WHERE a.description LIKE $1`,
        [like],
      )
    ).rows;

  it('Femke naming someone who is no member hears so, with the members’ names, and nothing is noted', async () => {
    const answer = await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt @Pietje Puk iets doen');
    expect(answer).toContain('Ik ken geen Pietje Puk in deze werkgroep, dus ik heb niets genoteerd.');
    expect(answer).toContain('Typ na de @ de volledige naam van een lid');
    expect(answer).toContain('Ruben Kleinjan');
    expect(await described('%iets doen%')).toEqual([]);
  });

  it('a name with spaces is read whole: @Ruben Kleinjan Lijst delen is Ruben’s, without the owner hint', async () => {
    const answer = await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt @Ruben Kleinjan Lijst delen');
    expect(answer).toContain('Actiepunt genoteerd, met Ruben Kleinjan als eigenaar.');
    expect(answer).not.toContain('Eigenaar is wie het actiepunt typt');
    expect(await described('Lijst delen')).toEqual([{ description: 'Lijst delen', owner: 'Ruben Kleinjan' }]);
  });

  it('a first name alone is the one member who has it: @ruben lijst mailen is Ruben Kleinjan’s', async () => {
    const answer = await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt @ruben lijst mailen');
    expect(answer).toContain('Actiepunt genoteerd, met Ruben Kleinjan als eigenaar.');
    expect(await described('lijst mailen')).toEqual([
      { description: 'lijst mailen', owner: 'Ruben Kleinjan' },
    ]);
  });

  it('a first name and a surname no member has is no first name alone: @Ruben Jansen is refused, not Ruben Kleinjan’s', async () => {
    for (const typed of [
      'actiepunt @Ruben Jansen offerte opvragen',
      'actiepunt @Ruben van Dijk offerte opvragen',
    ]) {
      const answer = await answerIn(local.url, 'pl', WERKGROEP, typed);
      expect(answer).toContain('in deze werkgroep, dus ik heb niets genoteerd.');
      expect(answer).not.toContain('Actiepunt genoteerd');
    }
    expect(await described('%offerte opvragen%')).toEqual([]);
  });

  it('a first name and then the action, capitalised: @Marloes Bel de werkgever is Marloes Ten Have’s, to call the employer', async () => {
    await local.tdb.db.pool.query(
      `INSERT INTO overleg_members (overleg_id, member_id)
       SELECT oc.overleg_id, m.id FROM overleg_channels oc, members m
        WHERE oc.channel_id = $1 AND m.name = 'Marloes Ten Have'`,
      [WERKGROEP],
    );
    // What Femke sees: noted for Marloes, not "Ik ken geen Marloes Bel in deze werkgroep".
    const answer = await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt @Marloes Bel de werkgever');
    expect(answer).toContain('Actiepunt genoteerd, met Marloes Ten Have als eigenaar.');
    expect(answer).not.toContain('Ik ken geen');
    const mailed = await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt @Noor: Mail het verslag rond');
    expect(mailed).toContain('Actiepunt genoteerd, met Noor Stegeman als eigenaar.');
    expect(await described('%de werkgever')).toEqual([
      { description: 'Bel de werkgever', owner: 'Marloes Ten Have' },
    ]);
    // Someone no member is, with the action after the name: told the name alone, not "Pietje Bel".
    const unknown = await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt @Pietje Bel de wethouder');
    expect(unknown).toContain('Ik ken geen Pietje in deze werkgroep, dus ik heb niets genoteerd.');
  });

  it('an @ further on in the text is part of it: the actiepunt is the typist’s, and the note says how Sem would own it', async () => {
    const answer = await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt agenda mailen naar @Sem');
    expect(answer).toContain('Actiepunt genoteerd, met jou als eigenaar.');
    expect(answer).toContain('Een @naam in de tekst maakt Sem Wolters geen eigenaar');
    expect(answer).toContain('Zet de naam dan vooraan, actiepunt @Sem Wolters en de tekst,');
    expect(await described('%naar @Sem')).toEqual([
      { description: 'agenda mailen naar @Sem', owner: 'Femke Hoogland' },
    ]);
  });

  const count = async () =>
    (await local.tdb.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM actiepunten')).rows[0]?.n;

  it('a member’s full name and nothing after it: told what to add, not that no such member exists, and nothing is noted', async () => {
    const before = await count();
    for (const typed of ['actiepunt @Sem Wolters', 'actiepunt @sem wolters:', 'actiepunt @Sem']) {
      const answer = await answerIn(local.url, 'pl', WERKGROEP, typed);
      expect(answer).toContain(
        'Zet na de naam wat Sem Wolters moet doen, zoals actiepunt @Sem Wolters lijst delen.',
      );
      expect(answer).not.toContain('Ik ken geen');
    }
    expect(await count()).toBe(before);
  });

  it('a hyphen right after a name continues it: with a member named Sem, @Sem-Jan belt is no one’s, @Sem - belt is Sem’s', async () => {
    await local.tdb.db.pool.query(
      `WITH sem AS (
         INSERT INTO members (region_id, name, organisation, domain)
         SELECT region_id, 'Sem', 'Gemeente Proefdorp', 'gemeente' FROM overleggen o
           JOIN overleg_channels oc ON oc.overleg_id = o.id WHERE oc.channel_id = $1 LIMIT 1
         RETURNING id)
       INSERT INTO overleg_members (overleg_id, member_id)
       SELECT oc.overleg_id, sem.id FROM overleg_channels oc, sem WHERE oc.channel_id = $1`,
      [WERKGROEP],
    );
    const refused = await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt @Sem-Jan belt de wethouder');
    expect(refused).toContain('Ik ken geen Sem-Jan in deze werkgroep, dus ik heb niets genoteerd.');
    expect(await described('%belt de wethouder%')).toEqual([]);
    const given = await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt @Sem - belt de gemeente');
    expect(given).toContain('Actiepunt genoteerd, met Sem als eigenaar.');
    expect(await described('%belt de gemeente%')).toEqual([
      { description: 'belt de gemeente', owner: 'Sem' },
    ]);
  });
});
