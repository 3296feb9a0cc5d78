import type { MemberDomain, OverlegKind, Role } from './members.ts';

/**
 * The demo regions seeded on a first local start and by `schakel seed-demo`. Every person here is
 * fictional; the organisations are the kinds the programme names. The Achterhoek is the region the
 * local chat plays in; Twente and Rivierenland are there so `landelijk` shows a national picture.
 */
export interface DemoRegion {
  readonly id: string;
  readonly name: string;
  readonly startLevel: number;
  readonly targetLevel: number;
}

export const DEMO_REGION: DemoRegion = {
  id: 'demo-achterhoek',
  name: 'Demo-regio Achterhoek (fictief)',
  startLevel: 2.5,
  targetLevel: 4.5,
};

export const OTHER_DEMO_REGIONS: readonly DemoRegion[] = [
  { id: 'demo-twente', name: 'Demo-regio Twente (fictief)', startLevel: 2, targetLevel: 4 },
  { id: 'demo-rivierenland', name: 'Demo-regio Rivierenland (fictief)', startLevel: 3, targetLevel: 5 },
];

/**
 * The local chat's Teams tenant: one team with a channel per demo werkgroep, the stuurgroep's
 * channel and its General channel (whose id is the team's), and a personal chat per person.
 */
export const DEMO_TENANT = 'schakel-lokaal';
export const DEMO_TEAM = { id: '19:lokaal-team@thread.tacv2', name: 'Hoofdzaak Werk Achterhoek' } as const;

/**
 * Microsoft's Agents Playground always sends a tenant id and its configured user (the repository's
 * `.m365agentsplayground.yml`, else its default user): that user is the demo projectleider.
 */
export const PLAYGROUND_IDENTITY = {
  platform: 'teams',
  workspace: '00000000-0000-0000-0000-0000000000001',
  userId: 'user-id-0',
} as const;

/** Who the local chat lets one play: its words are localChat.playedAs in the catalogue. */
export type PlayedAs = 'projectleider' | 'werkgroeplidGgz' | 'werkgroeplidWi' | 'stuurgroeplid' | 'landelijk';

export interface DemoMember {
  readonly key: string;
  readonly name: string;
  readonly organisation: string;
  readonly domain: MemberDomain;
  readonly roles: readonly Role[];
  /**
   * What the local chat's role switch calls them (a key of the catalogue's localChat.playedAs, so
   * in the played person's language); people without one have no identity here.
   */
  readonly playedAs?: PlayedAs;
}

export const DEMO_MEMBERS: readonly DemoMember[] = [
  {
    key: 'pl',
    name: 'Femke Hoogland',
    organisation: 'Gemeente Doetinchem (fictief)',
    domain: 'gemeente',
    roles: ['projectleider', 'lid'],
    playedAs: 'projectleider',
  },
  {
    key: 'ggz1',
    name: 'Ruben Kleinjan',
    organisation: 'GGNet',
    domain: 'ggz',
    roles: ['lid'],
    playedAs: 'werkgroeplidGgz',
  },
  { key: 'ggz2', name: 'Noor Stegeman', organisation: 'GGNet', domain: 'ggz', roles: ['lid'] },
  {
    key: 'wi1',
    name: 'Sem Wolters',
    organisation: 'Laborijn',
    domain: 'gemeente',
    roles: ['lid'],
    playedAs: 'werkgroeplidWi',
  },
  { key: 'uwv1', name: 'Ilse Brinkhorst', organisation: 'UWV', domain: 'uwv', roles: ['lid'] },
  {
    key: 'ri1',
    name: 'Daan Oosterveld',
    organisation: 'Re-integratiebedrijf De Brug (fictief)',
    domain: 're-integratie',
    roles: ['lid'],
  },
  {
    key: 'wg1',
    name: 'Bart Hulshof',
    organisation: 'Hulshof Installatietechniek (fictief)',
    domain: 'werkgever',
    roles: ['lid'],
  },
  {
    key: 'ed1',
    name: 'Yara Koster',
    organisation: 'Cliëntenraad Achterhoek (fictief)',
    domain: 'ervaringsdeskundige',
    roles: ['lid'],
  },
  {
    key: 'sg1',
    name: 'Marloes Ten Have',
    organisation: 'Gemeente Winterswijk (fictief)',
    domain: 'gemeente',
    roles: ['stuurgroeplid'],
    playedAs: 'stuurgroeplid',
  },
  { key: 'sg2', name: 'Gerrit Nijhof', organisation: 'GGNet', domain: 'ggz', roles: ['stuurgroeplid'] },
  {
    key: 'lj1',
    name: 'Jasmijn Verhoef',
    organisation: 'Programmabureau Hoofdzaak Werk (fictief)',
    domain: 'overig',
    roles: ['landelijk'],
    playedAs: 'landelijk',
  },
];

