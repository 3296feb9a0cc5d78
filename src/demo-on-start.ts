import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { words } from './messages/catalogue/words.ts';
import { demoDigestMissing, seedDemo } from './store/seed-demo.ts';

/**
 * The demo regions on start (SCHAKEL_SEED_DEMO, on by default in local mode): the log says what was
 * done or why not. Returns whether their digest is still to be published (later in the start):
 * made now, or found there without it because the start that made them stopped before it.
 */
export async function seedDemoOnStart(
  config: Config,
  db: Parameters<typeof seedDemo>[0],
  now: Date,
  logger: Logger,
): Promise<boolean> {
  const w = words('nl').cli.demo;
  if (!config.seedDemo) {
    if (config.localChat.enabled) logger.info(w.off);
    return false;
  }
  const outcome = await seedDemo(db, now);
  if (outcome.kind === 'refused')
    logger.warn(
      { realRegions: outcome.realRegions },
      w.refused(outcome.realRegions.join(', '), config.database.kind === 'postgres'),
    );
  else
    logger.info(
      outcome.kind === 'created' ? w.created(outcome.regions.length, outcome.regions.join(', ')) : w.present,
    );
  return outcome.kind === 'created' || (outcome.kind === 'present' && (await demoDigestMissing(db.pool)));
}
