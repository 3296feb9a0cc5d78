import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** One registry per running Schakel, so tests can run several side by side. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'schakel_' });
  return {
    registry,
    httpRequests: new Counter({
      name: 'schakel_http_requests_total',
      help: 'HTTP requests by route and status',
      labelNames: ['route', 'status'] as const,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'schakel_http_request_duration_seconds',
      help: 'Time to answer an HTTP request (Slack wants an ack within 3 s)',
      labelNames: ['route'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    deliveries: new Counter({
      name: 'schakel_deliveries_total',
      help: 'Scheduled messages by kind and outcome (sent, retried, failed, skipped)',
      labelNames: ['kind', 'outcome'] as const,
      registers: [registry],
    }),
    chatRequests: new Counter({
      name: 'schakel_chat_requests_total',
      help: 'Chat interactions handled, by platform and kind',
      labelNames: ['platform', 'kind'] as const,
      registers: [registry],
    }),
    refusedRequests: new Counter({
      name: 'schakel_refused_requests_total',
      help: 'Requests refused before handling (bad signature or time, malformed body), by platform and reason',
      labelNames: ['platform', 'reason'] as const,
      registers: [registry],
    }),
    replayedRequests: new Counter({
      name: 'schakel_replayed_requests_total',
      help: 'Replays and retries answered without doing the work again, by platform',
      labelNames: ['platform'] as const,
      registers: [registry],
    }),
    handlerErrors: new Counter({
      name: 'schakel_handler_errors_total',
      help: 'Errors thrown while handling a request, answered with a 4xx or a plain reply, by platform',
      labelNames: ['platform'] as const,
      registers: [registry],
    }),
    processFaults: new Counter({
      name: 'schakel_process_faults_total',
      help: 'Unhandled rejections and uncaught exceptions (logged with their stack), by kind',
      labelNames: ['kind'] as const,
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
