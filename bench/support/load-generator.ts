/**
 * The load generator, in its own process so that its work is not counted in the measured one.
 * The parent forks this file and sends bursts of ready-made requests; each burst goes out all at
 * once and the time from send to complete answer of every request comes back, in milliseconds.
 */
export interface LoadRequest {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface LoadReply {
  readonly times: number[];
  /** When each request was sent, as epoch milliseconds (comparable across processes). */
  readonly starts: number[];
  readonly failures: string[];
}

async function send(r: LoadRequest, failures: string[], starts: number[], i: number): Promise<number> {
  const t0 = performance.now();
  starts[i] = performance.timeOrigin + t0;
  try {
    const res = await fetch(r.url, { method: 'POST', headers: r.headers, body: r.body });
    const text = await res.text();
    if (res.status !== 200) failures.push(`HTTP ${res.status} from ${r.url}: ${text.slice(0, 200)}`);
  } catch (err) {
    failures.push((err as Error).message);
  }
  return performance.now() - t0;
}

process.on('message', async (bursts: LoadRequest[][]) => {
  const times: number[] = [];
  const starts: number[] = [];
  const failures: string[] = [];
  for (const burst of bursts) {
    const offset = times.length;
    times.push(...(await Promise.all(burst.map((r, i) => send(r, failures, starts, offset + i)))));
  }
  process.send?.({ times, starts, failures } satisfies LoadReply);
});
