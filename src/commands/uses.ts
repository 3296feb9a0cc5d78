import type { createAdminCommands } from '../admin/werkgroep-admin.ts';
import type { createAgendaCommands } from '../agenda/agenda.ts';
import type { createCheckinSettings } from '../checkin/checkin-settings.ts';
import type { createFormCommands } from '../checkin/form-commands.ts';
import type { Clock } from '../clock.ts';
import type { DigestPublishing } from '../digest/publish.ts';
import type { StuurgroepCalendar } from '../digest/stuurgroep-calendar.ts';
import type { Action } from '../domain/authorization.ts';
import type { Member, OverlegKind, PlatformUser } from '../domain/members.ts';
import type { Message } from '../messages/model.ts';
import { nationalChat } from '../national/chat.ts';
import type { Place } from '../ports/text-commands.ts';
import type { createAvg } from '../privacy/avg.ts';
import type { FreeTextGuard } from '../privacy/free-text-guard.ts';
import type { createSeriesCommands } from '../rhythm/series-changes.ts';
import type { createSeriesForms } from '../rhythm/series-forms.ts';
import type { CommandReadsRepository } from '../store/command-reads-repo.ts';
import type { NationalRepository } from '../store/national-repo.ts';
import type { createChannelLinks } from '../werkgroep-setup/channel-links.ts';
import type { createOnboarding } from '../werkgroep-setup/onboarding.ts';

/** The use cases the text commands call. */
interface UseCases {
  readonly clock: Clock;
  /** SCHAKEL_TIMEZONE: what "vandaag" and "dinsdag" mean in a typed date. */
  readonly timeZone: string;
  readonly publicUrl: string | undefined;
  /** The client-data guard: typed text that is no command is still checked, so the member is warned. */
  readonly guard: FreeTextGuard;
  readonly series: ReturnType<typeof createSeriesCommands>;
  readonly agenda: ReturnType<typeof createAgendaCommands>;
  readonly admin: ReturnType<typeof createAdminCommands>;
  readonly avg: ReturnType<typeof createAvg>;
  readonly forms: ReturnType<typeof createSeriesForms>;
  readonly rounds: ReturnType<typeof createFormCommands>;
  readonly checkinSettings: ReturnType<typeof createCheckinSettings>;
  readonly help: (member: Member | null, prefix: string, all?: boolean) => Promise<Message>;
  /** `overzicht`: the member's overview (the Teams welcome card, Slack's App Home). */
  readonly home: (member: Member | null, prefix: string) => Promise<Message>;
  readonly digest: DigestPublishing;
  readonly stuurgroep: StuurgroepCalendar;
  readonly onboarding: ReturnType<typeof createOnboarding>;
  readonly channelLinks: ReturnType<typeof createChannelLinks>;
  /** `taal en`: the member chooses the language Schakel writes them in (src/members/languages.ts). */
  readonly chooseLanguage: (member: Member | null, choice: string | null) => Promise<Message>;
}

/**
 * Everything a text command may use: the use cases, and the few reads that show a werkgroep's
 * state. The router and the command modules get these, never the database.
 */
export interface CommandUses extends UseCases {
  identify(user: PlatformUser): Promise<Member | null>;
  /** The werkgroep this channel is linked to, or null. */
  werkgroepOfChannel(place: Place): Promise<string | null>;
  /** The member's own werkgroepen (not the stuurgroep), by name. */
  werkgroepenOf(memberId: string): Promise<ReadonlyArray<{ id: string; name: string }>>;
  /** The policy (`authorize`) for an action in this werkgroep: its region, and whether the member belongs to it. */
  authorizeIn(member: Member | null, action: Action, werkgroepId: string): Promise<void>;
  latestRoundOf(werkgroepId: string): Promise<string | null>;
  /** Whether the werkgroep's latest check-in round is still open now. */
  hasOpenRound(werkgroepId: string): Promise<boolean>;
  agendaFor(werkgroepId: string, occurrence: string): Promise<string[]>;
  openActiepunten(werkgroepId: string): ReturnType<CommandReadsRepository['openActiepunten']>;
  actiepuntByNumber(
    werkgroepId: string,
    number: number,
  ): ReturnType<CommandReadsRepository['findActiepuntByNumber']>;
  /** The werkgroep's members by name. */
  membersOf(werkgroepId: string): Promise<ReadonlyArray<{ id: string; name: string }>>;
  seriesOf(werkgroepId: string): ReturnType<CommandReadsRepository['findSeries']>;
  /** The werkgroep's name, its kind (a stuurgroep too), its region, and whether a channel is linked to it (the answers that name it). */
  werkgroepInfo(werkgroepId: string): Promise<{
    readonly name: string;
    readonly kind: OverlegKind;
    readonly regionId: string;
    readonly linked: boolean;
  } | null>;
  /** The names of a region's projectleiders (a refusal says who may). */
  projectleidersOf(regionId: string): Promise<string[]>;
  /** `landelijk`: the national overview, for the programme office. */
  national(member: Member | null, period: string | null, prefix: string): Promise<Message>;
}

export function createCommandUses(
  d: UseCases & { readonly store: CommandReadsRepository; readonly national: NationalRepository },
): CommandUses {
  const { store, national, ...uses } = d;
  return {
    ...uses,
    identify: (user) => store.findMemberByIdentity(user),
    werkgroepOfChannel: (place) => store.overlegForChannel(place),
    werkgroepenOf: (memberId) => store.werkgroepenWithNames(memberId),
    authorizeIn: (member, action, id) => uses.agenda.authorizeIn(member, action, id),
    latestRoundOf: (id) => store.latestRoundOf(id),
    hasOpenRound: (id) => store.hasOpenRound(id, uses.clock.now()),
    agendaFor: (id, occurrence) => store.agendaFor(id, occurrence),
    openActiepunten: (id) => store.openActiepunten(id),
    actiepuntByNumber: (id, number) => store.findActiepuntByNumber(id, number),
    membersOf: (id) => store.overlegMemberNames(id),
    seriesOf: (id) => store.findSeries(id),
    async werkgroepInfo(id) {
      const overleg = await store.findOverleg(id);
      if (!overleg) return null;
      const linked = (await store.channelsOf(id)).length > 0;
      return { name: overleg.name, kind: overleg.kind, regionId: overleg.regionId, linked };
    },
    projectleidersOf: (regionId) => store.projectleiderNames(regionId),
    national: (member, period, prefix) => nationalChat({ ...uses, national }, member, period, prefix),
  };
}
