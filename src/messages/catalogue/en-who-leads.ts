import { whoLeads } from '../../domain/refusals.ts';

/** After "Only the projectleider of this region can do this.": who that is (own region only), or who sets one. */
export const whoLeadsEn = (names: readonly string[] | undefined): string =>
  whoLeads(
    names,
    ' This region has no projectleider at the moment. Ask the person who runs Schakel for your werkgroep or organisation to appoint a new projectleider.',
    (name) => ` That is ${name}.`,
    (first, last) => ` Those are ${first} and ${last}.`,
  );
