import type { MemberDomain, OverlegKind, Role } from './members.ts';

/**
 * The demo region seeded on a first local start. Every person here is fictional;
 * the organisations are the kinds the programme names.
 */
export const DEMO_REGION = {
  id: 'demo-achterhoek',
  name: 'Demo-regio Achterhoek (fictief)',
  startLevel: 2.5,
  targetLevel: 4.5,
} as const;

export interface DemoMember {
  readonly key: string;
  readonly name: string;
  readonly organisation: string;
  readonly domain: MemberDomain;
  readonly roles: readonly Role[];
  /** Platform identities: the local chat's user is the projectleider. */
  readonly identities: ReadonlyArray<{ platform: 'slack' | 'teams'; workspace: string; userId: string }>;
}

export const DEMO_MEMBERS: readonly DemoMember[] = [
  {
    key: 'pl',
    name: 'Femke Hoogland',
    organisation: 'Gemeente Doetinchem (fictief)',
    domain: 'gemeente',
    roles: ['projectleider', 'lid'],
    identities: [{ platform: 'teams', workspace: '', userId: 'devtools' }],
  },
  {
    key: 'ggz1',
    name: 'Ruben Kleinjan',
    organisation: 'GGNet',
    domain: 'ggz',
    roles: ['lid'],
    identities: [],
  },
  {
    key: 'ggz2',
    name: 'Noor Stegeman',
    organisation: 'GGNet',
    domain: 'ggz',
    roles: ['lid'],
    identities: [],
  },
  {
    key: 'wi1',
    name: 'Sem Wolters',
    organisation: 'Laborijn',
    domain: 'gemeente',
    roles: ['lid'],
    identities: [],
  },
  {
    key: 'uwv1',
    name: 'Ilse Brinkhorst',
    organisation: 'UWV',
    domain: 'uwv',
    roles: ['lid'],
    identities: [],
  },
  {
    key: 'ri1',
    name: 'Daan Oosterveld',
    organisation: 'Re-integratiebedrijf De Brug (fictief)',
    domain: 're-integratie',
    roles: ['lid'],
    identities: [],
  },
  {
    key: 'sg1',
    name: 'Marloes Ten Have',
    organisation: 'Gemeente Winterswijk (fictief)',
    domain: 'gemeente',
    roles: ['stuurgroeplid'],
    identities: [],
  },
];

export const DEMO_OVERLEGGEN: ReadonlyArray<{ name: string; kind: OverlegKind; members: readonly string[] }> =
  [
    {
      name: 'Werkgroep GGZ & Werk Achterhoek',
      kind: 'werkgroep',
      members: ['pl', 'ggz1', 'ggz2', 'wi1', 'uwv1', 'ri1'],
    },
    { name: 'Stuurgroep Achterhoek', kind: 'stuurgroep', members: ['pl', 'sg1'] },
  ];
