import { spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliWords, finished, runCli } from '../support/run-cli.ts';

describe('SCHAKEL_DATA_DIR naming a folder where the embedded database cannot be made', () => {
  // /proc exists and is a folder, but takes no new files, not even for root. PGlite would first
  // build a whole cluster in memory and then fail with an error without a message.
  it.runIf(existsSync('/proc/self'))(
    'start and migrate end at once with one Dutch line naming the folder and what to do',
    async () => {
      for (const command of ['start', 'migrate']) {
        const r = await runCli([command], { SCHAKEL_DATA_DIR: '/proc' });
        expect(r.code, command).toBe(1);
        expect(r.stderr.trim().split('\n')).toEqual([
          'Kan de ingebouwde database niet maken in de map /proc: daarin kunnen geen bestanden worden gemaakt. Kies met SCHAKEL_DATA_DIR een map waarin Schakel mag schrijven, of laat SCHAKEL_DATA_DIR weg voor de standaardmap ./.schakel/data.',
        ]);
      }
      const en = await runCli(['migrate', '--en'], { SCHAKEL_DATA_DIR: '/proc' });
      expect(en.stderr).toContain('Cannot make the embedded database in the folder /proc');
      expect(existsSync('/proc.lock')).toBe(false);
    },
  );

  // A volume mounted at /data for a service user: the folder is theirs, the one above it is not.
  // The lock file goes beside the data folder, so that is where Schakel cannot write.
  it.runIf(process.getuid?.() === 0)(
    'a data folder whose folder above takes no lock file: the line names the lock file and what to do',
    async () => {
      const base = mkdtempSync(join(tmpdir(), 'schakel-lockdir-'));
      chmodSync(base, 0o755);
      const data = join(base, 'data');
      mkdirSync(data);
      chownSync(data, 65534, 65534);
      const child = spawn(process.execPath, cliWords('migrate'), {
        env: { PATH: process.env.PATH ?? '', HOME: data, LOG_LEVEL: 'warn', SCHAKEL_DATA_DIR: data },
        uid: 65534,
        gid: 65534,
      });
      const r = await finished(child, '');
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toEqual([
        `Kan het slotbestand ${data}.lock niet maken: geen toegang. Schakel legt het naast de datamap, in ${base}: geef Schakel daar schrijfrechten, of kies met SCHAKEL_DATA_DIR een datamap in een map waarin Schakel mag schrijven (bijvoorbeeld /data/schakel in plaats van /data).`,
      ]);
    },
  );
});

describe('SCHAKEL_DATA_DIR below a folder that takes no new folders', () => {
  // /proc/nope: mkdir answers ENOENT though /proc is there, and Node's recursive mkdir tried again
  // for ever at full CPU, without a word.
  it.runIf(existsSync('/proc/self'))(
    'start ends at once with one line saying why; regions finds no database',
    async () => {
      const start = await runCli(['start'], { SCHAKEL_DATA_DIR: '/proc/nope' });
      expect(start.code).toBe(1);
      expect(start.stderr.trim().split('\n')).toEqual([
        'Kan de map /proc/nope niet maken: in /proc kunnen geen mappen worden gemaakt. Controleer SCHAKEL_DATA_DIR.',
      ]);
      const regions = await runCli(['regions'], { SCHAKEL_DATA_DIR: '/proc/nope' });
      expect(regions.code).toBe(1);
      expect(regions.stderr).toMatch(/^Er is geen database in de map \/proc\/nope; er is niets aangemaakt\./);
    },
  );
});
