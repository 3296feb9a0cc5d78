import { whoLeads } from '../../domain/refusals.ts';

/** After "Only the projectleider of this region can do this.": who that is (own region only), or who sets one. */
export const whoLeadsEn = (names: readonly string[] | undefined): string =>
  whoLeads(
    names,
    ' This region has no projectleider yet; an administrator sets one with schakel members import (role projectleider).',
    (name) => ` That is ${name}.`,
    (first, last) => ` Those are ${first} and ${last}.`,
  );
