import { describe, expect, it } from 'vitest';
import { isScalar, isSeq } from 'yaml';
import { SLACK_EVENTS_PATH } from '../../adapters/slack/slack-app.ts';
import { parseCommand } from '../../src/commands/parse.ts';
import {
  HTTP_MANIFEST,
  type Manifest,
  readManifest,
  readManifestDocument,
  SOCKET_MANIFEST,
  slackSchemaErrors,
} from './slack-support.ts';

const HOST = 'https://YOUR-HOST';

// The read path of every value the tests look into; the schema has already checked the shapes.
interface SlackManifest {
  features: { slash_commands: { command: string; url?: string; usage_hint: string }[] };
  oauth_config: { redirect_urls?: string[]; scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url?: string; bot_events: string[] };
    interactivity: { request_url?: string };
    socket_mode_enabled: boolean;
  };
}

const http = () => readManifest(HTTP_MANIFEST) as unknown as SlackManifest;

describe('Slack manifests against the schema kept in the repository', () => {
  it.each([HTTP_MANIFEST, SOCKET_MANIFEST])('%s is valid', (file) => {
    expect(slackSchemaErrors(readManifest(file))).toEqual([]);
  });

  it.each([HTTP_MANIFEST, SOCKET_MANIFEST])(
    '%s justifies every scope and every event in a comment',
    (file) => {
      const doc = readManifestDocument(file);
      for (const path of [
        ['oauth_config', 'scopes', 'bot'],
        ['settings', 'event_subscriptions', 'bot_events'],
      ]) {
        const seq = doc.getIn(path, true);
        expect(isSeq(seq), path.join('.')).toBe(true);
        if (!isSeq(seq)) continue;
        for (const item of seq.items) {
          expect(isScalar(item)).toBe(true);
          if (!isScalar(item)) continue;
          const why = (item.comment ?? item.commentBefore ?? '').trim();
          expect(why.length, `${String(item.value)} has no comment saying why`).toBeGreaterThanOrEqual(15);
        }
      }
    },
  );
});

describe('the HTTP manifest matches what the server serves', () => {
  it('sends events, interactions and the slash command to the one Slack route', () => {
    const m = http();
    const events = `${HOST}${SLACK_EVENTS_PATH}`;
    expect(m.settings.event_subscriptions.request_url).toBe(events);
    expect(m.settings.interactivity.request_url).toBe(events);
    expect(m.features.slash_commands.map((c) => c.url)).toEqual([events]);
    // Bolt's default OAuth redirect path, for the multi-workspace install.
    expect(m.oauth_config.redirect_urls).toEqual([`${HOST}/slack/oauth_redirect`]);
    expect(m.settings.socket_mode_enabled).toBe(false);
  });

  it('offers /schakel with a usage hint naming only commands Schakel understands', () => {
    const [command] = http().features.slash_commands;
    expect(command?.command).toBe('/schakel');
    const words = (command?.usage_hint ?? '').split('|').map((part) => part.trim().split(' ')[0] ?? '');
    expect(words.length).toBeGreaterThan(3);
    for (const word of words) expect(parseCommand(word).name, word).not.toBe('onbekend');
  });
});

describe('the Socket Mode manifest', () => {
  it('is the HTTP manifest without request URLs and OAuth redirect, with socket_mode_enabled', () => {
    const expected = structuredClone(http());
    delete expected.settings.event_subscriptions.request_url;
    delete expected.settings.interactivity.request_url;
    for (const c of expected.features.slash_commands) delete c.url;
    delete expected.oauth_config.redirect_urls;
    expected.settings.socket_mode_enabled = true;
    expect(readManifest(SOCKET_MANIFEST)).toEqual(expected);
  });

  it('gives every scope the reason manifest.yml gives it, as its header promises', () => {
    expect(comments(SOCKET_MANIFEST, ['oauth_config', 'scopes', 'bot'])).toEqual(
      comments(HTTP_MANIFEST, ['oauth_config', 'scopes', 'bot']),
    );
  });

  it('says what the uninstall events do with one workspace: unlink its channels, drop what was to be sent', () => {
    const events = comments(SOCKET_MANIFEST, ['settings', 'event_subscriptions', 'bot_events']);
    expect(events.app_uninstalled).toContain(
      "unlink the workspace's channels and drop what was still to be sent",
    );
    expect(events.tokens_revoked).toContain("Schakel's bot token");
  });
});

/** Each item of the list at `path` with the comment on its line. */
function comments(file: string, path: string[]): Record<string, string> {
  const seq = readManifestDocument(file).getIn(path, true);
  if (!isSeq(seq)) throw new Error(`${path.join('.')} is no list`);
  return Object.fromEntries(
    seq.items.filter(isScalar).map((item) => [String(item.value), (item.comment ?? '').trim()]),
  );
}

describe('the schema refuses a broken manifest', () => {
  const broken = (change: (m: SlackManifest & Manifest) => void): Manifest => {
    const m = readManifest(HTTP_MANIFEST) as SlackManifest & Manifest;
    change(m);
    return m;
  };
  const cases: [string, Manifest, string][] = [
    [
      'an app name over 35 characters',
      broken((m) => {
        (m.display_information as { name: string }).name = 'Schakel, de assistent van de werkgroep';
      }),
      '/display_information/name',
    ],
    [
      'a long description under 175 characters',
      broken((m) => {
        (m.display_information as { long_description: string }).long_description = 'Te kort.';
      }),
      '/display_information/long_description',
    ],
    [
      'a slash command without its slash',
      broken((m) => {
        m.features.slash_commands[0]!.command = 'schakel';
      }),
      '/features/slash_commands/0/command',
    ],
    [
      'a misspelt scope',
      broken((m) => {
        m.oauth_config.scopes.bot.push('chat:writ');
      }),
      '/oauth_config/scopes/bot/9',
    ],
    [
      'an unknown event',
      broken((m) => {
        m.settings.event_subscriptions.bot_events.push('message.dm');
      }),
      '/settings/event_subscriptions/bot_events/4',
    ],
    [
      'message.im without im:history',
      broken((m) => {
        m.oauth_config.scopes.bot = m.oauth_config.scopes.bot.filter((s) => s !== 'im:history');
      }),
      '/oauth_config/scopes/bot',
    ],
    [
      'users:read.email without users:read',
      broken((m) => {
        m.oauth_config.scopes.bot = m.oauth_config.scopes.bot.filter((s) => s !== 'users:read');
      }),
      '/oauth_config/scopes/bot',
    ],
    [
      'HTTP mode without an event request URL',
      broken((m) => {
        delete m.settings.event_subscriptions.request_url;
      }),
      '/settings/event_subscriptions',
    ],
    [
      'a request URL over plain http',
      broken((m) => {
        m.settings.interactivity.request_url = 'http://YOUR-HOST/slack/events';
      }),
      '/settings/interactivity/request_url',
    ],
    [
      'Socket Mode that still has request URLs',
      broken((m) => {
        m.settings.socket_mode_enabled = true;
      }),
      '/settings/event_subscriptions',
    ],
    [
      'a key Slack does not know',
      broken((m) => {
        (m.settings as Record<string, unknown>).socket_mode = true;
      }),
      '/settings',
    ],
  ];

  it.each(cases)('%s', (_, manifest, path) => {
    const errors = slackSchemaErrors(manifest);
    expect(errors.length).toBeGreaterThan(0);
    expect(
      errors.some((e) => e.startsWith(`${path} `)),
      errors.join('\n'),
    ).toBe(true);
  });
});
