import { describe, expect, it } from 'vitest';
import { cronLogger } from '../../src/jobs/ticker.ts';
import { createLogger } from '../../src/logger.ts';
import { LogCapture } from '../support/test-app.ts';

/** node-cron's warnings go through our logger, in our words, not as coloured console lines. */
describe('cronLogger', () => {
  it('a missed minute is one info line of ours, with node-cron’s text beside it', () => {
    const logs = new LogCapture();
    const log = cronLogger(createLogger('info', logs, []));
    log.warn(
      'missed execution at Sat Dec 05 2026 01:17:00! Possible blocking IO or high CPU user at the same process used by node-cron.',
    );
    log.info('task started');
    const lines = logs.lines.map((l) => JSON.parse(l) as { level: number; msg: string; cron: string });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.level).toBe(30);
    expect(lines[0]?.msg).toBe('planner-klok: een minuut overgeslagen; de volgende tick haalt het in');
    expect(lines[0]?.cron).toContain('missed execution');
  });
});
