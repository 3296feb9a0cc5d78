/**
 * Held-out 31: a person labelled by a habit of drink or play, "die zware drinker van de haven",
 * "is een stevige drinker" ("drinker" alone stays clean: "koffiedrinker", "een echte theedrinker").
 */
export const HABIT_PHRASES: readonly string[] = [
  'zware drinker',
  'stevige drinker',
  'flinke drinker',
  'zware drinkster',
  'stevige drinkster',
  'notoire drinker',
  'zware gokker',
  'fanatieke gokker',
];
