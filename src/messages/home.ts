import { can } from '../domain/authorization.ts';
import type { Member } from '../domain/members.ts';
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
  if (!c.member) {
    const text =
      'Welkom bij Schakel. Ik ken je nog niet: vraag je projectleider om je aan je werkgroep te koppelen.';
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
    fallback: `Hoi ${first}, dit is je overzicht in Schakel.`,
    blocks: [
      { type: 'heading', text: `Hoi ${first}` },
      { type: 'text', text: 'Je werkgroepen' },
      {
        type: 'list',
        items:
          c.werkgroepen.length > 0
            ? c.werkgroepen.map(
                (w) =>
                  `${w.name}: ${w.next ? `volgende bijeenkomst ${w.next}` : 'nog geen bijeenkomst gepland'}`,
              )
            : ['Je bent nog niet aan een werkgroep gekoppeld. Vraag je projectleider.'],
      },
      { type: 'text', text: 'Open check-ins' },
      {
        type: 'list',
        items:
          c.openRounds.length > 0
            ? c.openRounds.map(
                (r) =>
                  `${r.werkgroep} — invullen kan tot ${r.closes} (typ ${p}checkin in het kanaal van de werkgroep)`,
              )
            : ['Geen open check-ins. Dank je wel!'],
      },
      { type: 'text', text: 'Jouw actiepunten' },
      {
        type: 'list',
        items:
          c.actiepunten.length > 0
            ? c.actiepunten.map(
                (a) => `${a.description} (${a.werkgroep}${a.due ? `, uiterlijk ${a.due}` : ''})`,
              )
            : ['Geen open actiepunten.'],
      },
      ...(can(c.member, 'werkgroep.manage')
        ? [
            { type: 'text' as const, text: 'Voor de projectleider' },
            {
              type: 'facts' as const,
              facts: [
                { label: `${p}nieuwe-reeks`, value: 'een reeks bijeenkomsten aanmaken' },
                { label: `${p}verplaats`, value: 'één bijeenkomst verplaatsen of laten vervallen' },
                { label: `${p}samenvatting`, value: 'de samenvatting voor de stuurgroep opstellen' },
                { label: `${p}mislukt`, value: 'berichten die niet aankwamen' },
              ],
            },
          ]
        : []),
      { type: 'note', text: `Typ ${p}help voor alles wat Schakel kan.` },
    ],
  };
}
