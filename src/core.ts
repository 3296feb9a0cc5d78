import { createAdminCommands } from './admin/werkgroep-admin.ts';
import { createAgendaCommands } from './agenda/agenda.ts';
import { digestSummarySettings } from './ai/settings.ts';
import { draftAiSummary } from './ai/summary.ts';
import { createCheckinSettings } from './checkin/checkin-settings.ts';
import { createFormCommands } from './checkin/form-commands.ts';
import type { Clock } from './clock.ts';
import { createLongCommands } from './commands/long-commands.ts';
import { createCommandRouter } from './commands/router.ts';
import { createCommandUses } from './commands/uses.ts';
import type { Config } from './config.ts';
import { createDigestDeliveries } from './digest/digest-deliveries.ts';
import { createDigestPublishing } from './digest/publish.ts';
import { createStuurgroepCalendar } from './digest/stuurgroep-calendar.ts';
import type { DigestDocument } from './domain/digest-document.ts';
import type { Member } from './domain/members.ts';
import { createHome } from './home/home.ts';
import { slackWorkspaceRemoved } from './installations/slack-installations.ts';
import { planOverlegIn } from './jobs/plan-deliveries.ts';
import type { Logger } from './logger.ts';
import { chooseLanguage, createLanguages, type LocaleStore } from './members/languages.ts';
import { requestMember } from './members/request-member.ts';
import { helpMessage } from './messages/help.ts';
import type { Message } from './messages/model.ts';
import type { Conversations } from './ports/conversations.ts';
import type { Core } from './ports/core.ts';
import type { DigestReview } from './ports/digest-review.ts';
import type { Home } from './ports/home.ts';
import type { TextCommands } from './ports/text-commands.ts';
import { createAvg } from './privacy/avg.ts';
import type { FreeTextGuard } from './privacy/free-text-guard.ts';
import type { Guard } from './privacy/guard.ts';
import type { SentCards } from './privacy/withdraw-cards.ts';
import { createCalendar } from './rhythm/calendar.ts';
import { createNextMeeting } from './rhythm/next-meeting.ts';
import { createSeriesCommands } from './rhythm/series-changes.ts';
import { createSeriesForms } from './rhythm/series-forms.ts';
import { DEFAULT_TIME_ZONE } from './schedule/local-time.ts';
import { adminStore } from './store/admin-store.ts';
import { agendaStore } from './store/agenda-repo.ts';
import { checkinStore } from './store/checkin-store.ts';
import { commandQueue } from './store/command-answers-repo.ts';
import { commandReadsRepository } from './store/command-reads-repo.ts';
import type { Database } from './store/database.ts';
import { digestStore } from './store/digest-store.ts';
import {
  forgetTeamsConversation,
  homeRepository,
  rememberTeamChannel,
  rememberTeamsConversation,
} from './store/home-repo.ts';
import { chooseLocale, rememberPlatformLocale } from './store/member-locale-repo.ts';
import { findMemberAndLocale } from './store/members-repo.ts';
import { nationalRepository } from './store/national-repo.ts';
import { overlegNamesOf } from './store/overleggen-repo.ts';
import { personalDataStore } from './store/personal-data-repo.ts';
import { planningStore } from './store/planning-store.ts';
import { rhythmStore } from './store/rhythm-store.ts';
import { slackInstallationsStore } from './store/slack-installations-repo.ts';
import { werkgroepSetupStore } from './store/werkgroep-setup-store.ts';
import { createFormSubmissions } from './submissions/form-registry.ts';
import { guardOncePerSubmission, oneSubmission } from './submissions/guard-once.ts';
import { createChannelLinks } from './werkgroep-setup/channel-links.ts';
import { createOnboarding } from './werkgroep-setup/onboarding.ts';

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
  /** Tells this process's scheduler that work was queued for now (a slow command's answer). */
  readonly wake?: (() => void) | undefined;
  /** The platforms' way to change cards already sent to a member (known once they are started). */
  readonly sentCards?: (() => SentCards | undefined) | undefined;
  /** Counts a stored series skipped when a change re-plans its werkgroep (it breaks the series rules). */
  readonly onSeriesNotPlanned?: (() => void) | undefined;
}

/**
 * The use cases the adapters call, as the named ports of src/ports/ (Core): each takes a
 * platform user and plain values, and returns a platform-neutral message or throws one of the
 * domain errors. Every port is built member by member below, so nothing is merged by accident.
 * Adapters hold no business rules.
 */
