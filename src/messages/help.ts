import { can } from '../domain/authorization.ts';
import type { Member, Role } from '../domain/members.ts';
import { type Words, words } from './catalogue/words.ts';
import { COMMAND_ACTION } from './commands.ts';
import type { Message } from './model.ts';

export interface HelpContext {
  readonly member: Member | null;
  readonly overleggen: readonly string[];
  /** How the member types a command where they are: `/schakel ` in Slack, `@Schakel ` in a Teams channel, nothing in a chat with Schakel. */
  readonly commandPrefix: string;
  /** `help alles`: every command the member may use, with its syntax. */
  readonly all?: boolean;
}

/** What each role does most, one tap each (commands; their labels are in the catalogue); the first matching role of the member decides. */
const SHORTCUTS: ReadonlyArray<readonly [Role, readonly ShortcutCommand[]]> = [
  ['projectleider', ['samenvatting', 'nieuwe-werkgroep', 'volgende', 'checkin', 'actiepunten']],
  ['lid', ['checkin', 'volgende', 'agenda', 'actiepunten', 'mijn-gegevens']],
  ['beheerder', ['nieuwe-werkgroep', 'stuurgroep', 'logboek', 'landelijk', 'mijn-gegevens']],
  ['stuurgroeplid', ['samenvatting laatste', 'mijn-gegevens']],
  ['landelijk', ['landelijk', 'mijn-gegevens']],
];
type ShortcutCommand = keyof Words['help']['shortcuts'];

/**
 * The answer to `help`: who Schakel is, the five things the member's role does most as buttons,
 * the whole list behind one more, and the one privacy rule.
 */
export function helpMessage(ctx: HelpContext): Message {
  if (ctx.all) return allCommandsMessage(ctx);
  const { member, commandPrefix: p } = ctx;
  const { greeting, where } = introduction(ctx);
  const w = words().help;
  const shortcuts = member ? (SHORTCUTS.find(([role]) => member.roles.includes(role))?.[1] ?? []) : [];
  return {
    fallback: `${greeting} ${where}`,
    blocks: [
      { type: 'text', text: `${greeting} ${where}` },
      ...(shortcuts.length > 0
        ? [
            {
              type: 'actions' as const,
              actions: shortcuts.map((command) => ({
                id: COMMAND_ACTION,
                label: w.shortcuts[command],
                value: command,
              })),
            },
          ]
        : []),
      { type: 'actions', actions: [{ id: COMMAND_ACTION, label: w.allCommandsButton, value: 'help alles' }] },
      {
        type: 'note',
        text: `${w.typeHint(p, exampleCommand(ctx, shortcuts))} ${w.privacyRule}`,
      },
    ],
  };
}

function introduction({ member, overleggen }: HelpContext) {
  const w = words().help;
  const greeting = member ? w.greeting(member.name.split(' ')[0] ?? '') : w.greetingStranger;
  const where = member
    ? overleggen.length > 0
      ? w.memberOf(overleggen.join(', '))
      : roleWithoutWerkgroep(member)
    : w.unknown;
  return { greeting, where };
}

/**
 * `volgende`, which answers someone in a werkgroep (a lid, a projectleider) or someone not yet
 * known; a role without werkgroep (a stuurgroeplid, even in her stuurgroep) gets its first shortcut.
 */
function exampleCommand({ member }: HelpContext, shortcuts: readonly string[]): string {
  const inWerkgroep = member?.roles.some((r) => r === 'projectleider' || r === 'lid') ?? true;
  return inWerkgroep ? 'volgende' : (shortcuts[0] ?? 'volgende');
}

/** Someone in no overleg: the programme office and a stuurgroeplid need none; others ask to be added. */
function roleWithoutWerkgroep(member: Member): string {
  const w = words().help;
  if (member.roles.includes('projectleider') || member.roles.includes('lid')) return w.noWerkgroep;
  if (member.roles.includes('landelijk')) return w.landelijkRole;
  if (member.roles.includes('stuurgroeplid')) return w.stuurgroepRole;
  return w.noWerkgroep;
}

/** The longest arguments of `help alles` but one (herinneringen, from the catalogue), named so each line stays one line. */
const INSTELLINGEN_ARGS = '[dagen 1-60] [periode tertiaal|sinds-vorige]';

/**
 * One line of `help alles` for a command with arguments: the command word as the label, so the
 * label column stays narrow, and what it does followed by how to type it in full.
 */
function command(p: string, word: string, args: string, what: string) {
  return { label: `${p}${word}`, value: `${what} — ${p}${word} ${args}` };
}

