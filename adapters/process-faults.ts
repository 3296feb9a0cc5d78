import type { Logger } from '../src/logger.ts';
import type { Metrics } from '../src/metrics.ts';

/**
 * What a fault nobody caught does to the running process, decided once:
 * - an unhandled rejection is one failed piece of async work (a request, a delivery): logged with
 *   its stack, counted, and Schakel keeps serving;
 * - an uncaught exception leaves the process in an unknown state: logged with its stack, counted,
 *   and `onFatal` runs (the `start` command stops gracefully and exits with code 70, so the
 *   supervisor restarts it). Never silently dead.
 * Returns the function that removes the handlers again (on stop).
 */
export function watchProcessFaults(opts: {
  logger: Logger;
  metrics: Metrics;
  onFatal?: ((err: Error) => void) | undefined;
}): () => void {
  const { logger, metrics } = opts;
  const describe = (err: unknown) => (err instanceof Error ? { err } : { reason: String(err) });
  const onRejection = (reason: unknown) => {
    metrics.processFaults.inc({ kind: 'unhandled_rejection' });
    logger.error(describe(reason), 'onafgehandelde fout (rejection): Schakel blijft draaien');
  };
  const onException = (err: Error) => {
    metrics.processFaults.inc({ kind: 'uncaught_exception' });
    logger.fatal(describe(err), 'onafgevangen fout (exception): Schakel stopt en wordt herstart');
    opts.onFatal?.(err);
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
