import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { freePort } from '../support/free-port.ts';
import { START_BOUND_MS, watchProcess } from '../support/schakel-process.ts';
import { waitFor } from '../support/wait-for.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Whether anything still accepts connections on the port. */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** Whether any process of the group is left. */
const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * The real `npm start`, stopped by a signal to npm alone (`kill -INT <pid of npm>`), not to its
 * process group as Ctrl-C in a terminal would: as an operator does from another terminal, or a
 * process manager that signals the process it started (PM2: SIGINT, then SIGKILL when it waits too long).
 */
async function npmStartThen(signal: NodeJS.Signals, group = false, again = false): Promise<object> {
  const localChatPort = await freePort();
  const npm = spawn('npm', ['start'], {
    cwd: ROOT,
    // Its own process group: whatever is left behind can be found and ended below.
    detached: true,
    env: {
      PATH: [join(ROOT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter),
      HOME: process.env.HOME ?? '',
      PORT: '0',
      LOCAL_CHAT_PORT: String(localChatPort),
      SCHAKEL_DATA_DIR: await preparedDataDir('schakel-npm-interrupt-', 'migrated'),
      LOG_LEVEL: 'info',
    },
  });
  const watched = watchProcess(npm);
  const pgid = npm.pid ?? 0;
  try {
    // Fails with everything npm and Schakel printed so far when the line does not come.
    const line = await watched.waitForLine(/Schakel draait op http:\/\/127\.0\.0\.1:\d+/, START_BOUND_MS);
    const start = /Schakel draait op http:\/\/127\.0\.0\.1:(\d+)/.exec(line) ?? [];
    const port = Number(start[1]);
    expect(await listening(port)).toBe(true);
    // The group: npm and Schakel both get it, and npm passes its own on (a second signal).
    process.kill(group ? -pgid : pgid, signal);
    if (again) {
      // Once the shutdown has begun, the same signal once more (npm passing on its own, an operator
      // pressing again): the shutdown still finishes.
      await watched.waitForLine('Schakel stopt', START_BOUND_MS);
      if (groupAlive(pgid)) process.kill(-pgid, signal);
    }
    await watched.waitForLine('Schakel is gestopt', START_BOUND_MS);
    await waitFor('every process of npm start gone', () => !groupAlive(pgid), START_BOUND_MS);
    await watched.waitForEnd(START_BOUND_MS);
    expect(await listening(port)).toBe(false);
    expect(await listening(localChatPort)).toBe(false);
    return JSON.parse(watched.stdout.find((l) => l.includes('Schakel stopt')) ?? '{}') as object;
  } finally {
    if (groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
  }
}

describe('npm start, stopped by a signal to npm alone', () => {
  it(
    'SIGINT (kill -INT <npm>): the signal reaches Schakel, which stops cleanly; nothing keeps its ports',
    async () => expect(await npmStartThen('SIGINT')).toMatchObject({ signal: 'SIGINT' }),
    2 * START_BOUND_MS,
  );

  it(
    'SIGKILL (npm killed outright): Schakel sees npm gone and stops too; no orphan keeps its ports',
    async () => expect(await npmStartThen('SIGKILL')).toMatchObject({ reason: 'npm is gestopt' }),
    2 * START_BOUND_MS,
  );
});

describe('npm start, stopped by a signal to its whole process group (docker stop, systemd)', () => {
  it(
    'SIGTERM to the group: the SIGTERM npm passes on does not cut the shutdown short',
    async () => expect(await npmStartThen('SIGTERM', true)).toMatchObject({ signal: 'SIGTERM' }),
    2 * START_BOUND_MS,
  );

  it(
    'a second SIGTERM to the group while Schakel stops: it still finishes ("Schakel is gestopt")',
    async () => expect(await npmStartThen('SIGTERM', true, true)).toMatchObject({ signal: 'SIGTERM' }),
    2 * START_BOUND_MS,
  );
});
