import { can } from '../domain/authorization.ts';
import type { Member } from '../domain/members.ts';
import { words } from './catalogue/words.ts';
import { COMMAND_ACTION } from './commands.ts';
import type { Block, Message } from './model.ts';

export interface HomeContext {
  readonly member: Member | null;
  readonly werkgroepen: ReadonlyArray<{ readonly name: string; readonly next: string | null }>;
  /** The stuurgroepen the member sits in, with their next meeting. */
  readonly stuurgroepen: ReadonlyArray<{ readonly name: string; readonly next: string | null }>;
  readonly openRounds: ReadonlyArray<{ readonly werkgroep: string; readonly closes: string }>;
  readonly actiepunten: ReadonlyArray<{
    readonly description: string;
    /** The deadline as a person reads it ("maandag 14 december 2026"), null without one. */
    readonly due: string | null;
    readonly overdue: boolean;
    readonly werkgroep: string;
  }>;
  /** How the member types a command where they read this: `/schakel ` in Slack, nothing in Teams. */
  readonly prefix: string;
  /** False where a button that runs a command cannot be answered (the Slack App Home): none shown. */
  readonly commandButtons?: boolean;
}

/**
 * The member's own overview: the Slack App Home and the Teams welcome card show the same.
 * My werkgroepen and their next meeting, open check-ins, my actiepunten; shortcuts for the projectleider.
 * A stuurgroeplid or someone of the programme office who is in no werkgroep is not told to ask to
 * join one: they see their stuurgroep and what their role reads (the summary, the national overview).
 */
export function homeMessage(c: HomeContext): Message {
  const p = c.prefix;
  const w = words().home;
  if (!c.member) {
    const text = w.stranger;
    return {
      fallback: text,
      blocks: [
        { type: 'heading', text: 'Schakel' },
        { type: 'text', text },
      ],
    };
  }
  const first = c.member.name.split(' ')[0];
  const member = c.member;
  const inWerkgroep =
    c.werkgroepen.length > 0 || member.roles.some((r) => r === 'lid' || r === 'projectleider');
  const meetings = (groups: HomeContext['werkgroepen']) =>
    groups.map((g) => `${g.name}: ${g.next ? w.nextMeeting(g.next) : w.noMeeting}`);
  const section = (heading: string, items: readonly string[], more?: (hidden: number) => string): Block[] => [
    { type: 'text', text: heading },
    { type: 'list', items, ...(more ? { more } : {}) },
  ];
  const commands = (heading: string, facts: ReadonlyArray<{ label: string; value: string }>): Block[] => [
    { type: 'text', text: heading },
    { type: 'facts', facts },
  ];
  const c2 = words().help.commands;
  return {
    fallback: w.fallback(first ?? ''),
    blocks: [
      { type: 'heading', text: w.heading(first ?? '') },
      ...(inWerkgroep
        ? [
            ...section(w.werkgroepen, c.werkgroepen.length > 0 ? meetings(c.werkgroepen) : [w.noWerkgroep]),
            ...section(
              w.openCheckins,
              c.openRounds.length > 0
                ? c.openRounds.map((r) => w.openCheckin(r.werkgroep, r.closes, p, c.commandButtons === false))
                : [w.noOpenCheckins],
            ),
            // Fill it in from here: `checkin` asks which werkgroep when more than one is open.
            ...(c.openRounds.length > 0 && c.commandButtons !== false
              ? [
                  {
                    type: 'actions' as const,
                    actions: [
                      { id: COMMAND_ACTION, label: words().help.shortcuts.checkin, value: 'checkin' },
                    ],
                  },
                ]
              : []),
            ...section(
              w.actiepunten,
              c.actiepunten.length > 0
                ? c.actiepunten.map(
                    (a) => `${a.description} (${a.werkgroep}${a.due ? w.due(a.due, a.overdue) : ''})`,
                  )
                : [w.noActiepunten],
              (hidden) => words().longLists.home(hidden, p),
            ),
          ]
        : []),
      ...(c.stuurgroepen.length > 0 ? section(w.stuurgroep, meetings(c.stuurgroepen)) : []),
      ...(can(member, 'digest.read') && !can(member, 'werkgroep.manage')
        ? commands(w.forStuurgroep, [{ label: `${p}samenvatting laatste`, value: c2.samenvattingLaatste }])
        : []),
      ...(can(member, 'national.read') && member.roles.includes('landelijk')
        ? commands(w.forLandelijk, [{ label: `${p}landelijk`, value: c2.landelijk }])
        : []),
      ...(can(member, 'werkgroep.manage')
        ? commands(w.forProjectleider, [
            { label: `${p}nieuwe-reeks`, value: w.nieuweReeks },
            { label: `${p}verplaats`, value: w.verplaats },
            { label: `${p}samenvatting`, value: w.samenvatting },
            { label: `${p}mislukt`, value: w.mislukt },
          ])
        : []),
      { type: 'note', text: w.helpNote(p) },
    ],
  };
}
