/**
 * Knelpunten (bottlenecks): the categories seen across the regions (domain.md, most named
 * first), a knelpunt's life (raised, being worked on, solved or parked) and what a member can
 * say about an open knelpunt from an earlier round. Slugs are stored: never rename one.
 */

export const KNELPUNT_CATEGORIES = [
  { slug: 'tijd-capaciteit', label: 'Tijd en capaciteit', examples: 'werkdruk, ziekte, te weinig mensen' },
  {
    slug: 'geld-financiering',
    label: 'Geld en financiering',
    examples: 'budgetten, declarabiliteit van overlegtijd in de GGZ',
  },
  {
    slug: 'partijen-bereiken',
    label: 'Partijen en medewerkers bereiken en aan boord houden',
    examples: null,
  },
  {
    slug: 'visies-taal',
    label: "Verschillende visies, verwachtingen en 'taal' tussen organisaties",
    examples: null,
  },
  {
    slug: 'borging-continuiteit',
    label: 'Borging en continuïteit',
    examples: 'afhankelijk van de projectleider',
  },
  { slug: 'privacy-avg', label: 'Privacy en gegevensuitwisseling (AVG)', examples: null },
  { slug: 'bestuurlijk-draagvlak', label: 'Bestuurlijk draagvlak en management', examples: null },
  { slug: 'wet-regelgeving', label: 'Wet- en regelgeving', examples: null },
  { slug: 'werkgevers', label: 'Werkgevers betrekken', examples: null },
  { slug: 'zorgverzekeraar', label: 'Zorgverzekeraar betrekken', examples: null },
  { slug: 'clientperspectief', label: 'Cliëntperspectief en ervaringsdeskundigheid', examples: null },
  { slug: 'overig', label: 'Overig', examples: null },
] as const satisfies ReadonlyArray<{ slug: string; label: string; examples: string | null }>;

export type KnelpuntCategory = (typeof KNELPUNT_CATEGORIES)[number]['slug'];

export const KNELPUNT_CATEGORY_SLUGS: readonly KnelpuntCategory[] = KNELPUNT_CATEGORIES.map((c) => c.slug);

export function isKnelpuntCategory(value: string): value is KnelpuntCategory {
  return (KNELPUNT_CATEGORY_SLUGS as readonly string[]).includes(value);
}

export function knelpuntCategoryLabel(slug: KnelpuntCategory): string {
  return KNELPUNT_CATEGORIES.find((c) => c.slug === slug)?.label ?? slug;
}

/** Where a knelpunt is in its life. */
export const KNELPUNT_STATUSES = ['open', 'in_behandeling', 'opgelost', 'geparkeerd'] as const;
export type KnelpuntStatus = (typeof KNELPUNT_STATUSES)[number];

export const KNELPUNT_STATUS_LABELS: Readonly<Record<KnelpuntStatus, string>> = {
  open: 'Open',
  in_behandeling: 'In behandeling',
  opgelost: 'Opgelost',
  geparkeerd: 'Geparkeerd',
};

/** A knelpunt as the check-in shows it: what it is, its category, the solution so far and its status. */
export interface Knelpunt {
  readonly id: string;
  readonly description: string;
  readonly category: KnelpuntCategory;
  readonly oplossing: string | null;
  readonly status: KnelpuntStatus;
}

/**
 * What a member answers about an open knelpunt from an earlier round. "Speelt nog steeds" is
 * its own answer, not a status: it confirms the knelpunt is still real, which the stuurgroep
 * wants to know apart from "nobody said anything".
 */
export const KNELPUNT_UPDATES = ['nog_steeds', 'in_behandeling', 'opgelost', 'geparkeerd'] as const;
export type KnelpuntUpdate = (typeof KNELPUNT_UPDATES)[number];

export const KNELPUNT_UPDATE_LABELS: Readonly<Record<KnelpuntUpdate, string>> = {
  nog_steeds: 'Speelt nog steeds',
  in_behandeling: 'In behandeling',
  opgelost: 'Opgelost',
  geparkeerd: 'Geparkeerd',
};

export function isKnelpuntUpdate(value: string): value is KnelpuntUpdate {
  return (KNELPUNT_UPDATES as readonly string[]).includes(value);
}

/** The status a knelpunt gets after a member's update. */
export function statusAfterUpdate(update: KnelpuntUpdate): KnelpuntStatus {
  return update === 'nog_steeds' ? 'open' : update;
}
