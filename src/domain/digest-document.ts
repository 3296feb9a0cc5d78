import type { ChecklistItemAnswer } from './checklist.ts';
import type { KnelpuntCategory, KnelpuntStatus } from './knelpunten.ts';
import type { MemberDomain } from './members.ts';

/**
 * The stuurgroep digest as one platform-neutral document. Every rendering (JSON, Markdown, HTML,
 * chart, PDF) is made from this and nothing else, so they cannot disagree.
 */

export type LevelCell =
  | { readonly median: number; readonly n: number }
  | { readonly hidden: true; readonly n: null };

export interface LevelSummary {
  readonly overall: LevelCell | null;
  readonly byDomain: Readonly<Partial<Record<MemberDomain, LevelCell>>>;
}

export interface TrendPoint extends LevelSummary {
  /** '2026-T1' */
  readonly period: string;
}

export interface KnelpuntItem {
  readonly category: KnelpuntCategory;
  readonly description: string;
  readonly status: KnelpuntStatus;
  readonly oplossing: string | null;
}

export interface TopCategory {
  readonly category: KnelpuntCategory;
  readonly label: string;
  readonly named: number;
  /** The knelpunten named most in this category, with what is being done about them. */
  readonly items: readonly KnelpuntItem[];
}

export interface ChecklistChange {
  readonly item: number;
  readonly from: ChecklistItemAnswer | null;
  readonly to: ChecklistItemAnswer | null;
}

export interface ProgressFigure {
  readonly value: number | null;
  /** The target for this period: a year's target pro rata (a tertiaal is a third of a year). */
  readonly target: number | null;
  readonly yearTarget: number | null;
  /** Beside a share: the count it is a share of (duurzame uitstroom), when recorded. */
  readonly count?: number | null;
}

export interface DigestDocument {
  readonly region: { readonly id: string; readonly name: string };
  readonly period: { readonly label: string; readonly from: string; readonly to: string };
  readonly generatedAt: string;
  readonly levels: LevelSummary & {
    readonly startLevel: number | null;
    readonly targetLevel: number | null;
    /** This tertiaal and the two before it, oldest first. */
    readonly trend: readonly TrendPoint[];
  };
  readonly knelpunten: {
    readonly byCategory: Readonly<Partial<Record<KnelpuntCategory, number>>>;
    readonly top: readonly TopCategory[];
    readonly solved: readonly KnelpuntItem[];
  };
  readonly checklist: {
    readonly now: Readonly<Record<string, ChecklistItemAnswer>>;
    readonly previous: Readonly<Record<string, ChecklistItemAnswer>>;
    readonly previousPeriod: string;
    readonly changes: readonly ChecklistChange[];
  };
  readonly progress: {
    readonly trajecten: ProgressFigure;
    /** A share, so its target is the same in every period. */
    readonly duurzameUitstroomPct: ProgressFigure;
    readonly leerbijeenkomsten: ProgressFigure;
    readonly casusbesprekingen: ProgressFigure;
  };
  readonly successes: readonly string[];
  /** Members who answered in the period (null below the small-group minimum) of the werkgroep members. */
  readonly response: { readonly answered: number | null; readonly members: number };
}

/**
 * What the projectleider made of a document in review: their summary text above the figures, the
 * sections left out, and which version it is. A plain draft from the command line has none.
 * A stored digest version has these fields, so it can be passed as is.
 */
export interface DigestEdition {
  readonly summary: string;
  readonly omitted: readonly DigestSection[];
  readonly version: number;
  /** The published version this one corrects, if any. */
  readonly corrects: number | null;
  /** A draft's preview: the files say it is not published yet. */
  readonly draft?: boolean;
}

/** The line on top of a draft's preview files. */
export const DRAFT_MARK = 'CONCEPT — nog niet gepubliceerd; alleen de projectleider ziet dit.';

/** The sections a projectleider may leave out of a version. */
export const DIGEST_SECTIONS = ['successen', 'knelpunten', 'checklist', 'voortgang'] as const;
export type DigestSection = (typeof DIGEST_SECTIONS)[number];

/**
 * One version of a region's stuurgroep digest for a period: at most one open draft (the newest
 * version), the published ones, frozen as they were reviewed, and the withdrawn ones: drafts that
 * held the answers of an erased member, emptied, kept only so their number is never used again.
 */
export interface DigestVersion {
  readonly regionId: string;
  readonly period: string;
  readonly version: number;
  readonly status: 'draft' | 'published' | 'withdrawn';
  readonly document: DigestDocument;
  /** The published version this one corrects, if any. */
  readonly corrects: number | null;
  readonly summary: string;
  /** The summary is the projectleider's own text (edited by her, or kept from her previous version). */
  readonly ownSummary: boolean;
  /** Her own text carried over from the version this one corrects, not yet edited in this one. */
  readonly summaryCarried: boolean;
  readonly omitted: readonly DigestSection[];
  readonly fileToken: string | null;
  readonly createdAt: Date;
  readonly publishedAt: Date | null;
}
