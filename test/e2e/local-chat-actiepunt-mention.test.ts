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
});
