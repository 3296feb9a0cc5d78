import { can } from '../domain/authorization.ts';
import type { Member, Role } from '../domain/members.ts';
import { COMMAND_ACTION, DATE_HINT } from './commands.ts';
import type { Message } from './model.ts';

export interface HelpContext {
  readonly member: Member | null;
  readonly overleggen: readonly string[];
  /** How the member types a command where they are: `/schakel ` in Slack, `@Schakel ` in a Teams channel, nothing in a chat with Schakel. */
  readonly commandPrefix: string;
  /** `help alles`: every command the member may use, with its syntax. */
  readonly all?: boolean;
}

type Shortcut = readonly [label: string, command: string];

/** What each role does most, one tap each; the first matching role of the member decides. */
const SHORTCUTS: ReadonlyArray<readonly [Role, readonly Shortcut[]]> = [
  [
    'projectleider',
    [
      ['Samenvatting nakijken', 'samenvatting'],
      ['Nieuwe werkgroep', 'nieuwe-werkgroep'],
      ['Volgende bijeenkomsten', 'volgende'],
      ['Check-in invullen', 'checkin'],
      ['Open actiepunten', 'actiepunten'],
    ],
  ],
  [
    'lid',
    [
      ['Check-in invullen', 'checkin'],
      ['Volgende bijeenkomsten', 'volgende'],
      ['Agenda', 'agenda'],
      ['Open actiepunten', 'actiepunten'],
      ['Mijn gegevens', 'mijn-gegevens'],
    ],
  ],
  [
    'beheerder',
    [
      ['Nieuwe werkgroep', 'nieuwe-werkgroep'],
      ['Stuurgroepdata', 'stuurgroep'],
      ['Logboek', 'logboek'],
      ['Landelijk overzicht', 'landelijk'],
      ['Mijn gegevens', 'mijn-gegevens'],
    ],
  ],
  [
    'stuurgroeplid',
    [
      ['Laatste samenvatting', 'samenvatting laatste'],
      ['Mijn gegevens', 'mijn-gegevens'],
    ],
  ],
  [
    'landelijk',
    [
      ['Landelijk overzicht', 'landelijk'],
      ['Mijn gegevens', 'mijn-gegevens'],
    ],
  ],
];

const PRIVACY_RULE =
  'Schrijf nooit gegevens van cliënten (naam, BSN, geboortedatum, adres, diagnose) in Schakel. Ik weiger tekst die daarop lijkt.';

/**
 * The answer to `help`: who Schakel is, the five things the member's role does most as buttons,
 * the whole list behind one more, and the one privacy rule.
 */
export function helpMessage(ctx: HelpContext): Message {
  if (ctx.all) return allCommandsMessage(ctx);
  const { member, commandPrefix: p } = ctx;
  const { greeting, where } = introduction(ctx);
  const shortcuts = member ? (SHORTCUTS.find(([role]) => member.roles.includes(role))?.[1] ?? []) : [];
  return {
    fallback: `${greeting} ${where}`,
    blocks: [
      { type: 'text', text: `${greeting} ${where}` },
      ...(shortcuts.length > 0
        ? [
            {
              type: 'actions' as const,
              actions: shortcuts.map(([label, command]) => ({ id: COMMAND_ACTION, label, value: command })),
            },
          ]
        : []),
      { type: 'actions', actions: [{ id: COMMAND_ACTION, label: 'Alle commando’s', value: 'help alles' }] },
      {
        type: 'note',
        text: `Je kunt ook typen, bijvoorbeeld ${p}volgende of ${p}help alles. ${PRIVACY_RULE}`,
      },
    ],
  };
}

function introduction({ member, overleggen }: HelpContext) {
  const greeting = member
    ? `Hoi ${member.name.split(' ')[0]}! Ik ben Schakel, de assistent van jullie samenwerking GGZ en Werk & Inkomen.`
    : 'Hoi! Ik ben Schakel, de assistent van de regionale samenwerking GGZ en Werk & Inkomen.';
  const where = member
    ? overleggen.length > 0
      ? `Je doet mee in: ${overleggen.join(', ')}.`
      : 'Je bent nog niet aan een werkgroep gekoppeld. Vraag je projectleider om je toe te voegen.'
    : 'Ik ken je nog niet. Vraag je projectleider om je aan je werkgroep te koppelen.';
  return { greeting, where };
}

