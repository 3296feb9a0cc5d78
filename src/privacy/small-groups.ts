/**
 * The small-group rule: a breakdown never shows a group with fewer than three answers,
 * and never lets one be worked out by difference (a total beside all groups but the hidden ones).
 */
export const MIN_GROUP = 3;
export const HIDDEN_TEXT = 'te weinig antwoorden om te tonen';
/** How the rule reads in a footnote: "minder dan 3 antwoorden". */
export const TOO_FEW_TEXT = `minder dan ${MIN_GROUP}`;

/** Whether a group of `n` answers is large enough to be shown on its own. */
export function largeEnough(n: number): boolean {
  return n >= MIN_GROUP;
}

/** What `summarise` makes of the answers, or null when there are too few to show. */
export function ifLargeEnough<A, T>(
  answers: readonly A[],
  summarise: (answers: readonly A[]) => T,
): T | null {
  return largeEnough(answers.length) ? summarise(answers) : null;
}

export type Shown<T> = { readonly hidden: false; readonly n: number; readonly value: T };
export type Hidden = { readonly hidden: true; readonly n: null };
export type Cell<T> = Shown<T> | Hidden;

export interface Breakdown<T> {
  readonly groups: Readonly<Record<string, Cell<T>>>;
  /** The total over all groups, or hidden when it would reveal a hidden group by subtraction. */
  readonly total: Cell<number>;
}

/**
 * `groups` maps a group name to its answers; `summarise` turns the answers of a shown group
 * into what is displayed. Groups with zero answers are left out (nothing to hide).
 */
export function breakdown<A, T>(
  groups: Readonly<Record<string, readonly A[]>>,
  summarise: (answers: readonly A[]) => T,
  min = MIN_GROUP,
): Breakdown<T> {
  const entries = Object.entries(groups).filter(([, answers]) => answers.length > 0);
  const small = new Set(entries.filter(([, a]) => a.length < min).map(([name]) => name));
  // The hidden groups together are the total minus what is shown: while they hold fewer than
  // `min` answers (one small group, or two of one answer each), hide the next smallest too.
  const hiddenCount = () => entries.reduce((sum, [name, a]) => sum + (small.has(name) ? a.length : 0), 0);
  while (small.size > 0 && hiddenCount() < min) {
    const next = entries
      .filter(([name]) => !small.has(name))
      .sort((a, b) => a[1].length - b[1].length || a[0].localeCompare(b[0]))[0];
    if (!next) break;
    small.add(next[0]);
  }
  const total = entries.reduce((sum, [, a]) => sum + a.length, 0);
  const out: Record<string, Cell<T>> = {};
  for (const [name, answers] of entries) {
    out[name] = small.has(name)
      ? { hidden: true, n: null }
      : { hidden: false, n: answers.length, value: summarise(answers) };
  }
  return {
    groups: out,
    total: total < min ? { hidden: true, n: null } : { hidden: false, n: total, value: total },
  };
}