/** The Teams user id of a demo person in the local tenant. */
export function demoUserId(key: string): string {
  return `29:lokaal-${key}`;
}

export interface DemoOverleg {
  readonly key: string;
  readonly name: string;
  readonly kind: OverlegKind;
  readonly members: readonly string[];
  /** Its channel in the local tenant's team. */
  readonly channel: { readonly id: string; readonly name: string };
  /** Weekday of its meetings (1 = Monday) and the time, every four weeks. */
  readonly meets?: { readonly weekday: number; readonly time: string };
}

export const DEMO_OVERLEGGEN: readonly DemoOverleg[] = [
  {
    key: 'wg-oost',
    name: 'Werkgroep GGZ & Werk Achterhoek',
    kind: 'werkgroep',
    members: ['pl', 'ggz1', 'ggz2', 'wi1', 'uwv1', 'ri1'],
    channel: { id: '19:lokaal-werkgroep@thread.tacv2', name: 'Werkgroep GGZ & Werk' },
    meets: { weekday: 2, time: '14:00' },
  },
  {
    key: 'wg-werkgevers',
    name: 'Werkgroep Werkgevers & Jobcoaching',
    kind: 'werkgroep',
    members: ['pl', 'ggz2', 'wi1', 'uwv1', 'wg1', 'ed1'],
    channel: { id: '19:lokaal-werkgevers@thread.tacv2', name: 'Werkgevers & Jobcoaching' },
    meets: { weekday: 4, time: '10:00' },
  },
  {
    key: 'stuurgroep',
    name: 'Stuurgroep Achterhoek',
    kind: 'stuurgroep',
    members: ['pl', 'sg1', 'sg2'],
    channel: { id: '19:lokaal-stuurgroep@thread.tacv2', name: 'Stuurgroep' },
  },
];

/** The team's General channel: not linked, so a new werkgroep can be linked there (`koppel`). */
export const DEMO_GENERAL_CHANNEL = { id: DEMO_TEAM.id, name: 'Algemeen' } as const;

/** The other regions' people: a projectleider and members enough for a national picture. */
export const OTHER_REGION_MEMBERS: Readonly<Record<string, readonly DemoMember[]>> = {
  'demo-twente': [
    {
      key: 'pl',
      name: 'Joost Lammers',
      organisation: 'Gemeente Enschede (fictief)',
      domain: 'gemeente',
      roles: ['projectleider', 'lid'],
    },
    { key: 'ggz1', name: 'Sanne Oude Luttikhuis', organisation: 'Mediant', domain: 'ggz', roles: ['lid'] },
    {
      key: 'wi1',
      name: 'Esmee Kamphuis',
      organisation: 'Gemeente Hengelo (fictief)',
      domain: 'gemeente',
      roles: ['lid'],
    },
    { key: 'uwv1', name: 'Koen Morsink', organisation: 'UWV', domain: 'uwv', roles: ['lid'] },
  ],
  'demo-rivierenland': [
    {
      key: 'pl',
      name: 'Hanna de Bruijn',
      organisation: 'Gemeente Tiel (fictief)',
      domain: 'gemeente',
      roles: ['projectleider', 'lid'],
    },
    { key: 'ggz1', name: 'Milan van Zuilen', organisation: 'Pro Persona', domain: 'ggz', roles: ['lid'] },
    {
      key: 'wi1',
      name: 'Fleur Verwoerd',
      organisation: 'Werkzaak Rivierenland (fictief)',
      domain: 'gemeente',
      roles: ['lid'],
    },
    { key: 'uwv1', name: 'Lars Vermeulen', organisation: 'UWV', domain: 'uwv', roles: ['lid'] },
  ],
};
