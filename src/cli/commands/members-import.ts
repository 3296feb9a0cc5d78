import { readFile } from 'node:fs/promises';
import { systemClock } from '../../clock.ts';
import { parseMembersCsv } from '../../members/csv-import.ts';
import { importMembers } from '../../members/import-members.ts';
import { findOverlegByName } from '../../store/member-import-repo.ts';
import { channelsOf } from '../../store/rhythm-repo.ts';
import type { CliCommand } from '../command.ts';
import { withDatabase } from '../context.ts';

const USAGE = `Gebruik: schakel members import BESTAND.csv --region ID [--werkgroep "NAAM"]

Kolommen: naam, organisatie, domein, e-mail, rol (rol leeg = lid; meerdere met ;).
Domein: ggz, gemeente, uwv, re-integratie, werkgever, ervaringsdeskundige, overig.
Het hele bestand wordt eerst gecontroleerd; bij één fout wordt niets opgeslagen.
`;

export const membersImportCommand: CliCommand = {
  name: 'members import',
  summary: {
    nl: 'leden in één keer toevoegen uit een CSV-bestand',
    en: 'add members in bulk from a CSV file',
  },
  async run(args, io) {
    const file = args.find(
      (a) => !a.startsWith('--') && args[args.indexOf(a) - 1]?.startsWith('--') !== true,
    );
    const flag = (name: string) => {
      const i = args.indexOf(`--${name}`);
      return i >= 0 ? args[i + 1] : undefined;
    };
    const region = flag('region');
    const werkgroep = flag('werkgroep') ?? null;
    if (!file || !region) {
      io.stderr.write(USAGE);
      return 2;
    }
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      io.stderr.write(`Kan ${file} niet lezen.\n`);
      return 2;
    }
    const parsed = parseMembersCsv(text);
    if (!parsed.ok) {
      for (const p of parsed.problems) io.stderr.write(`Rij ${p.row}, ${p.field}: ${p.message}\n`);
      io.stderr.write('Er is niets opgeslagen. Verbeter het bestand en probeer het opnieuw.\n');
      return 1;
    }
    return withDatabase(io, async ({ config, db }) => {
      const overlegId = werkgroep ? await findOverlegByName(db.pool, region, werkgroep) : null;
      const teamsChannels = overlegId
        ? (await channelsOf(db.pool, overlegId)).filter((c) => c.platform === 'teams')
        : [];
      // Matching needs the platform SDKs, which live with the adapters.
      const { platformMatcher } = await import('../../../adapters/member-matcher.ts');
      const matcher = await platformMatcher(config, teamsChannels);
      const report = await importMembers(db, {
        regionId: region,
        werkgroep,
        rows: parsed.rows,
        matcher,
        now: systemClock.now(),
      });
      if ('error' in report) {
        io.stderr.write(`${report.error} Er is niets opgeslagen.\n`);
        return 1;
      }
      io.stdout.write(`Toegevoegd: ${report.added}, bijgewerkt: ${report.updated}.\n`);
      for (const m of report.matched) io.stdout.write(`Gekoppeld: ${m.name} (${m.platforms.join(', ')})\n`);
      if (report.unmatched.length > 0) {
        io.stdout.write(
          'Niet gevonden in Slack of Teams (wel opgeslagen; controleer het e-mailadres of koppel later):\n',
        );
        for (const m of report.unmatched) io.stdout.write(`  - ${m.name} <${m.email}>\n`);
      }
      return 0;
    });
  },
};
