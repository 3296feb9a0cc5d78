import { migrate } from '../../store/migrate.ts';
import type { CliCommand } from '../command.ts';
import { withDatabase } from '../context.ts';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: { nl: 'voer de databasemigraties uit', en: 'apply the database migrations' },
  run: (_args, io) =>
    withDatabase(io, async ({ db }) => {
      // withDatabase already migrated; a second run reports nothing left to do.
      const applied = await migrate(db);
      io.stdout.write(
        applied.length === 0
          ? 'De database is bij: geen migraties meer nodig.\n'
          : `Toegepast: ${applied.join(', ')}\n`,
      );
      return 0;
    }),
};
