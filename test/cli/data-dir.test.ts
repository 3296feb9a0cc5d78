import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

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
});
