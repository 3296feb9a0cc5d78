/** Who takes part, and from where. Names and roles only: never client data. */
export const DOMAINS = [
  'ggz',
  'gemeente',
  'uwv',
  're-integratie',
  'werkgever',
  'ervaringsdeskundige',
  'overig',
] as const;
export type MemberDomain = (typeof DOMAINS)[number];

export const DOMAIN_LABELS: Record<MemberDomain, string> = {
  ggz: 'GGZ',
  gemeente: 'Gemeente / W&I',
  uwv: 'UWV',
  're-integratie': 'Re-integratie',
  werkgever: 'Werkgever',
  ervaringsdeskundige: 'Ervaringsdeskundige',
  overig: 'Overig',
};

export const ROLES = ['lid', 'projectleider', 'stuurgroeplid', 'beheerder', 'landelijk'] as const;
export type Role = (typeof ROLES)[number];

export const PLATFORMS = ['slack', 'teams'] as const;
export type Platform = (typeof PLATFORMS)[number];

export interface Member {
  readonly id: string;
  readonly regionId: string;
  readonly name: string;
  readonly organisation: string;
  readonly domain: MemberDomain;
  readonly roles: readonly Role[];
}

/** A platform user as the adapters see them: workspace is the Slack team or Teams tenant. */
export interface PlatformUser {
  readonly platform: Platform;
  readonly workspace: string;
  readonly userId: string;
}

export const OVERLEG_KINDS = ['werkgroep', 'casusoverleg', 'leerbijeenkomst', 'stuurgroep'] as const;
export type OverlegKind = (typeof OVERLEG_KINDS)[number];
