import { systemClock } from '../../clock.ts';
import { createCore } from '../../core.ts';
import { publishDemoDigest } from '../../demo-digest.ts';
import { words } from '../../messages/catalogue/words.ts';
import { createGuard } from '../../privacy/guard.ts';
import { seedDemo } from '../../store/seed-demo.ts';
import type { CliCommand } from '../command.ts';
import { withDatabase } from '../context.ts';

export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  summary: {
    nl: 'maak de drie fictieve demoregio’s aan (alleen in een database zonder echte regio’s)',
    en: 'create the three fictional demo regions (only in a database without real regions)',
  },
  run: (_args, io) =>
    withDatabase(
      io,
      async ({ config, logger, db }) => {
        const w = words(io.english ? 'en' : 'nl').cli.demo;
        const now = systemClock.now();
        const outcome = await seedDemo(db, now);
        if (outcome.kind === 'refused') {
          io.stderr.write(
            `${w.refused(outcome.realRegions.join(', '), config.database.kind === 'postgres')}\n`,
          );
          return 1;
        }
        if (outcome.kind === 'created') {
          // The demo's published digest, through the same review as any, as on a first local start.
          const core = createCore({
            db,
            clock: systemClock,
            logger,
            guard: createGuard({ ...config.privacy, now: () => systemClock.now() }),
            publicUrl: config.publicUrl,
            timeZone: config.timeZone,
          });
          await publishDemoDigest(core, now);
          io.stdout.write(
            `${w.created(outcome.regions.length, outcome.regions.join(', '))}\n${w.digestPublished}\n`,
          );
        } else io.stdout.write(`${w.present}\n`);
        return 0;
      },
      { mayCreate: true },
    ),
};
