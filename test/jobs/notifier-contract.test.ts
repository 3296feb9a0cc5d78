import { App } from '@microsoft/teams.apps';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackNotifier } from '../../adapters/slack/slack-notifier.ts';
import { teamsNotifier } from '../../adapters/teams/teams-notifier.ts';
import { type Notifier, PermanentFailure, RateLimited, type SendTarget } from '../../src/jobs/notifier.ts';
import type { Message } from '../../src/messages/model.ts';
import { recordingNotifier } from '../support/recording-notifier.ts';
import { STAND_IN_TEAM, startSlackStandIn } from '../support/slack-stand-in.ts';
import { startTeamsConnectorStandIn } from '../support/teams-connector-stand-in.ts';

/** What a platform accepted: where, what it shows (as text to search), and the delivery key it carries. */
interface Delivered {
  readonly channel: string;
  readonly shown: string;
  readonly key: string | undefined;
}

/**
 * One implementation of the Notifier port with the means to watch and upset it: the Slack and
 * Teams notifiers against their 127.0.0.1 stand-ins, and the recording notifier the other tests
 * use in their place. The same cases below hold for all three, so the double means what the
 * platforms mean.
 */
interface Subject {
  readonly notifier: Notifier;
  target(channel: string): SendTarget;
  delivered(channel: string): Delivered[];
  /** The next send to `channel` is answered with a 429 and Retry-After: `seconds`. */
  rateLimitNext(channel: string, seconds: number): void;
  /** The next send to `channel` finds the conversation gone (Schakel removed, channel deleted). */
  goneNext(channel: string): void;
  /** The next send to `channel` meets a passing outage of the platform. */
  outageNext(channel: string): void;
  stop(): Promise<void>;
}

const slackTarget = (channel: string): SendTarget => ({
  platform: 'slack',
  workspace: STAND_IN_TEAM,
  channelId: channel,
  serviceUrl: null,
});

async function slackSubject(): Promise<Subject> {
  const slack = await startSlackStandIn();
  const notifier = slackNotifier({ tokenFor: async () => 'xoxb-contract', apiUrl: slack.apiUrl });
  return {
    notifier,
    target: slackTarget,
    delivered: (channel) =>
      slack
        .posted()
        .filter((c) => c.body.channel === channel)
        .map((c) => ({
          channel,
          shown: JSON.stringify([c.body.text, c.body.blocks]),
          key: (c.body.metadata as { event_payload?: { key?: string } } | undefined)?.event_payload?.key,
        })),
    rateLimitNext: (_channel, seconds) =>
      slack.answerNextPost({
        status: 429,
        headers: { 'retry-after': String(seconds) },
        body: { ok: false, error: 'ratelimited' },
      }),
    goneNext: () => slack.answerNextPost({ body: { ok: false, error: 'channel_not_found' } }),
    outageNext: () =>
      slack.answerNextPost({ status: 503, body: { ok: false, error: 'service_unavailable' } }),
    stop: () => slack.close(),
  };
}

async function teamsSubject(): Promise<Subject> {
  const connector = await startTeamsConnectorStandIn();
  const notifier = teamsNotifier(new App({ skipAuth: true }));
  return {
    notifier,
    target: (channel) => ({
      platform: 'teams',
      workspace: 'tenant-contract',
      channelId: channel,
      serviceUrl: connector.serviceUrl,
    }),
    delivered: (channel) =>
      connector.sentTo(channel).map((c) => ({
        channel,
        shown: JSON.stringify([c.body.text, c.body.attachments]),
        key: (c.body.channelData as { schakel?: { deliveryKey?: string } } | undefined)?.schakel?.deliveryKey,
      })),
    rateLimitNext: (channel, seconds) =>
      connector.answerNext(channel, {
        status: 429,
        headers: { 'retry-after': String(seconds) },
        body: { error: { code: 'TooManyRequests', message: 'Too many requests' } },
      }),
    goneNext: (channel) =>
      connector.answerNext(channel, {
        status: 404,
        body: { error: { code: 'ConversationNotFound', message: 'Conversation not found.' } },
      }),
    outageNext: (channel) => connector.failNext(channel, 1),
    stop: () => connector.close(),
  };
}

