import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { words } from '../../messages/catalogue/words.ts';
import { type CliCommand, inLanguage } from '../command.ts';
import { folderReason, writeProblem } from '../file-problems.ts';

const USAGE = {
  nl: 'Gebruik: schakel cards --out MAP',
  en: 'Usage: schakel cards --out FOLDER',
};

/**
 * `schakel cards --out DIR`: every message and form Schakel can send, rendered with the demo
 * region, as DIR/teams/<name>.json (Adaptive Cards) and DIR/slack/<name>.json (Block Kit), for
 * designers to paste into the Adaptive Cards Designer or Block Kit Builder.
 */
export const cardsCommand: CliCommand = {
  name: 'cards',
  usage: USAGE,
  summary: {
    nl: 'schrijf alle berichten en formulieren als Adaptive Cards en Block Kit (--out MAP)',
    en: 'write every message and form as Adaptive Cards and Block Kit (--out DIR)',
  },
  async run(args, io) {
    const at = args.indexOf('--out');
    const out = at >= 0 ? args[at + 1] : undefined;
    if (!out || out.startsWith('--') || args.length !== 2) {
      io.stderr.write(`${inLanguage(USAGE, io)}\n`);
      return 2;
    }
    // The renderers live with the adapters: src/ never imports a platform SDK, so load them lazily.
    const { writeCards } = await import('../../../adapters/cards-export.ts');
    const dir = resolve(out);
    const english = io.english === true;
    const say = words(english ? 'en' : 'nl').cli;
    if (statSync(dir, { throwIfNoEntry: false })?.isDirectory() === false) {
      io.stderr.write(`${say.cannotMakeOutFolder(dir, say.notAFolder)}\n`);
      return 1;
    }
    let written: readonly unknown[];
    try {
      written = await writeCards(dir);
    } catch (err) {
      // The folder the operator named: not SCHAKEL_DATA_DIR's problem (folderProblem's wording).
      const e = err as NodeJS.ErrnoException;
      if (e?.syscall === 'mkdir' && typeof e.path === 'string') {
        io.stderr.write(`${say.cannotMakeOutFolder(e.path, folderReason(err, english))}\n`);
        return 1;
      }
      // A file in it could not be written (a full disk: Node's "ENOSPC: …, write" names no path).
      if (typeof e?.code !== 'string' || !/^E[A-Z]+$/.test(e.code)) throw err;
      io.stderr.write(`${writeProblem(dir, err, english)}\n`);
      return 1;
    }
    io.stdout.write(`${say.cardsWritten(written.length, dir)}\n`);
    return 0;
  },
};
