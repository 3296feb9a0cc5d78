import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { FORCE_AT, SAME_SIGNAL_MS, stopSignals } from '../../src/cli/stop-signals.ts';

function listen() {
  const on = new EventEmitter();
  const told: string[] = [];
  const exits: number[] = [];
  let clock = 1_000_000;
  const first = stopSignals(
    on,
    (signal, left) => told.push(`${signal} ${left}`),
    (code) => exits.push(code),
    () => clock,
  );
  return { on, told, exits, first, later: (ms: number) => (clock += ms) };
}

describe('stop signals', () => {
  it('the first starts the shutdown, the next is told about, the third ends Schakel with 128 + its number', async () => {
    const { on, told, exits, first, later } = listen();
    on.emit('SIGTERM');
    expect(await first).toBe('SIGTERM');
    later(SAME_SIGNAL_MS + 1);
    on.emit('SIGTERM');
    expect(told).toEqual([`SIGTERM ${FORCE_AT - 2}`]);
    expect(exits).toEqual([]);
    on.emit('SIGINT');
    expect(exits).toEqual([130]);
  });

  it('one signal to the process group, reaching Schakel from the shell and from npm, is one signal: nothing is told', async () => {
    const { on, told, exits, first, later } = listen();
    on.emit('SIGTERM');
    later(5);
    on.emit('SIGTERM');
    expect(await first).toBe('SIGTERM');
    expect(told).toEqual([]);
    // The operator insisting later is still counted: second told, third ends.
    later(SAME_SIGNAL_MS);
    on.emit('SIGTERM');
    expect(told).toEqual([`SIGTERM ${FORCE_AT - 2}`]);
    later(SAME_SIGNAL_MS);
    on.emit('SIGTERM');
    expect(exits).toEqual([143]);
  });
});
