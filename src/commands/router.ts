import type { createAdminCommands } from '../admin/werkgroep-admin.ts';
import type { createAgendaCommands } from '../agenda/agenda.ts';
import type { createCheckinSettings } from '../checkin/checkin-settings.ts';
import type { createFormCommands } from '../checkin/form-commands.ts';
import type { Clock } from '../clock.ts';
import type { DigestPublishing } from '../digest/publish.ts';
import type { StuurgroepCalendar } from '../digest/stuurgroep-calendar.ts';
import type { Action } from '../domain/authorization.ts';
import { NotAllowed, NotFound } from '../domain/errors.ts';
import type { Member, PlatformUser } from '../domain/members.ts';
import { type Command, parseCommand, usageOf } from '../messages/commands.ts';
import type { Message } from '../messages/model.ts';
import { nationalChat } from '../national/chat.ts';
import type { Place } from '../ports/text-commands.ts';
import type { createAvg } from '../privacy/avg.ts';
import type { createSeriesCommands } from '../rhythm/series-changes.ts';
import type { createSeriesForms } from '../rhythm/series-forms.ts';
import { todayIn } from '../schedule/dutch-date.ts';
import { latestRoundOf } from '../store/checkin-repo.ts';
import type { Database } from '../store/database.ts';
import { werkgroepenWithNames } from '../store/home-repo.ts';
import { findMemberByIdentity } from '../store/members-repo.ts';
import { overlegForChannel } from '../store/overleggen-repo.ts';
import { findSeries } from '../store/rhythm-repo.ts';
import { agendaChat } from './agenda-chat.ts';
import { createSeriesChat } from './series-chat.ts';
import type { createSetupChat } from './setup-chat.ts';
import { ChooseWerkgroep, choiceMessage } from './werkgroep-choice.ts';

export type { Place };

interface Deps {
  readonly db: Database;
  readonly clock: Clock;
  /** SCHAKEL_TIMEZONE: what "vandaag" and "dinsdag" mean in a typed date. */
  readonly timeZone: string;
  readonly series: ReturnType<typeof createSeriesCommands>;
  readonly agenda: ReturnType<typeof createAgendaCommands>;
  readonly admin: ReturnType<typeof createAdminCommands>;
  readonly avg: ReturnType<typeof createAvg>;
  readonly forms: ReturnType<typeof createSeriesForms>;
  readonly rounds: ReturnType<typeof createFormCommands>;
  readonly checkinSettings: ReturnType<typeof createCheckinSettings>;
  readonly help: (member: Member | null, prefix: string, all?: boolean) => Promise<Message>;
  readonly digest: DigestPublishing;
  readonly stuurgroep: StuurgroepCalendar;
  readonly publicUrl: string | undefined;
  /** Setting up werkgroepen and their channels (`nieuwe-werkgroep`, `koppel`, `ontkoppel`). */
  readonly setup: ReturnType<typeof createSetupChat>;
}

/**
 * What a command needs the member to be allowed in its werkgroep (the policy in
 * domain/authorization.ts); checked before anything about the werkgroep is told. The commands not
 * listed authorize in their own use case (agendapunten, settings, the logboek) or are not a
 * werkgroep's (help, samenvatting, landelijk, setting up).
 */
const WERKGROEP_ACTIONS: Partial<Record<Command['name'], Action>> = {
  volgende: 'werkgroep.read',
  agenda: 'werkgroep.read',
  actiepunten: 'werkgroep.read',
  reeks: 'werkgroep.read',
  checkin: 'werkgroep.read',
  checklist: 'werkgroep.read',
  'nieuwe-reeks': 'werkgroep.manage',
  annuleer: 'werkgroep.manage',
  verplaats: 'werkgroep.manage',
  wijzig: 'werkgroep.manage',
  voortgang: 'werkgroep.manage',
  'checklist-werkgroep': 'werkgroep.manage',
};

const ROUND_ACTIONS = {
  checkin: 'checkin_open',
  checklist: 'checklist_open',
  'checklist-werkgroep': 'checklist_agreed_open',
  voortgang: 'progress_open',
} as const;

const say = (text: string): Message => ({ fallback: text, blocks: [{ type: 'text', text }] });

