import type { ChecklistItemAnswer } from '../domain/checklist.ts';
import type { LevelSummary } from '../domain/digest-document.ts';
import type { KnelpuntCategory, KnelpuntStatus } from '../domain/knelpunten.ts';

/**
 * The draft of the national evaluation form as data: what Schakel gathered in a period, sorted
 * into the form's sections. The text of the form (outline.ts) and each format are made from this.
 * Nothing here says who said what: member ids and names are never part of it.
 */

export interface EvaluationKnelpunt {
  readonly description: string;
  readonly named: number;
  readonly status: KnelpuntStatus;
}

export interface EvaluationCategory {
  readonly category: KnelpuntCategory;
  readonly label: string;
  readonly named: number;
  readonly items: readonly EvaluationKnelpunt[];
}

export interface EvaluationAction {
  readonly category: KnelpuntCategory;
  readonly description: string;
  readonly oplossing: string | null;
  /** Status changes in the period, oldest first. */
  readonly changes: readonly { readonly date: string; readonly status: Exclude<KnelpuntStatus, 'open'> }[];
  /** As it stood at the end of the period. */
  readonly status: KnelpuntStatus;
}

export interface EvaluationFigure {
  readonly label: string;
  readonly value: number | null;
  /** The year target pro rata for the tertialen the values come from (a share stays as it is). */
  readonly target: number | null;
  readonly yearTarget: number | null;
  readonly unit: 'aantal' | 'procent';
}

export interface EvaluationChecklistItem {
  readonly item: number;
  readonly text: string;
  readonly answer: ChecklistItemAnswer | null;
  /** The agreed status before the period, when it differs from `answer`. */
  readonly changedFrom: ChecklistItemAnswer | null | undefined;
}

export interface EvaluationDocument {
  readonly region: { readonly id: string; readonly name: string };
  readonly period: { readonly from: string; readonly to: string };
  readonly generatedAt: string;
  readonly algemeen: {
    readonly successes: readonly string[];
    readonly knelpunten: readonly EvaluationCategory[];
    readonly actions: readonly EvaluationAction[];
    /** Texts the privacy guard flagged: left out of the draft, only counted. */
    readonly withheld: number;
  };
  readonly resultaten: {
    /** The tertialen the voortgang numbers are taken from, e.g. ['2026-T1', '2026-T2']. */
    readonly tertialen: readonly string[];
    readonly figures: readonly EvaluationFigure[];
  };
  readonly samenwerking: {
    readonly levels: LevelSummary;
    readonly startLevel: number | null;
    readonly targetLevel: number | null;
    /** The tertiaal whose agreed checklist counts: the one the period ends in. */
    readonly checklistTertiaal: string;
    readonly checklist: readonly EvaluationChecklistItem[];
  };
  readonly response: { readonly answered: number | null; readonly members: number };
}
