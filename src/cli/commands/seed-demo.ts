import { systemClock } from '../../clock.ts';
import { createCore } from '../../core.ts';
import { publishDemoDigest } from '../../demo-digest.ts';
import { DEMO_REGION } from '../../domain/demo-region.ts';
import { createGuard } from '../../privacy/guard.ts';
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
    withDatabase(io, async ({ config, logger, db }) => {
      const now = systemClock.now();
      const created = await seedDemo(db, now);
      if (created) {
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
      }
      io.stdout.write(
        created
          ? `Demoregio "${DEMO_REGION.name}" aangemaakt, met een gepubliceerde stuurgroep-samenvatting.\n`
          : `Demoregio "${DEMO_REGION.name}" bestond al; niets gewijzigd.\n`,
      );
      return 0;
    }),
};
