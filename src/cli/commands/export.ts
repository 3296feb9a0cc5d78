import { systemClock } from '../../clock.ts';
import { exportInterchange } from '../../interchange/export.ts';
import { words } from '../../messages/catalogue/words.ts';
import { withLocale } from '../../messages/locale.ts';
import { audit } from '../../store/audit-repo.ts';
import { interchangeRepository } from '../../store/interchange-repo.ts';
import { type CliCommand, inLanguage } from '../command.ts';
import { withDatabase } from '../context.ts';
import { asksHelp, readFlags } from '../flags.ts';
import { regionsHint } from '../known-regions.ts';
import { writeOutFile } from '../out-file.ts';

const USAGE = {
  nl: `Gebruik: schakel export [--region ID] [--out BESTAND [--force]]

Schrijft de hele installatie, of één regio, als schakel/v1-bestand (JSON; zie docs/schakel-v1.schema.json).
Zonder --out gaat het bestand naar stdout. Een bestaand bestand wordt alleen met --force vervangen; het bestand is alleen voor u leesbaar (0600). Het bevat namen en e-mailadressen van deelnemers: bewaar het zorgvuldig.
Het bevat regio's, deelnemers, werkgroepen met hun reeksen, check-ins met knelpunten, checklists en voortgang;
niet de doelen, agendapunten, actiepunten, stuurgroepdata, samenvattingen, kanaalkoppelingen,
vakantieperiodes, instellingen of het logboek. Het is geen reservekopie: zie "Backups" in de README.
`,
  en: `Usage: schakel export [--region ID] [--out FILE [--force]]

Writes the whole installation, or one region, as a schakel/v1 file (JSON; see docs/schakel-v1.schema.json).
Without --out the file goes to stdout. An existing file is replaced only with --force; the file is readable by you alone (0600). It holds names and e-mail addresses of members: keep it safe.
It holds regions, members, werkgroepen with their series, check-ins with knelpunten, checklists and voortgang;
not the targets, agendapunten, actiepunten, stuurgroep dates, digests, channel links, holiday periods,
settings or the logbook. It is no backup: see "Backups" in the README.
`,
};

export const exportCommand: CliCommand = {
  name: 'export',
  usage: USAGE,
  summary: {
    nl: "exporteer regio's als schakel/v1-bestand (JSON)",
    en: 'export regions as a schakel/v1 file (JSON)',
  },
  async run(args, io) {
    const w = words(io.english ? 'en' : 'nl');
    const help = asksHelp(args);
    const options = withLocale(io.english ? 'en' : 'nl', () =>
      readFlags(help ? [] : args, ['region', 'out', 'force'], { switches: ['force'] }),
    );
    if ('message' in options || help) {
      const error = 'message' in options ? options.message : '';
      io.stderr.write(`${error ? `${error}\n\n` : ''}${inLanguage(USAGE, io)}`);
      return error ? 2 : 0;
    }
    const { region, out } = options.values;
    return withDatabase(io, async ({ db }) => {
      const doc = await exportInterchange(interchangeRepository(db.pool), region ?? null, systemClock);
      if (region !== undefined && doc.regions.length === 0) {
        io.stderr.write(`${w.answers.problems.noRegion(region)}\n${await regionsHint(db.pool, io)}\n`);
        return 1;
      }
      const text = `${JSON.stringify(doc, null, 2)}\n`;
      if (out === undefined) io.stdout.write(text);
      else if (!(await writeOutFile(io, out, text, { force: options.values.force === 'true' }))) return 1;
      // An export carries names: the audit log says when and of which regions one was made (once
      // written: a refused or failed --out made none).
      for (const r of doc.regions) {
        await audit(db.pool, {
          regionId: r.id,
          actorId: null,
          doneBy: 'cli',
          action: 'gegevens_geexporteerd',
          subject: 'schakel export (commandoregel)',
          at: systemClock.now(),
        });
      }
      if (out !== undefined) {
        const counts = {
          regions: doc.regions.length,
          members: doc.members.length,
          checkins: doc.checkins.length,
        };
        io.stdout.write(`${w.cli.export.done(out, counts)}\n`);
      }
      return 0;
    });
  },
};
