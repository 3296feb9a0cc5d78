import { describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { freePort } from '../support/free-port.ts';
import { START_BOUND_MS, startSchakel } from '../support/schakel-process.ts';

const PRODUCTION = { NODE_ENV: 'production', TEAMS_CLIENT_ID: 'schakel-test', TEAMS_CLIENT_SECRET: 'geheim' };

interface StartLine {
  msg: string;
  url: string;
  listen: string;
  localChat?: string;
}

/** `schakel start` with `env`: its start line (JSON), read while it runs; `use` looks at it; then it stops. */
async function withStartLine(env: Record<string, string>, use: (line: StartLine) => Promise<void>) {
  const schakel = startSchakel({
    PORT: '0',
    SCHAKEL_DATA_DIR: await preparedDataDir('schakel-start-address-', 'migrated'),
    LOG_LEVEL: 'info',
    ...env,
  });
  try {
    const line = await schakel.waitForLine('Schakel draait op', START_BOUND_MS);
    await use(JSON.parse(line) as StartLine);
  } finally {
    await schakel.stop();
  }
}

describe('the start line', () => {
  it(
    'in production without HOST names the address Schakel really listens on (all of them)',
    () =>
      withStartLine(PRODUCTION, async ({ msg, listen }) => {
        expect(listen).toMatch(/^0\.0\.0\.0:\d+$/);
        expect(msg).toContain(`luistert op ${listen}`);
      }),
    2 * START_BOUND_MS,
  );

  it(
    'with HOST=:: (every IPv6 and IPv4 address) says [::]:port and gives a URL that answers',
    () =>
      withStartLine({ ...PRODUCTION, HOST: '::' }, async ({ msg, url, listen }) => {
        expect(listen).toMatch(/^\[::\]:\d+$/);
        const port = listen.slice('[::]:'.length);
        expect(url).toBe(`http://localhost:${port}`);
        expect(msg).toBe(
          `Schakel draait op http://localhost:${port}; luistert op [::]:${port}: op elk netwerkadres van deze machine`,
        );
        expect((await fetch(`${url}/healthz`)).status).toBe(200);
      }),
    2 * START_BOUND_MS,
  );

  it(
    'with HOST=::1 (one IPv6 address) the local chat and the server have URLs in brackets that answer',
    async () =>
      withStartLine(
        { HOST: '::1', LOCAL_CHAT_PORT: String(await freePort()), SCHAKEL_SEED_DEMO: 'false' },
        async ({ msg, url, localChat }) => {
          expect(url).toMatch(/^http:\/\/\[::1\]:\d+$/);
          expect(localChat).toMatch(/^http:\/\/\[::1\]:\d+\/$/);
          expect(msg.split(',')[0]).toBe(`Lokale chat: open ${localChat} (Schakel draait op ${url}`);
          expect((await fetch(`${url}/healthz`)).status).toBe(200);
          expect((await fetch(localChat ?? '')).status).toBe(200);
        },
      ),
    2 * START_BOUND_MS,
  );

  it(
    'without Slack or Teams says in one line: the local chat, the embedded database, and how to add a platform',
    async () => {
      const dataDir = await preparedDataDir('schakel-start-alone-', 'migrated');
      await withStartLine(
        { SCHAKEL_DATA_DIR: dataDir, LOCAL_CHAT_PORT: String(await freePort()), SCHAKEL_SEED_DEMO: 'false' },
        async ({ msg, url, localChat }) => {
          expect(msg).toBe(
            `Lokale chat: open ${localChat} (Schakel draait op ${url}, met de ingebouwde database in ${dataDir}). ` +
              'Slack en Teams zijn nog niet ingesteld: zie docs/install-slack.md of docs/install-teams.md.',
          );
        },
      );
    },
    2 * START_BOUND_MS,
  );

  it(
    'without Slack or Teams on every address (HOST=0.0.0.0) ends with a sentence that says so',
    async () => {
      const dataDir = await preparedDataDir('schakel-start-alone-everywhere-', 'migrated');
      await withStartLine(
        { SCHAKEL_DATA_DIR: dataDir, HOST: '0.0.0.0', LOCAL_CHAT: 'off', SCHAKEL_SEED_DEMO: 'false' },
        async ({ msg, url, listen }) => {
          expect(msg).toBe(
            `Schakel draait op ${url}, met de ingebouwde database in ${dataDir}. ` +
              'Slack en Teams zijn nog niet ingesteld: zie docs/install-slack.md of docs/install-teams.md. ' +
              `Schakel luistert op ${listen}: op elk netwerkadres van deze machine.`,
          );
        },
      );
    },
    2 * START_BOUND_MS,
  );
});
