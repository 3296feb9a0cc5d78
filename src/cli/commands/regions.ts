import { words } from '../../messages/catalogue/words.ts';
import { regionListing } from '../../store/regions-repo.ts';
import type { CliCommand } from '../command.ts';
import { withDatabase } from '../context.ts';
import { refuseArguments } from '../flags.ts';

const USAGE = {
  nl: `Gebruik: schakel regions

Toont elke regio: de id (voor --region) en de naam, met daaronder haar werkgroepen (een overleg
van een andere soort met die soort erachter, zoals "(stuurgroep)").
`,
  en: `Usage: schakel regions

Lists every region: its id (for --region) and name, with its werkgroepen below (an overleg of
another kind with that kind after it, such as "(stuurgroep)").
`,
};

/** `schakel regions`: the regions and their werkgroepen, so the operator knows what --region takes. */
export const regionsCommand: CliCommand = {
  name: 'regions',
  usage: USAGE,
  summary: {
    nl: "toon de regio's met hun werkgroepen (de id is wat --region verwacht)",
    en: 'list the regions with their werkgroepen (the id is what --region takes)',
  },
  async run(args, io) {
    const w = words(io.english ? 'en' : 'nl').cli;
    const refused = refuseArguments(args, io, USAGE);
    if (refused !== null) return refused;
    return withDatabase(io, async ({ db }) => {
      const regions = await regionListing(db.pool);
      if (regions.length === 0) {
        io.stdout.write(`${w.regions.none}\n`);
        return 0;
      }
      const width = Math.max(...regions.map((r) => r.id.length)) + 2;
      for (const r of regions) {
        const names = r.overleggen.map((o) => (o.kind === 'werkgroep' ? o.name : `${o.name} (${o.kind})`));
        const below = names.length > 0 ? w.regions.werkgroepen(names.join(', ')) : w.regions.noWerkgroepen;
        io.stdout.write(`${r.id.padEnd(width)}${r.name}\n${' '.repeat(width)}${below}\n`);
      }
      return 0;
    });
  },
};
