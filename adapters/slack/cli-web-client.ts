import { webApi } from '@slack/bolt';
import { createLogger } from '../../src/logger.ts';
import { slackLogger } from '../log-bridges.ts';

type WebClientOptions = NonNullable<ConstructorParameters<typeof webApi.WebClient>[1]>;

/**
 * A Slack WebClient for the command line (doctor, members import): the SDK's own log lines
 * ("[WARN] web-api:WebClient:0 http request failed fetch failed") are English and would reach
 * the operator unasked; the command says what failed, in its own words, from the error it gets.
 */
export function cliSlackClient(
  token: string | undefined,
  options: WebClientOptions,
): InstanceType<typeof webApi.WebClient> {
  return new webApi.WebClient(token, { ...options, logger: quietSlackLogger() });
}

/** Slack's logging, kept from the terminal. */
export function quietSlackLogger() {
  return slackLogger(createLogger('silent'));
}
