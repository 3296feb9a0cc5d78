import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { watchProcess } from './schakel-process.ts';

/** A small Node process that runs `script`: quicker than a whole Schakel for the helper's own checks. */
const node = (script: string) => watchProcess(spawn(process.execPath, ['-e', script]));

describe('a watched process', () => {
  it('finds a line printed before or after the wait began, on stdout or stderr', async () => {
    const p = node(
      "console.log('eerste'); setTimeout(() => console.error('tweede regel'), 50); setTimeout(() => {}, 5000)",
    );
    expect(await p.waitForLine('eerste')).toBe('eerste');
    expect(await p.waitForLine(/tweede/)).toBe('tweede regel');
    expect(await p.stop()).toEqual({ code: null, signal: 'SIGTERM' });
  });

  it('fails a wait that runs out with what the process printed so far', async () => {
    const p = node("console.log('gestart'); setTimeout(() => {}, 5000)");
    await expect(p.waitForLine('nooit', 300)).rejects.toThrow(
      /Waited 300 ms for a line matching nooit[\s\S]*gestart/,
    );
    await p.stop();
  });

  it('fails a wait at once when the process ends without the line, naming how it ended', async () => {
    const p = node("process.stdout.write('zonder einde van de regel'); process.exit(3)");
    await expect(p.waitForLine('draait op')).rejects.toThrow(/"code":3[\s\S]*zonder einde van de regel/);
    expect(p.stdout).toEqual(['zonder einde van de regel']);
    expect(await p.waitForEnd()).toEqual({ code: 3, signal: null });
  });

  it('stops a process that ignores SIGTERM with SIGKILL after the bound', async () => {
    const p = node("process.on('SIGTERM', () => {}); console.log('klaar'); setInterval(() => {}, 1000)");
    await p.waitForLine('klaar');
    expect(await p.stop('SIGTERM', 200)).toEqual({ code: null, signal: 'SIGKILL' });
    // Stopping what has ended already answers how it ended.
    expect(await p.stop()).toEqual({ code: null, signal: 'SIGKILL' });
  });
});
