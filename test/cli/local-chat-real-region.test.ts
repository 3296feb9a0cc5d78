import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_TEAM } from '../../src/domain/demo-region.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { preparedDataDir } from '../support/database-templates.ts';
import { freePort } from '../support/free-port.ts';
import { runCli } from '../support/run-cli.ts';
import { START_BOUND_MS, startSchakel } from '../support/schakel-process.ts';

// The README's first-region flow (schakel import regio.json, then start with the local chat): the
// database has a real region, so no demo people were made, and nobody of the region is linked to
// the local chat. The page says so and what to do, instead of an empty "Je speelt".
const dir = mkdtempSync(join(tmpdir(), 'schakel-local-real-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the local chat beside a real region', () => {
  it(
    'explains why there is nobody to play, and where to read on',
    async () => {
      const env = {
        SCHAKEL_DATA_DIR: await preparedDataDir('schakel-local-real-', 'migrated'),
        LOCAL_CHAT: 'on',
        PORT: '0',
        LOCAL_CHAT_PORT: String(await freePort()),
        LOG_LEVEL: 'info',
      };
      writeFileSync(
        join(dir, 'regio.json'),
        '{"format":"schakel/v1","regions":[{"id":"zwaluwdorp","name":"Zwaluwdorp","startLevel":null,"targetLevel":null}]}',
      );
      expect((await runCli(['import', join(dir, 'regio.json')], env)).code).toBe(0);
      const schakel = startSchakel(env);
      try {
        await schakel.waitForLine('Lokale chat: open', START_BOUND_MS);
        const page = await (await fetch(`http://127.0.0.1:${env.LOCAL_CHAT_PORT}/`)).text();
        expect(page).toContain('Er is hier niemand om te spelen');
        expect(page).toContain('echte regio');
        expect(page).toContain('SCHAKEL_DATA_DIR');
        expect(page).toContain('README');
        // The sidebar names no team of the demo, which this database does not have.
        expect(page).not.toContain(DEMO_TEAM.name);
        expect(page).toContain(`<h2 id="team-naam">${nl.localChat.sidebar.channels}</h2>`);
      } finally {
        await schakel.stop();
      }
    },
    2 * START_BOUND_MS,
  );
});