/** `help alles`: what Schakel does and every command the member may use, with its syntax. */
function allCommandsMessage(ctx: HelpContext): Message {
  const { member, commandPrefix: p } = ctx;
  const { greeting, where } = introduction(ctx);
  return {
    fallback: `${greeting} ${where}`,
    blocks: [
      { type: 'heading', text: 'Schakel: wat ik voor je doe' },
      { type: 'text', text: `${greeting} ${where}` },
      {
        type: 'list',
        items: [
          'Ik herinner de werkgroep aan elke bijeenkomst (elke 4 weken), met de agenda en de open actiepunten.',
          'Na de bijeenkomst vraag ik je om een korte check-in (minder dan een minuut): het samenwerkingsniveau, knelpunten en wat er goed ging.',
          'Voor elke stuurgroep (3 keer per jaar) maak ik een samenvatting die de projectleider eerst nakijkt.',
        ],
      },
      {
        type: 'facts',
        facts: [
          { label: `${p}help`, value: 'wat je het vaakst doet, met knoppen' },
          { label: `${p}help alles`, value: 'dit overzicht' },
          {
            label: `${p}volgende`,
            value: 'de komende bijeenkomsten, met een waarschuwing bij feestdagen en vakanties',
          },
          { label: `${p}agenda`, value: 'de agenda van de volgende bijeenkomst' },
          { label: `${p}agendapunt <tekst>`, value: 'een agendapunt voor de volgende bijeenkomst' },
          { label: `${p}actiepunten`, value: 'de open actiepunten' },
          { label: `${p}actiepunt <tekst> [tot <datum>]`, value: 'een actiepunt met jou als eigenaar' },
          { label: `${p}klaar <nummer>`, value: 'je actiepunt afronden' },
          { label: `${p}reeks`, value: 'de reeks en de link voor je agenda' },
          { label: `${p}checkin`, value: 'de check-in van de laatste bijeenkomst invullen of wijzigen' },
          { label: `${p}checklist`, value: 'de checklist Effectief Samenwerken (eens per tertiaal)' },
          { label: `${p}mijn-gegevens`, value: 'alles wat Schakel over jou bewaart' },
          { label: `${p}vergeet-mij`, value: 'je gegevens laten wissen' },
        ],
      },
      ...(can(member, 'werkgroep.manage')
        ? [
            { type: 'text' as const, text: 'Voor de projectleider:' },
            {
              type: 'facts' as const,
              facts: [
                {
                  label: `${p}nieuwe-werkgroep`,
                  value: 'een werkgroep aanmaken: naam, soort, eerste bijeenkomst, ritme, kanaal en leden',
                },
                {
                  label: `${p}koppel <naam van de werkgroep>`,
                  value: 'dit kanaal aan een werkgroep koppelen: de herinneringen komen dan hier',
                },
                { label: `${p}ontkoppel`, value: 'dit kanaal loskoppelen van zijn werkgroep' },
                {
                  label: `${p}nieuwe-reeks <datum> <UU:MM> [elke N weken]`,
                  value: 'de reeks bijeenkomsten aanmaken',
                },
                {
                  label: `${p}verplaats <datum> naar <datum> [UU:MM]`,
                  value: 'één bijeenkomst verplaatsen',
                },
                { label: `${p}annuleer <datum>`, value: 'één bijeenkomst laten vervallen' },
                {
                  label: `${p}wijzig vanaf <datum> [elke N weken] [om UU:MM]`,
                  value: 'de reeks vanaf een datum wijzigen',
                },
                {
                  label: `${p}herinneringen [agenda N | herinnering N | uur U | weekend ja/nee]`,
                  value: 'wanneer de herinneringen gaan',
                },
                {
                  label: `${p}vakantie <naam> <datum> t/m <datum>`,
                  value: 'een vakantieperiode van de regio',
                },
                { label: `${p}voortgang`, value: 'de voortgangscijfers van de regio invullen' },
                {
                  label: `${p}checklist-werkgroep`,
                  value: 'de checklist zoals de werkgroep die samen vaststelde',
                },
                { label: `${p}checkin-dagen <1-28>`, value: 'hoe lang de check-in openstaat' },
                { label: `${p}mislukt`, value: 'berichten die niet aankwamen' },
                { label: `${p}logboek`, value: 'wie wat heeft gewijzigd' },
                {
                  label: `${p}samenvatting [JJJJ-Tn | JJJJ-MM-DD]`,
                  value:
                    'het concept van de stuurgroep-samenvatting nakijken en publiceren (standaard voor de komende stuurgroep, anders het vorige tertiaal)',
                },
                {
                  label: `${p}stuurgroep [<datum> | weg <datum>]`,
                  value:
                    'de komende stuurgroepvergaderingen; een datum toevoegen of weghalen. Het concept komt vanzelf een paar dagen vooraf',
                },
                {
                  label: `${p}stuurgroep instellingen [dagen 1-60] [periode tertiaal|sinds-vorige]`,
                  value: 'hoeveel dagen vooraf het concept komt en over welke periode het gaat',
                },
              ],
            },
          ]
        : []),
      // A beheerder who is not also projectleider sets up werkgroepen and the stuurgroep calendar.
      ...(can(member, 'werkgroep.setup') && !can(member, 'werkgroep.manage')
        ? [
            { type: 'text' as const, text: 'Voor de beheerder:' },
            {
              type: 'facts' as const,
              facts: [
                { label: `${p}nieuwe-werkgroep`, value: 'een werkgroep van je regio aanmaken' },
                {
                  label: `${p}koppel <naam van de werkgroep>`,
                  value: 'dit kanaal aan een werkgroep koppelen',
                },
                { label: `${p}ontkoppel`, value: 'dit kanaal loskoppelen van zijn werkgroep' },
                {
                  label: `${p}stuurgroep [<datum> | weg <datum> | instellingen …]`,
                  value: 'de stuurgroepvergaderingen van je regio en wanneer het concept komt',
                },
                { label: `${p}logboek`, value: 'wie wat heeft gewijzigd' },
              ],
            },
          ]
        : []),
      ...(can(member, 'digest.read')
        ? [
            {
              type: 'facts' as const,
              facts: [
                {
                  label: `${p}samenvatting laatste`,
                  value: 'de laatst gepubliceerde stuurgroep-samenvatting',
                },
              ],
            },
          ]
        : []),
      ...(can(member, 'national.read')
        ? [
            {
              type: 'facts' as const,
              facts: [
                {
                  label: `${p}landelijk [JJJJ-Tn | JJJJ-MM-DD..JJJJ-MM-DD]`,
                  value: "het landelijk overzicht van alle regio's (standaard het vorige tertiaal)",
                },
              ],
            },
          ]
        : []),
      { type: 'note', text: DATE_HINT },
      { type: 'note', text: PRIVACY_RULE },
    ],
  };
}
