import { digestSummarySettings } from './ai/settings.ts';
import { draftAiSummary } from './ai/summary.ts';
import { createCheckinSettings } from './checkin/checkin-settings.ts';
import { createFormCommands } from './checkin/form-commands.ts';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import { createDigestDeliveries } from './digest/digest-deliveries.ts';
import type { DigestDocument } from './digest/document.ts';
import { createDigestPublishing } from './digest/publish.ts';
import { createStuurgroepCalendar } from './digest/stuurgroep-calendar.ts';
import { InvalidInput } from './domain/errors.ts';
import type { Member, PlatformUser } from './domain/members.ts';
import { slackWorkspaceRemoved } from './installations/slack-installations.ts';
import type { Logger } from './logger.ts';
import type { Form, FormMetadata, RawValues } from './messages/forms/model.ts';
import { helpMessage } from './messages/help.ts';
import { when } from './messages/meeting-messages.ts';
import type { Message } from './messages/model.ts';
import { createAvg } from './privacy/avg.ts';
import type { Guard } from './privacy/guard.ts';
import { createAdminCommands } from './rhythm/admin-commands.ts';
import { createAgendaCommands, type FreeTextGuard } from './rhythm/agenda-commands.ts';
import { createCalendar } from './rhythm/calendar.ts';
import { createChat, type Place } from './rhythm/chat.ts';
import { createSetupChat } from './rhythm/chat-setup.ts';
import { createSeriesForms } from './rhythm/forms.ts';
import { createHome } from './rhythm/home.ts';
import { createNextMeeting } from './rhythm/next-meeting.ts';
import { createSeriesCommands } from './rhythm/series-commands.ts';
import { DEFAULT_TIME_ZONE } from './schedule/local-time.ts';
import type { Database } from './store/database.ts';
import {
  forgetTeamsConversation,
  rememberTeamChannel,
  rememberTeamsConversation,
  type TeamChannel,
  type TeamsConversation,
} from './store/home-repo.ts';
import { findMemberByIdentity } from './store/members-repo.ts';
import { overlegNamesOf } from './store/overleggen-repo.ts';

export interface CoreDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The one place free text is checked for client data before it is stored. */
  readonly guard: FreeTextGuard;
  /** Public https URL of this Schakel, for links in messages (the ICS feed). */
  readonly publicUrl?: string | undefined;
  /** The optional AI summary of the digest (off unless configured). */
  readonly ai?: Config['ai'] | undefined;
  /** The installation's time zone, for times shown outside a werkgroep's own series. */
  readonly timeZone?: string;
}

/**
 * The use cases the adapters call: each takes a platform user and plain values,
 * and returns a platform-neutral message or throws one of the domain errors.
 * Adapters hold no business rules.
 */
