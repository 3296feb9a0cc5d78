import { can } from '../domain/authorization.ts';
import type { Member } from '../domain/members.ts';
import { words } from './catalogue/words.ts';
import type { Message } from './model.ts';

export interface HomeContext {
  readonly member: Member | null;
  readonly werkgroepen: ReadonlyArray<{ readonly name: string; readonly next: string | null }>;
  readonly openRounds: ReadonlyArray<{ readonly werkgroep: string; readonly closes: string }>;
  readonly actiepunten: ReadonlyArray<{
    readonly description: string;
    readonly due: string | null;
    readonly werkgroep: string;
  }>;
  /** How the member types a command where they read this: `/schakel ` in Slack, nothing in Teams. */
  readonly prefix: string;
}

/**
 * The member's own overview: the Slack App Home and the Teams welcome card show the same.
 * My werkgroepen and their next meeting, open check-ins, my actiepunten; shortcuts for the projectleider.
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
  return {
    fallback: w.fallback(first ?? ''),
    blocks: [
      { type: 'heading', text: w.heading(first ?? '') },
      { type: 'text', text: w.werkgroepen },
      {
        type: 'list',
        items:
          c.werkgroepen.length > 0
            ? c.werkgroepen.map((g) => `${g.name}: ${g.next ? w.nextMeeting(g.next) : w.noMeeting}`)
            : [w.noWerkgroep],
      },
      { type: 'text', text: w.openCheckins },
      {
        type: 'list',
        items:
          c.openRounds.length > 0
            ? c.openRounds.map((r) => w.openCheckin(r.werkgroep, r.closes, p))
            : [w.noOpenCheckins],
      },
      { type: 'text', text: w.actiepunten },
      {
        type: 'list',
        items:
          c.actiepunten.length > 0
            ? c.actiepunten.map((a) => `${a.description} (${a.werkgroep}${a.due ? w.due(a.due) : ''})`)
            : [w.noActiepunten],
      },
      ...(can(c.member, 'werkgroep.manage')
        ? [
            { type: 'text' as const, text: w.forProjectleider },
            {
              type: 'facts' as const,
              facts: [
                { label: `${p}nieuwe-reeks`, value: w.nieuweReeks },
                { label: `${p}verplaats`, value: w.verplaats },
                { label: `${p}samenvatting`, value: w.samenvatting },
                { label: `${p}mislukt`, value: w.mislukt },
              ],
            },
          ]
        : []),
      { type: 'note', text: w.helpNote(p) },
    ],
  };
}
