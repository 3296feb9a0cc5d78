/**
 * The sends of one tick, fed while they run: per workspace up to `width` channels at a time, one
 * channel always in order (a delivery for a channel already waiting or being sent joins the end of
 * its lane, also when it came in a later claim). Workspaces never wait for each other.
 */
export interface SendLanes<T> {
  /** Queues these, and starts sending them as far as each workspace's width allows. */
  add(items: readonly T[]): void;
  /** Queued or being sent, not yet finished (leaving out those of the workspaces in `except`). */
  open(except?: readonly string[]): number;
  /** Resolves when everything queued so far (and anything queued meanwhile) has finished. */
  drained(): Promise<void>;
  /** The first error a send threw (the rest of that channel's lane was then left unsent). */
  failure(): unknown;
}

export interface LaneRules<T> {
  workspaceOf(item: T): string;
  channelOf(item: T): string;
  /** How many channels of this item's workspace may be sent to at once. */
  widthOf(item: T): number;
  send(item: T): Promise<void>;
  /** After each item is finished (sent or not). */
  onFinished(): void;
}

interface Workspace<T> {
  readonly width: number;
  open: number;
  running: number;
  /** Lanes not yet started, oldest first. */
  readonly waiting: Map<string, T[]>;
  /** Lanes being sent. */
  readonly active: Map<string, T[]>;
}

export function sendLanes<T>(rules: LaneRules<T>): SendLanes<T> {
  const workspaces = new Map<string, Workspace<T>>();
  const runners = new Set<Promise<void>>();
  let open = 0;
  let failure: { readonly err: unknown } | undefined;

  const run = async (ws: Workspace<T>) => {
    for (let next = first(ws.waiting); next; next = first(ws.waiting)) {
      const [channel, lane] = next;
      ws.waiting.delete(channel);
      ws.active.set(channel, lane);
      for (let item = lane.shift(); item !== undefined; item = lane.shift()) {
        try {
          await rules.send(item);
        } catch (err) {
          // Left claimed: after the lease they are claimed again, after the one that failed.
          failure ??= { err };
          const left = lane.splice(0).length;
          open -= left;
          ws.open -= left;
        } finally {
          open--;
          ws.open--;
          rules.onFinished();
        }
      }
      ws.active.delete(channel);
    }
  };

  const start = (ws: Workspace<T>) => {
    while (ws.running < ws.width && ws.waiting.size > 0) {
      ws.running++;
      const runner: Promise<void> = run(ws).finally(() => {
        ws.running--;
        runners.delete(runner);
      });
      runners.add(runner);
    }
  };

  return {
    add(items) {
      const touched = new Set<Workspace<T>>();
      for (const item of items) {
        open++;
        const key = rules.workspaceOf(item);
        let ws = workspaces.get(key);
        if (!ws) {
          ws = { width: rules.widthOf(item), open: 0, running: 0, waiting: new Map(), active: new Map() };
          workspaces.set(key, ws);
        }
        ws.open++;
        const channel = rules.channelOf(item);
        const lane = ws.active.get(channel) ?? ws.waiting.get(channel);
        if (lane) lane.push(item);
        else ws.waiting.set(channel, [item]);
        touched.add(ws);
      }
      for (const ws of touched) start(ws);
    },
    open: (except = []) => except.reduce((n, key) => n - (workspaces.get(key)?.open ?? 0), open),
    async drained() {
      while (runners.size > 0) await Promise.all(runners);
    },
    failure: () => failure?.err,
  };
}

function first<K, V>(map: Map<K, V>): [K, V] | undefined {
  const next = map.entries().next();
  return next.done ? undefined : next.value;
}
