import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderProblem, readProblem, writeProblem } from '../../src/cli/file-problems.ts';
import { preparedDataDir } from '../support/database-templates.ts';
import { runCli } from '../support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'schakel-bestandsfout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Node's error for `code`, as fs makes it. */
function fsError(code: string, path: string, syscall = 'open'): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: something went wrong, ${syscall} '${path}'`), {
    code,
    path,
    syscall,
  });
}

const ENGLISH_OR_CODE = /[A-Z]{4,}|went wrong|no such|too many|not a directory|permission/;

describe('a file error of any kind', () => {
  it.each(['EISDIR', 'ENOTDIR', 'ELOOP', 'EMFILE', 'ENAMETOOLONG', 'EROFS', 'ENOSPC', 'EBUSY'])(
    '%s: one Dutch line naming the file, without Node’s English or the code',
    (code) => {
      for (const line of [
        writeProblem('uit.json', fsError(code, 'uit.json'), false),
        readProblem('in.json', fsError(code, 'in.json'), false),
      ]) {
        expect(line).toMatch(/^Kan (uit|in)\.json niet (schrijven|lezen): [a-z]/);
        expect(line).not.toMatch(ENGLISH_OR_CODE);
      }
      expect(writeProblem('uit.json', fsError(code, 'uit.json'), true)).toMatch(
        /^Cannot write uit\.json: [a-z]/,
      );
    },
  );

  it('a code Schakel has no words for: a general Dutch line naming the file (and the code to look up)', () => {
    const line = readProblem('in.json', fsError('EXDEV', 'in.json'), false);
    expect(line).toBe('Kan in.json niet lezen: onverwachte fout met het bestand (EXDEV).');
  });

  it('a file to read that is not there: says the file does not exist, not its folder', async () => {
    const missing = join(dir, 'leden.csv');
    expect(readProblem(missing, fsError('ENOENT', missing), false)).toBe(
      `Kan ${missing} niet lezen: het bestand bestaat niet.`,
    );
    expect(readProblem(missing, fsError('ENOENT', missing), true)).toBe(
      `Cannot read ${missing}: the file does not exist.`,
    );
    const r = await runCli(['members', 'import', missing, '--region', 'r'], {
      SCHAKEL_DATA_DIR: join(dir, 'data'),
    });
    expect(r.stderr).toContain(`Kan ${missing} niet lezen: het bestand bestaat niet.`);
    expect(r.code).not.toBe(0);
  });

  it('a file error that reaches the command line unhandled names its path in Dutch', () => {
    const line = folderProblem(fsError('EMFILE', '/var/lib/schakel/x', 'open'), false);
    expect(line).toBe(
      'Kan /var/lib/schakel/x niet gebruiken: er staan te veel bestanden tegelijk open; probeer het opnieuw.',
    );
    expect(folderProblem(new Error('iets anders'), false)).toBeNull();
  });

  it('as a person meets them: import of a folder, export into a loop of links, members import of a path through a file', async () => {
    const loop = join(dir, 'kring');
    symlinkSync(loop, loop);
    const cases: Array<[string[], string]> = [
      [['import', dir], `Kan ${dir} niet lezen: dat is een map.`],
      [
        ['export', '--out', join(loop, 'x.json')],
        `Kan ${join(loop, 'x.json')} niet schrijven: het pad verwijst`,
      ],
      [
        ['members', 'import', join(loop, 'x.csv'), '--region', 'r'],
        `Kan ${join(loop, 'x.csv')} niet lezen: het pad`,
      ],
      [['import', dir, '--en'], `Cannot read ${dir}: that is a folder.`],
    ];
    // A database to export from: without one, export says so before it writes anything.
    const data = await preparedDataDir('schakel-bestandsfout-', 'migrated');
    for (const [args, expected] of cases) {
      const r = await runCli(args, { SCHAKEL_DATA_DIR: data });
      expect(r.stderr, args.join(' ')).toContain(expected);
      expect(r.stderr, args.join(' ')).not.toMatch(/EISDIR|ELOOP|too many symbolic/);
      expect(r.code).not.toBe(0);
    }
  });
});
