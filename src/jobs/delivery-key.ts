import type { PlannedDelivery } from '../domain/deliveries.ts';

/**
 * A planned delivery's key: one message per meeting, kind and channel, and for a cancel or
 * restore notice per round (cancelled again after a `herstel`, it is told again). A first round
 * has no round in its key, as notices written before rounds were counted.
 */
export function deliveryKey(d: Omit<PlannedDelivery, 'key' | 'dueAt'>, round = 1): string {
  const key = [d.overlegId, d.occurrence, d.kind, d.platform, d.workspace, d.channelId];
  return (round > 1 ? [...key, `round-${round}`] : key).join('|');
}
