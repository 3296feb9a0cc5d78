import { describe, expect, it } from 'vitest';
import { sendLanes } from '../../src/jobs/send-lanes.ts';

interface Item {
  readonly workspace: string;
  readonly channel: string;
  readonly n: number;
}

/** Lanes whose sends finish only when the test lets them, recording what ran at once. */
function controlled(width: number) {
  const started: Item[] = [];
  const finished: Item[] = [];
  const waiting = new Map<Item, () => void>();
  let busy = 0;
  let mostAtOnce = 0;
  const lanes = sendLanes<Item>({
    workspaceOf: (i) => i.workspace,
    channelOf: (i) => i.channel,
    widthOf: () => width,
    send: (i) =>
      new Promise<void>((resolve) => {
        started.push(i);
        mostAtOnce = Math.max(mostAtOnce, ++busy);
        waiting.set(i, () => {
          busy--;
          finished.push(i);
          resolve();
        });
      }),
    onFinished: () => undefined,
  });
  const finish = async (i: Item) => {
    waiting.get(i)?.();
    waiting.delete(i);
    await new Promise((r) => setImmediate(r));
  };
  return { lanes, started, finished, finish, mostAtOnce: () => mostAtOnce };
}

describe('send lanes of one tick', () => {
  it('keeps one channel in order, also for what a later claim brought', async () => {
    const c = controlled(8);
    const a1 = { workspace: 'T1', channel: 'A', n: 1 };
    const a2 = { workspace: 'T1', channel: 'A', n: 2 };
    const b1 = { workspace: 'T1', channel: 'B', n: 1 };
    c.lanes.add([a1, b1]);
    c.lanes.add([a2]); // claimed while a1 is still being sent
    expect(c.started).toEqual([a1, b1]);
    await c.finish(a1);
    expect(c.started).toEqual([a1, b1, a2]);
    await c.finish(b1);
    await c.finish(a2);
    await c.lanes.drained();
    expect(c.lanes.open()).toBe(0);
    expect(c.finished).toEqual([a1, b1, a2]);
  });

  it('sends to at most `width` channels of a workspace at once, and workspaces side by side', async () => {
    const c = controlled(2);
    const items = ['A', 'B', 'C'].flatMap((channel) =>
      ['T1', 'T2'].map((workspace) => ({ workspace, channel, n: 1 })),
    );
    c.lanes.add(items);
    expect(c.started.filter((i) => i.workspace === 'T1')).toHaveLength(2);
    expect(c.started.filter((i) => i.workspace === 'T2')).toHaveLength(2);
    expect(c.lanes.open()).toBe(6);
    expect(c.lanes.open(['T2'])).toBe(3);
    for (const i of items) await c.finish(i);
    for (const i of items) await c.finish(i);
    await c.lanes.drained();
    expect(c.finished).toHaveLength(6);
    expect(c.mostAtOnce()).toBe(4);
  });
});
