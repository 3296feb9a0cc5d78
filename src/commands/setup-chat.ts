import type { FreeTextGuard } from '../agenda/agenda.ts';
import type { Clock } from '../clock.ts';
import type { Member, PlatformUser } from '../domain/members.ts';
import type { Command } from '../messages/commands.ts';
import type { Message } from '../messages/model.ts';
import type { createSeriesCommands } from '../rhythm/series-changes.ts';
import type { Database } from '../store/database.ts';
import { createChannelLinks } from '../werkgroep-setup/channel-links.ts';
import { createOnboarding } from '../werkgroep-setup/onboarding.ts';

export type SetupCommand = Extract<Command, { name: 'nieuwe-werkgroep' | 'koppel' | 'ontkoppel' }>;

interface Place {
  readonly platform: PlatformUser['platform'];
  readonly workspace: string;
  readonly channelId: string;
}

const say = (text: string): Message => ({ fallback: text, blocks: [{ type: 'text', text }] });

/** The typed set-up commands: a new werkgroep (its form), and linking or unlinking this channel. */
export function createSetupChat(deps: {
  db: Database;
  clock: Clock;
  guard: FreeTextGuard;
  series: ReturnType<typeof createSeriesCommands>;
}) {
  const d = { onboarding: createOnboarding(deps), channelLinks: createChannelLinks(deps) };
  return {
    /** The set-up form's own use cases, for its submission and the home card's button. */
    onboarding: d.onboarding,

    async run(
      command: SetupCommand,
      member: Member | null,
      user: PlatformUser,
      place: Place,
    ): Promise<Message> {
      switch (command.name) {
        case 'nieuwe-werkgroep':
          return d.onboarding.openForm(member, user, place, command.naam);
        case 'koppel':
          return say(await d.channelLinks.koppel(member, user, place, command.werkgroep));
        case 'ontkoppel':
          return say(await d.channelLinks.ontkoppel(member, place));
      }
    },
  };
}
