/**
 * Dutch words of inzage and vergeten (AVG): `mijn-gegevens` and `vergeet-mij`. Part of the Dutch
 * answers (nl-answers.ts); English in en-avg.ts.
 */
/**
 * A member's roles (domain/members.ts ROLES) as people read them everywhere: in `mijn-gegevens` and
 * in the local chat's "als Ruben (werkgroeplid GGZ)" (nl-local-chat.ts builds on these).
 */
export const NL_ROLE_NAMES = {
  lid: 'werkgroeplid',
  projectleider: 'projectleider',
  stuurgroeplid: 'stuurgroeplid',
  beheerder: 'beheerder',
  landelijk: 'landelijk team',
};

export const nlAvg = {
  heading: 'Je gegevens in Schakel',
  intro: 'Dit is alles wat Schakel over jou bewaart, kort samengevat.',
  asFile: (file: string) =>
    `Alles in één keer, om te bewaren of door te sturen, krijg je als bestand: ${file} (JSON, met uitleg per onderdeel).`,
  eraseHint: 'Wil je dat het gewist wordt? Typ dan vergeet-mij.',
  /** Inzage asked by someone Schakel does not know (never linked, or erased). */
  nothingKept:
    'Schakel bewaart geen gegevens over je: je bent niet (meer) gekoppeld aan een regio of werkgroep. Wil je Schakel weer gebruiken? Vraag je projectleider om je te koppelen.',
  /** The privacy statement on Schakel's own server (GET /privacy). */
  statement: (url: string) => `Waarom Schakel dit bewaart, hoe lang en wie het ziet: ${url}`,
  fileDescription: 'Alles wat Schakel over jou bewaart (inzage, AVG artikel 15)',
  labels: {
    name: 'Naam',
    organisation: 'Organisatie',
    region: 'Regio',
    roles: 'Rollen',
    email: 'E-mail',
    linkedIn: 'Gekoppeld in',
    werkgroepen: 'Werkgroepen',
    stuurgroep: 'Stuurgroep',
    otherOverleggen: 'Andere overleggen',
    checkins: 'Check-ins',
    agendapunten: 'Agendapunten',
    actiepunten: 'Actiepunten',
    knelpunten: 'Knelpunten ingebracht',
    checklist: 'Checklist',
  },
  /** A member's roles (domain/members.ts ROLES), as the summary names them. */
  roleNames: NL_ROLE_NAMES as Record<string, string>,
  none: 'geen',
  notFilledIn: 'niet ingevuld',
  notKnown: 'niet bekend',
  noAccount: 'geen account',
  and: 'en',
  ofWhichOpen: (n: number) => `, waarvan ${n} open`,
  /** Her actiepunten counted by her part in them (`counted`: "4 actiepunten"; how many open follows). */
  onYourName: (counted: string) => `${counted} op jouw naam`,
  forOthers: (counted: string) => `${counted} door jou aangemaakt voor anderen`,
  /** [one, many] of each counted thing. */
  units: {
    answers: ['antwoord', 'antwoorden'],
    agendapunten: ['agendapunt', 'agendapunten'],
    actiepunten: ['actiepunt', 'actiepunten'],
    knelpunten: ['knelpunt', 'knelpunten'],
    tertialen: ['tertiaal', 'tertialen'],
  } as Readonly<Record<string, readonly [string, string]>>,
  /** Where a message to the member stands, in the file (berichten_aan_jou); its kind: admin.kinds. */
  deliveryStatus: {
    pending: 'nog te versturen',
    sending: 'wordt verstuurd',
    sent: 'verstuurd',
    failed: 'mislukt',
    skipped: 'overgeslagen',
    obsolete: 'vervallen',
  } as Readonly<Record<string, string>>,
  /** Where a version of the stuurgroep-samenvatting stands, in the file (samenvattingen). */
  versionStatus: {
    draft: 'concept',
    published: 'gepubliceerd',
    withdrawn: 'ingetrokken',
  } as Readonly<Record<string, string>>,
  /*
   * The confirmation before erasing, short enough for one phone screen (390 px wide) with its
   * buttons: what goes, what stays without the name, the drafts withdrawn, that it is final.
   */
  eraseExplained:
    'Als je bevestigt, wist Schakel wie je bent (naam, organisatie, rollen, accounts) en wat alleen over jou gaat:',
  erasedItems: [
    'je check-ins en checklist-antwoorden',
    'je werkgroepen, stuurgroep en taal',
    'berichten die je nog zou krijgen',
  ] as readonly string[],
  keptWithoutName: 'Zonder jouw naam blijft voor de werkgroep:',
  keptItems: [
    'je actiepunten, open of afgerond, zonder eigenaar (iedereen in de werkgroep kan ze afronden)',
    'je agendapunten en knelpunten',
    'wat je deed, in het logboek',
  ] as readonly string[],
  eraseRest:
    'Een concept van de stuurgroep-samenvatting met jouw antwoorden wordt ingetrokken; wat de stuurgroep al kreeg, blijft. Dit kan niet ongedaan worden gemaakt.',
  /** Before the region's last projectleider confirms: what her erasure leaves, and who can act then. */
  lastProjectleider:
    'Let op: je bent de enige projectleider van deze regio. Daarna kan niemand de samenvatting publiceren of bijeenkomsten, reeksen en herinneringen beheren (een beheerder kan wel werkgroepen aanmaken en kanalen koppelen). Vraag de beheerder eerst een nieuwe projectleider aan te wijzen, op de server met schakel members import (rol projectleider).',
  eraseButton: 'Ja, wis mijn gegevens',
  eraseConfirm: (p: string) => `Weet je het zeker? Kies de knop of typ ${p}vergeet-mij bevestig`,
  erased:
    'Je gegevens zijn gewist. Schakel kent je niet meer; wil je later weer meedoen, vraag dan je projectleider.',
  /** What an open check-in card in the member's chat becomes when they are erased. */
  cardWithdrawn: 'Deze check-in is vervallen: je gegevens zijn gewist.',
};