export function createCore({
  db,
  clock,
  logger,
  guard,
  publicUrl,
  timeZone = DEFAULT_TIME_ZONE,
  ai,
}: CoreDeps) {
  const series = createSeriesCommands({ db, clock, guard });
  const agenda = createAgendaCommands({ db, clock, guard });
  const help = async (member: Member | null, prefix: string, all = false): Promise<Message> =>
    helpMessage({
      member,
      overleggen: member ? await overlegNamesOf(db.pool, member.id) : [],
      commandPrefix: prefix,
      all,
    });
  const admin = createAdminCommands({ db, clock, guard });
  const avg = createAvg({ db, clock });
  const forms = createSeriesForms({ db, clock, timeZone, series });
  const rounds = createFormCommands({ db, clock, logger, guard });
  const checkinSettings = createCheckinSettings({ db });
  const summarise = ai?.enabled ? aiSummariser(ai, logger, guard) : undefined;
  const digest = createDigestPublishing({ db, clock, logger, guard, publicUrl, summarise, timeZone });
  const stuurgroep = createStuurgroepCalendar({ db, clock, timeZone });
  const home = createHome({ db, clock, agenda, timeZone });
  const setup = createSetupChat({ db, clock, guard, series });
  const chat = createChat({
    db,
    clock,
    timeZone,
    series,
    agenda,
    admin,
    avg,
    forms,
    rounds,
    checkinSettings,
    help,
    digest,
    stuurgroep,
    publicUrl,
    setup,
  });
  return {
    ...series,
    ...agenda,
    ...createCalendar({ db, clock, publicUrl }),
    ...admin,
    ...avg,
    ...rounds,
    ...checkinSettings,
    ...digest,
    handleText: chat.handleText,
    chooseWerkgroep: chat.chooseWerkgroep,
    /** A "Klaar" button under the open actiepunten. */
    finishActiepunt: chat.finishActiepunt,
    /** The werkgroep meeting that ends first (the local chat's "Bijeenkomst afronden"). */
    nextMeeting: createNextMeeting({ db, clock }),
    /** The scheduler builds the digest's deliveries with this (the automatic draft, the published post). */
    digestDeliveries: createDigestDeliveries({ db, summarise, publicUrl }),

    /** The member's overview: the Slack App Home, the Teams welcome card. */
    async home(user: PlatformUser, prefix: string): Promise<Message> {
      return home.home(await findMemberByIdentity(db.pool, user), prefix);
    },

    /** Schakel was added to a Teams conversation: remember where, to send there later. */
    async teamsConversationAdded(conversation: TeamsConversation): Promise<void> {
      await rememberTeamsConversation(db.pool, conversation, clock.now());
    },

    /** A message from a channel of a team: remembered when Schakel was added to that team, so it can be linked there. */
    async teamsChannelSeen(channel: TeamChannel): Promise<boolean> {
      return rememberTeamChannel(db.pool, channel, clock.now());
    },

    /**
     * Schakel was removed from a Teams conversation, or from a whole team (teamId): forget it, the
     * team's channels, their links and everything still to be sent there.
     */
    async teamsConversationRemoved(conversationId: string, teamId: string | null = null): Promise<void> {
      await db.transaction((tx) => forgetTeamsConversation(tx, conversationId, clock.now(), teamId));
    },

    /** Schakel was uninstalled from a Slack workspace (or its bot token revoked): forget it and what was still to be sent there. */
    async slackWorkspaceRemoved(teamId: string): Promise<void> {
      const removed = await slackWorkspaceRemoved({ db, clock }, teamId);
      logger.info({ platform: 'slack', workspace: teamId, ...removed }, 'Slack-werkruimte verwijderd');
    },

    async submitForm(
      user: PlatformUser,
      formId: string,
      metadata: FormMetadata,
      raw: RawValues,
    ): Promise<Message> {
      const member = await findMemberByIdentity(db.pool, user);
      if (formId === 'werkgroep') return setup.onboarding.submit(member, user, metadata, raw);
      return forms.submitForm(member, formId, metadata, raw);
    },

    async formFor(user: PlatformUser, formId: string, metadata: FormMetadata): Promise<Form> {
      const member = await findMemberByIdentity(db.pool, user);
      if (formId === 'werkgroep') return setup.onboarding.formFor(member, user, metadata);
      // The forms of a round, as their buttons open them (who may, and the member's earlier answer).
      const roundAction =
        formId === 'checkin'
          ? 'checkin_open'
          : formId === 'progress'
            ? 'progress_open'
            : formId === 'checklist'
              ? metadata.variant === 'agreed'
                ? 'checklist_agreed_open'
                : 'checklist_open'
              : null;
      if (roundAction) return rounds.roundFormForButton(user, roundAction, metadata.roundId ?? '');
      return forms.formFor(member, formId, metadata);
    },

    /** The set-up form of a new werkgroep from a button (the home card): no channel to link there. */
    async newWerkgroepForm(user: PlatformUser): Promise<Message> {
      return setup.onboarding.openForm(await findMemberByIdentity(db.pool, user), user, null, null);
    },

    /** One line typed into a message's quick input (an agendapunt from the agenda call). */
    async quickInput(user: PlatformUser, inputId: string, value: string, text: string): Promise<Message> {
      const member = await findMemberByIdentity(db.pool, user);
      if (inputId !== 'agendapunt')
        throw new InvalidInput([{ field: 'tekst', message: 'Dit formulier ken ik niet (meer).' }]);
      const next = await agenda.addAgendaItem(member, value, text);
      const said = `Genoteerd voor de bijeenkomst van ${when(next)}.`;
      return { fallback: said, blocks: [{ type: 'text', text: said }] };
    },

    async identify(user: PlatformUser): Promise<Member | null> {
      return findMemberByIdentity(db.pool, user);
    },

    async help(user: PlatformUser, commandPrefix: string): Promise<Message> {
      return help(await findMemberByIdentity(db.pool, user), commandPrefix);
    },
  };
}

export type Core = ReturnType<typeof createCore>;
export type { Place };

/** The language model's draft, marked as such; on any failure the fixed summary (inside draftAiSummary). */
function aiSummariser(ai: Config['ai'], logger: Logger, guard: FreeTextGuard) {
  // Loaded on first use: reading the prompt file must not hold up or break start-up.
  let settings: ReturnType<typeof digestSummarySettings> | undefined;
  // The full guard also scans; a plain check-only guard falls back to the default one.
  const full = 'scan' in guard ? (guard as Guard) : undefined;
  return async (document: DigestDocument): Promise<string> => {
    settings ??= digestSummarySettings(ai);
    const draft = await draftAiSummary(document, await settings, fetch, {
      logger,
      ...(full ? { guard: full } : {}),
    });
    return draft.source === 'taalmodel' ? `${draft.notice}\n\n${draft.text}` : draft.text;
  };
}
