import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { FORCE_AT, stopSignals } from '../../src/cli/stop-signals.ts';

describe('stop signals', () => {
  it('the first starts the shutdown, the next is told about, the third ends Schakel with 128 + its number', async () => {
    const on = new EventEmitter();
    const told: string[] = [];
    const exits: number[] = [];
    const first = stopSignals(
      on,
      (signal, left) => told.push(`${signal} ${left}`),
      (code) => exits.push(code),
    );
    on.emit('SIGTERM');
    expect(await first).toBe('SIGTERM');
    on.emit('SIGTERM');
    expect(told).toEqual([`SIGTERM ${FORCE_AT - 2}`]);
    expect(exits).toEqual([]);
    on.emit('SIGINT');
    expect(exits).toEqual([130]);
  });
});
