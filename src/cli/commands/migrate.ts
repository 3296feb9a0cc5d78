import { words } from '../../messages/catalogue/words.ts';
import { withLocale } from '../../messages/locale.ts';
import type { CliCommand } from '../command.ts';
import { withDatabase } from '../context.ts';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: { nl: 'voer de databasemigraties uit', en: 'apply the database migrations' },
  run: (_args, io) =>
    withDatabase(
      io,
      async ({ applied }) => {
        // withDatabase applied them (every command does); this one says what that came to.
        const w = withLocale(io.english ? 'en' : 'nl', () => words().cli.migrate);
        io.stdout.write(
          `${applied.length === 0 ? w.upToDate : w.applied(applied.length, applied.join(', '))}\n`,
        );
        return 0;
      },
      { mayCreate: true },
    ),
};
