import { DEMO_REGION } from '../../domain/demo-region.ts';
import { seedDemo } from '../../store/seed-demo.ts';
import type { CliCommand } from '../command.ts';
import { withDatabase } from '../context.ts';

export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  summary: {
    nl: 'maak de demoregio met fictieve leden aan',
    en: 'create the demo region with fictional members',
  },
  run: (_args, io) =>
    withDatabase(io, async ({ db }) => {
      const created = await seedDemo(db);
      io.stdout.write(
        created
          ? `Demoregio "${DEMO_REGION.name}" aangemaakt.\n`
          : `Demoregio "${DEMO_REGION.name}" bestond al; niets gewijzigd.\n`,
      );
      return 0;
    }),
};