export function createCore({
  db,
  clock,
  logger,
  guard: readsEveryText,
  publicUrl,
  timeZone = DEFAULT_TIME_ZONE,
  ai,
  wake,
  sentCards,
  onSeriesNotPlanned,
}: CoreDeps): Core {
  const guard = guardOncePerSubmission(readsEveryText);
  const rhythmData = rhythmStore(db);
  const series = createSeriesCommands({ store: rhythmData, clock, guard });
  const agenda = createAgendaCommands({ store: agendaStore(db), clock, guard });
  const help = async (member: Member | null, prefix: string, all = false): Promise<Message> =>
    helpMessage({
      member,
      overleggen: member ? await overlegNamesOf(db.pool, member.id) : [],
      commandPrefix: prefix,
      all,
    });
  const planning = planningStore(db);
  const replan = (overlegId: string, now: Date) =>
    planOverlegIn(planning, overlegId, now, { logger, onRefused: onSeriesNotPlanned });
  const admin = createAdminCommands({ store: adminStore(db), clock, guard, planOverleg: replan, timeZone });
  const avg = createAvg({ store: personalDataStore(db), clock, publicUrl, sentCards, logger });
  const forms = createSeriesForms({ clock, timeZone, series });
  const checkinData = checkinStore(db);
  // The member and their language are read once per request (src/members/request-member.ts).
  const requestReads = requestMember((user) => findMemberAndLocale(db.pool, user));
  const rounds = createFormCommands({
    store: checkinData,
    clock,
    logger,
    guard,
    keep: requestReads.readAhead,
  });
  const checkinSettings = createCheckinSettings({ store: checkinData.read });
  const summarise = ai?.enabled ? aiSummariser(ai, logger, guard) : undefined;
  const digestData = digestStore(db);
  const digest = createDigestPublishing({
    store: digestData,
    clock,
    logger,
    guard,
    publicUrl,
    summarise,
    timeZone,
  });
  const stuurgroep = createStuurgroepCalendar({ store: digestData, clock, timeZone });
  const home = createHome({ store: homeRepository(db.pool), clock, agenda, timeZone });
  const werkgroepSetup = werkgroepSetupStore(db);
  const onboarding = createOnboarding({ store: werkgroepSetup, clock, guard, series, planOverleg: replan });
  const channelLinks = createChannelLinks({ store: werkgroepSetup, clock, planOverleg: replan });
  const identify = requestReads.identify;
  const localeStore: LocaleStore = {
    stored: requestReads.storedLocale,
    rememberPlatform: (user, locale) => rememberPlatformLocale(db.pool, user, locale),
    choose: (memberId, locale) => chooseLocale(db.pool, memberId, locale),
  };

  const chat = createCommandRouter({
    ...createCommandUses({
      store: commandReadsRepository(db.pool),
      national: nationalRepository(db.pool),
      clock,
      timeZone,
      publicUrl,
      guard,
      series,
      agenda,
      admin,
      avg,
      forms,
      rounds,
      checkinSettings,
      help,
      home: home.home,
      digest,
      stuurgroep,
      onboarding,
      channelLinks,
      chooseLanguage: (member, choice) => chooseLanguage(localeStore, member, choice),
    }),
    identify,
  });
  const calendar = createCalendar({ store: rhythmData, clock, publicUrl });

  const long = createLongCommands({
    queue: commandQueue(db),
    clock,
    logger,
    slowSummary: summarise !== undefined,
    handleText: chat.handleText,
    wake,
  });

  const textCommands: TextCommands = {
    handleText: (...typed) => oneSubmission(() => chat.handleText(...typed)),
    longCommand: long.longCommand,
    queueAnswer: long.queueAnswer,
    chooseWerkgroep: chat.chooseWerkgroep,
    finishActiepunt: chat.finishActiepunt,
    removeActiepunt: chat.removeActiepunt,
    actiepuntenAfterKlaar: chat.actiepuntenAfterKlaar,
    help: async (user, prefix) => help(await identify(user), prefix),
  };

  const formSubmissions = createFormSubmissions({
    identify,
    guard,
    rounds,
    series: forms,
    onboarding,
    digest,
    agenda,
    actiepunten: chat,
    logger,
    claims: requestReads,
    newWerkgroepForm: async (user) => onboarding.openForm(await identify(user), user, null, null),
  });

  const digestReview: DigestReview = {
    digestDraft: digest.digestDraft,
    digestAction: digest.digestAction,
  };

  const conversations: Conversations = {
    async conversationAdded(event) {
      const { platform, ...conversation } = event;
      await rememberTeamsConversation(db.pool, conversation, clock.now());
    },
    async channelSeen(event) {
      const { platform, ...channel } = event;
      return rememberTeamChannel(db.pool, channel, clock.now());
    },
    async conversationRemoved(event) {
      if (event.platform === 'teams') {
        const { conversationId, teamId } = event;
        await db.transaction((tx) => forgetTeamsConversation(tx, conversationId, clock.now(), teamId));
        return;
      }
      const removed = await slackWorkspaceRemoved(
        { store: slackInstallationsStore(db), clock },
        event.workspace,
      );
      logger.info(
        { platform: 'slack', workspace: event.workspace, ...removed },
        'Slack-werkruimte verwijderd',
      );
    },
  };

  const memberHome: Home = {
    home: async (user, prefix, commandButtons) => home.home(await identify(user), prefix, commandButtons),
    identify,
  };

  return {
    textCommands,
    forms: { ...formSubmissions, submit: (...sent) => oneSubmission(() => formSubmissions.submit(...sent)) },
    digestReview,
    conversations,
    home: memberHome,
    languages: createLanguages(localeStore, requestReads),
    requestClaims: { defer: requestReads.defer, deferred: requestReads.deferred },
    publicFiles: { icsFeed: calendar.icsFeed, digestFile: digest.digestFile },
    deliveries: {
      digest: createDigestDeliveries({ store: digestData, summarise, publicUrl }),
      commands: long.answers,
      nextMeeting: createNextMeeting({ meetings: rhythmData.read, clock }),
    },
    rhythm: {
      createSeries: series.createSeries,
      moveOccurrence: series.moveOccurrence,
      cancelOccurrence: series.cancelOccurrence,
      addAgendaItem: agenda.addAgendaItem,
      addActiepunt: agenda.addActiepunt,
      setCheckinOpenDays: checkinSettings.setCheckinOpenDays,
    },
  };
}

export type { Core } from './ports/core.ts';
export type { Place } from './ports/text-commands.ts';

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