/** Handles one typed command and returns the answer; errors are left to the caller to word. */
export function createChat(d: Deps) {
  const seriesChat = createSeriesChat(d);
  async function overlegFor(member: Member | null, place: Place, chosen: string | null): Promise<string> {
    const linked = chosen ? null : await overlegForChannel(d.db.pool, place);
    if (linked) return linked;
    if (!member) throw new NotAllowed('unknown-member-werkgroep');
    const mine = await werkgroepenWithNames(d.db.pool, member.id);
    // A choice from a button counts only for one of the member's own werkgroepen.
    const picked = chosen ? mine.find((w) => w.id === chosen) : undefined;
    if (picked) return picked.id;
    if (chosen) throw new NotFound('Die werkgroep hoort niet (meer) bij jou. Typ het commando opnieuw.');
    if (mine.length === 1 && mine[0]) return mine[0].id;
    if (mine.length === 0)
      throw new NotFound('Je bent nog niet aan een werkgroep gekoppeld. Vraag je projectleider.');
    throw new ChooseWerkgroep(mine);
  }

  /** The command's action in the werkgroep (WERKGROEP_ACTIONS), for this member; throws NotAllowed. */
  async function authorizeIn(member: Member | null, name: Command['name'], overlegId: string): Promise<void> {
    const action = WERKGROEP_ACTIONS[name];
    if (action) await d.agenda.authorizeIn(member, action, overlegId);
  }

  async function handle(
    user: PlatformUser,
    place: Place,
    text: string,
    prefix: string,
    chosen: string | null,
  ): Promise<Message> {
    try {
      return await answer(user, place, text, prefix, chosen);
    } catch (err) {
      const choice = err instanceof ChooseWerkgroep ? choiceMessage(err, text) : null;
      if (choice) return choice;
      if (err instanceof ChooseWerkgroep)
        throw new NotFound('Je zit in meer dan één werkgroep: typ dit in het kanaal van de werkgroep.');
      throw err;
    }
  }

  return {
    /** A "Klaar" button (KLAAR_ACTION): `klaar <nummer>` in the button's werkgroep. */
    finishActiepunt(user: PlatformUser, place: Place, value: string, prefix: string): Promise<Message> {
      const [overlegId, number] = value.split('|');
      if (!overlegId || !/^\d{1,9}$/.test(number ?? ''))
        throw new NotFound('Deze knop ken ik niet (meer). Typ klaar met het nummer van het actiepunt.');
      return handle(user, place, `klaar ${number}`, prefix, overlegId);
    },

    /** One typed command; outside a werkgroep's channel a member of several gets to choose which. */
    handleText: (user: PlatformUser, place: Place, text: string, prefix: string) =>
      handle(user, place, text, prefix, null),

    /** The werkgroep chosen with a button (CHOOSE_WERKGROEP_ACTION): the command carried out there. */
    async chooseWerkgroep(user: PlatformUser, place: Place, value: string, prefix: string): Promise<Message> {
      const bar = value.indexOf('|');
      if (bar < 1) throw new NotFound('Deze keuze ken ik niet (meer). Typ het commando opnieuw.');
      return handle(user, place, value.slice(bar + 1), prefix, value.slice(0, bar));
    },
  };

  async function answer(
    user: PlatformUser,
    place: Place,
    text: string,
    prefix: string,
    chosen: string | null,
  ): Promise<Message> {
    {
      const member = await findMemberByIdentity(d.db.pool, user);
      const command: Command = parseCommand(text, todayIn(d.clock.now(), d.timeZone));
      switch (command.name) {
        case 'help':
          return d.help(member, prefix, command.all);
        case 'onbekend':
          return say(`Dat commando ken ik niet. Typ "${prefix}help" voor wat ik kan.`);
        case 'ongeldig':
          return say(`Zo begrijp ik het niet. Gebruik: ${usageOf(command.command, prefix)}`);
        case 'mijn-gegevens':
          return d.avg.inzage(member);
        case 'vergeet-mij':
          return d.avg.vergeten(member, command.confirmed, prefix);
        // The stuurgroep digest is the region's, not one werkgroep's: typed anywhere.
        case 'samenvatting':
          return d.digest.digestDraft(member, place, command.period);
        case 'samenvatting-laatste':
          return d.digest.latestDigest(member, place);
        case 'stuurgroep':
          return d.stuurgroep.stuurgroep(member, place, command, prefix);
        // Setting up happens in the region, from any channel: not tied to a linked werkgroep.
        case 'nieuwe-werkgroep':
        case 'koppel':
        case 'ontkoppel':
          return d.setup.run(command, member, user, place);
        // Across all regions, for the programme office: typed anywhere.
        case 'landelijk':
          return nationalChat(d, member, command.period, prefix);
        case 'checkin':
        case 'checklist':
        case 'checklist-werkgroep':
        case 'voortgang': {
          // The forms of the werkgroep's latest round: the same as the buttons in the invitation.
          const overlegId = await overlegFor(member, place, chosen);
          // Who may use the form is checked before anything about the round is told.
          await authorizeIn(member, command.name, overlegId);
          const roundId = await latestRoundOf(d.db.pool, overlegId);
          if (!roundId)
            return say(
              'Er is nog geen check-in geweest voor deze werkgroep. Die start na de eerste bijeenkomst.',
            );
          const action = ROUND_ACTIONS[command.name];
          const form = await d.rounds.roundFormForButton(user, action, roundId);
          return {
            fallback: form.title,
            blocks: [{ type: 'text', text: `${form.title}: vul het formulier in.` }],
            form,
          };
        }
        default:
          return run(command, member, await overlegFor(member, place, chosen), prefix);
      }
    }
  }

  async function run(
    command: Command,
    member: Member | null,
    overlegId: string,
    prefix: string,
  ): Promise<Message> {
    await authorizeIn(member, command.name, overlegId);
    switch (command.name) {
      case 'volgende':
      case 'nieuwe-reeks':
      case 'annuleer':
      case 'verplaats':
      case 'wijzig':
        return seriesChat.run(command, member, overlegId);
      case 'formulier':
        return d.forms.openForm(member, command.form, overlegId);
      case 'checkin-dagen':
        await d.checkinSettings.setCheckinOpenDays(member, overlegId, command.days);
        return say(`De check-in staat voortaan ${command.days} dagen open na elke bijeenkomst.`);
      case 'logboek':
        return d.admin.auditLog(member, overlegId);
      case 'mislukt':
        return d.admin.failedMessages(member, overlegId);
      case 'herinneringen':
        return d.admin.reminderSettings(member, overlegId, command.setting);
      case 'vakantie':
        await d.admin.addHolidayPeriod(member, overlegId, command);
        return say(
          `Genoteerd: ${command.label} van ${command.from} t/m ${command.to}. Bijeenkomsten in die periode krijgen een waarschuwing.`,
        );
      case 'agenda':
      case 'agendapunt':
      case 'actiepunt':
      case 'actiepunten':
      case 'klaar':
        return agendaChat(d, command, member, overlegId, prefix);
      case 'reeks': {
        const stored = await findSeries(d.db.pool, overlegId);
        if (!stored)
          return say(
            `Er is nog geen reeks. De projectleider maakt er een met ${usageOf('nieuwe-reeks', prefix)}`,
          );
        const link =
          d.publicUrl && stored.icsToken
            ? `${d.publicUrl.replace(/\/$/, '')}/ics/${stored.icsToken}.ics`
            : null;
        return {
          fallback: 'De reeks van deze werkgroep',
          blocks: [
            {
              type: 'facts',
              facts: [
                { label: 'Eerste bijeenkomst', value: stored.definition.firstStart.replace('T', ' om ') },
                { label: 'Elke', value: `${stored.definition.everyWeeks ?? 4} weken` },
                { label: 'Duur', value: `${stored.definition.durationMinutes} minuten` },
              ],
            },
            {
              type: 'text',
              text: link
                ? `Zet de reeks in je agenda (Outlook, Google): ${link}`
                : 'Een agendalink is in deze Schakel nog niet te openen; je beheerder kan dat aanzetten.',
            },
          ],
        };
      }
      default:
        return say('Dat commando ken ik niet.');
    }
  }
}