/** `help alles`: what Schakel does and every command the member may use, with its syntax. */
function allCommandsMessage(ctx: HelpContext): Message {
  const { member, commandPrefix: p } = ctx;
  const { greeting, where } = introduction(ctx);
  const w = words().help;
  const c = w.commands;
  return {
    fallback: `${greeting} ${where}`,
    blocks: [
      { type: 'heading', text: w.heading },
      { type: 'text', text: `${greeting} ${where}` },
      {
        type: 'list',
        items: w.whatIDo,
      },
      // Before the list, so it is read before the first (Dutch) command word.
      ...(w.commandsNote ? [{ type: 'text' as const, text: w.commandsNote }] : []),
      {
        type: 'facts',
        facts: [
          { label: `${p}help`, value: c.help },
          { label: `${p}help alles`, value: c.helpAll },
          { label: `${p}overzicht`, value: c.overzicht },
          {
            label: `${p}volgende`,
            value: c.volgende,
          },
          { label: `${p}agenda`, value: c.agenda },
          { label: `${p}agendapunt <tekst>`, value: c.agendapunt },
          { label: `${p}actiepunten`, value: c.actiepunten },
          { label: `${p}actiepunt <tekst> [tot <datum>]`, value: c.actiepunt },
          { label: `${p}klaar <nummer>`, value: c.klaar },
          { label: `${p}deadline <nummer> <datum>|geen`, value: c.deadline },
          { label: `${p}schrap actiepunt <nummer>`, value: c.schrap },
          { label: `${p}reeks`, value: c.reeks },
          { label: `${p}checkin`, value: c.checkin },
          { label: `${p}checklist`, value: c.checklist },
          { label: `${p}mijn-gegevens`, value: c.mijnGegevens },
          { label: `${p}vergeet-mij`, value: c.vergeetMij },
          { label: `${p}taal nl|en`, value: c.taal },
        ],
      },
      ...(can(member, 'werkgroep.manage')
        ? [
            { type: 'text' as const, text: w.forProjectleider },
            {
              type: 'facts' as const,
              facts: [
                {
                  label: `${p}nieuwe-werkgroep`,
                  value: c.nieuweWerkgroep,
                },
                command(p, 'koppel', '<naam van de werkgroep>', c.koppel),
                { label: `${p}ontkoppel`, value: c.ontkoppel },
                command(p, 'nieuwe-reeks', '<datum> <UU:MM> [elke N weken]', c.nieuweReeks),
                command(p, 'verplaats', '<datum> naar <datum> [UU:MM]', c.verplaats),
                command(p, 'annuleer', '<datum>', c.annuleer),
                command(p, 'herstel', '<datum>', c.herstel),
                command(p, 'wijzig vanaf', '<datum> [elke N weken] [om UU:MM]', c.wijzig),
                command(p, 'herinneringen', `[${words().answers.admin.reminderSettings}]`, c.herinneringen),
                command(p, 'vakantie', '<naam> <datum> t/m <datum>', c.vakantie),
                { label: `${p}vakanties`, value: c.vakanties },
                command(p, 'vakantie weg', '<naam> [begindatum]', c.vakantieWeg),
                { label: `${p}voortgang`, value: c.voortgang },
                {
                  label: `${p}checklist-werkgroep`,
                  value: c.checklistWerkgroep,
                },
                command(p, 'checkin-dagen', '<1-28>', c.checkinDagen),
                { label: `${p}mislukt`, value: c.mislukt },
                { label: `${p}logboek`, value: c.logboek },
                command(p, 'samenvatting', '[JJJJ-Tn | JJJJ-MM-DD]', c.samenvatting),
                { label: `${p}samenvatting laatste`, value: c.samenvattingLaatste },
                command(p, 'stuurgroep', '[<datum> | weg <datum>]', c.stuurgroep),
                command(p, 'stuurgroep instellingen', INSTELLINGEN_ARGS, c.stuurgroepInstellingen),
              ],
            },
          ]
        : []),
      // A beheerder who is not also projectleider sets up werkgroepen and the stuurgroep calendar.
      ...(can(member, 'werkgroep.setup') && !can(member, 'werkgroep.manage')
        ? [
            { type: 'text' as const, text: w.forBeheerder },
            {
              type: 'facts' as const,
              facts: [
                { label: `${p}nieuwe-werkgroep`, value: c.beheerderNieuweWerkgroep },
                command(p, 'koppel', '<naam van de werkgroep>', c.beheerderKoppel),
                { label: `${p}ontkoppel`, value: c.ontkoppel },
                command(p, 'stuurgroep', '[<datum> | weg <datum> | instellingen …]', c.beheerderStuurgroep),
                { label: `${p}logboek`, value: c.logboek },
              ],
            },
          ]
        : []),
      // A stuurgroeplid reads the digest; a projectleider finds it with the other stuurgroep commands above.
      ...(can(member, 'digest.read') && !can(member, 'werkgroep.manage')
        ? [
            { type: 'text' as const, text: w.forStuurgroep },
            {
              type: 'facts' as const,
              facts: [{ label: `${p}samenvatting laatste`, value: c.samenvattingLaatste }],
            },
          ]
        : []),
      ...(can(member, 'national.read')
        ? [
            {
              type: 'facts' as const,
              facts: [command(p, 'landelijk', '[JJJJ-Tn | JJJJ-MM-DD..JJJJ-MM-DD]', c.landelijk)],
            },
          ]
        : []),
      { type: 'note', text: w.dateHint },
      { type: 'note', text: w.privacyRule },
    ],
  };
}