async function recordingSubject(): Promise<Subject> {
  const notifier = recordingNotifier();
  // The double fails until told otherwise; here, like a platform, only the next send fails.
  const failOnce = (make: () => Error) =>
    notifier.failNextWith(() => {
      notifier.failNextWith(undefined);
      return make();
    });
  return {
    notifier,
    target: slackTarget,
    delivered: (channel) =>
      notifier.sent
        .filter((s) => s.target.channelId === channel)
        .map((s) => ({ channel, shown: JSON.stringify(s.message), key: s.key })),
    rateLimitNext: (_channel, seconds) => failOnce(() => new RateLimited(seconds * 1000)),
    goneNext: () => failOnce(() => new PermanentFailure('kanaal bestaat niet meer')),
    outageNext: () => failOnce(() => new Error('storing')),
    stop: async () => undefined,
  };
}

const REMINDER: Message = {
  fallback: 'Herinnering: Werkgroep Oost, dinsdag 6 oktober 2026 om 14:00.',
  blocks: [
    { type: 'heading', text: 'Morgen: Werkgroep Oost' },
    { type: 'text', text: 'De bijeenkomst is dinsdag 6 oktober 2026 om 14:00.' },
    { type: 'list', items: ['Rol van de jobcoach na plaatsing'] },
  ],
};

/** What a send did: nothing thrown, or the error it was reported with. */
async function outcomeOf(send: Promise<void>): Promise<Error | 'sent'> {
  try {
    await send;
    return 'sent';
  } catch (err) {
    return err as Error;
  }
}

describe.each([
  ['Slack', slackSubject],
  ['Teams', teamsSubject],
  ['the recording notifier', recordingSubject],
])('the Notifier contract: %s', (_name, start) => {
  let s: Subject;
  beforeAll(async () => {
    s = await start();
  });
  afterAll(async () => {
    await s.stop();
  });

  it('sends the message to the channel of its target, once, carrying its delivery key', async () => {
    await s.notifier.send(s.target('C0SEND'), REMINDER, 'reminder:oost:2026-10-06T14:00');
    const delivered = s.delivered('C0SEND');
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.shown).toContain('Morgen: Werkgroep Oost');
    expect(delivered[0]?.shown).toContain('Rol van de jobcoach na plaatsing');
    expect(delivered[0]?.key).toBe('reminder:oost:2026-10-06T14:00');
    expect(s.delivered('C0ANDERS')).toEqual([]);
  });

  it('tells whether a key was delivered, or that it cannot tell', async () => {
    const since = new Date(Date.now() - 60_000);
    const target = s.target('C0KEYS');
    await s.notifier.send(target, REMINDER, 'agenda_call:oost:2026-10-06T14:00');
    const ask = (key: string) => s.notifier.wasDelivered?.(target, key, since);
    const answers = [
      await ask('agenda_call:oost:2026-10-06T14:00'),
      await ask('reminder:oost:2026-10-13T14:00'),
    ];
    // A platform that can be read back tells both; one that cannot says so for both.
    expect([
      [true, false],
      [undefined, undefined],
    ]).toContainEqual(answers);
  });

  it('reports a 429 as RateLimited with the wait Retry-After asks, delivers nothing, and sends after it', async () => {
    s.rateLimitNext('C0DRUK', 7);
    const refused = await outcomeOf(s.notifier.send(s.target('C0DRUK'), REMINDER, 'reminder:druk:1'));
    expect(refused).toBeInstanceOf(RateLimited);
    expect((refused as RateLimited).retryAfterMs).toBe(7000);
    expect(s.delivered('C0DRUK')).toEqual([]);
    expect(await outcomeOf(s.notifier.send(s.target('C0DRUK'), REMINDER, 'reminder:druk:1'))).toBe('sent');
    expect(s.delivered('C0DRUK').map((d) => d.key)).toEqual(['reminder:druk:1']);
  });

  it('reports a conversation that is gone as a PermanentFailure, so it is not tried again', async () => {
    s.goneNext('C0WEG');
    const failed = await outcomeOf(s.notifier.send(s.target('C0WEG'), REMINDER, 'reminder:weg:1'));
    expect(failed).toBeInstanceOf(PermanentFailure);
    expect(s.delivered('C0WEG')).toEqual([]);
  });

  it('reports a passing outage as a failure worth trying again (neither permanent nor a rate limit)', async () => {
    s.outageNext('C0STORING');
    const failed = await outcomeOf(s.notifier.send(s.target('C0STORING'), REMINDER, 'reminder:storing:1'));
    expect(failed).toBeInstanceOf(Error);
    expect(failed).not.toBeInstanceOf(PermanentFailure);
    expect(failed).not.toBeInstanceOf(RateLimited);
    expect(s.delivered('C0STORING')).toEqual([]);
    expect(await outcomeOf(s.notifier.send(s.target('C0STORING'), REMINDER, 'reminder:storing:1'))).toBe(
      'sent',
    );
  });
});
