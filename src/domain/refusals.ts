/**
 * Why Schakel refused something, as a stable code, and the one Dutch wording of each code.
 * Policy refusals come from `authorize` (authorization.ts); the others from the check-in's rules.
 */
/**
 * Someone Schakel does not know: new, or erased (vergeet-mij keeps nothing of an account, so the
 * two cannot be told apart); said kindly, with what to do in either case.
 */
const STRANGER =
  'Ik ken je nog niet, of niet meer: ben je nieuw, of heb je je gegevens laten wissen met vergeet-mij?';

export const REFUSALS = {
  'unknown-member': () => `${STRANGER} Vraag je projectleider om je (opnieuw) te koppelen.`,
  'unknown-member-werkgroep': () =>
    `${STRANGER} Vraag je projectleider om je (opnieuw) aan je werkgroep te koppelen; daarna kun je meteen verder.`,
  'not-in-werkgroep': () =>
    'Je bent geen lid van deze werkgroep. Vraag de projectleider om je toe te voegen.',
  'checkin-not-in-werkgroep': (p: { werkgroep: string }) =>
    `Je bent geen lid van ${p.werkgroep}, dus je kunt deze check-in niet invullen. Hoor je erbij? Vraag de projectleider je toe te voegen.`,
  'projectleider-only': (p?: { projectleiders?: readonly string[] }) =>
    `Alleen de projectleider van deze regio mag dit doen.${whoLeadsNl(p?.projectleiders)}`,
  'actiepunt-owner-only': () =>
    'Alleen de eigenaar of de projectleider kan dit actiepunt afronden of de deadline ervan wijzigen.',
  'actiepunt-ownerless': () =>
    'Dit actiepunt heeft geen eigenaar (meer). Iedereen in de werkgroep kan het afronden of de deadline wijzigen; vraag iemand uit de werkgroep of word lid.',
  'actiepunt-remove-not-yours': () =>
    'Alleen wie het actiepunt heeft aangemaakt, de eigenaar of de projectleider kan het schrappen.',
  'audit-only': () => 'Alleen de projectleider of een beheerder van deze regio kan het logboek inzien.',
  'setup-only': () =>
    'Alleen de projectleider of een beheerder van de regio kan werkgroepen aanmaken en kanalen koppelen.',
  'channel-other-region': () =>
    'Alleen de projectleider van de regio waar dit kanaal bij hoort kan het anders koppelen.',
  'digest-readers-only': () =>
    'Alleen de stuurgroep en de projectleider van deze regio kunnen de samenvatting lezen.',
  'stuurgroep-planners-only': () =>
    'Alleen de projectleider of de beheerder van deze regio kan de stuurgroepdata beheren.',
  'national-only': () =>
    'Alleen het programmabureau (rol landelijk) en een beheerder kunnen het landelijk overzicht zien.',
  'round-closed': (p: { date: string }) =>
    `De check-in van ${p.date} is gesloten: wat je nu stuurt, wordt niet meer opgeslagen. Heb je een knelpunt of update? Noem die bij de volgende check-in, na de volgende bijeenkomst.`,
  /**
   * The own checklist ("Checklist wijzigen" on an old card, or `checklist` typed, also by someone
   * who never filled it in): part of a check-in that has closed.
   */
  'checklist-closed': (p: { date: string }) =>
    `De checklist hoort bij de check-in van ${p.date}, en die is gesloten: wat je nu stuurt, wordt niet meer opgeslagen. Bij de volgende check-in kun je de checklist invullen.`,
  'figures-published': (p: { period: string; current: string }) =>
    `De voortgang en de checklist over ${p.period} staan in de samenvatting die naar de stuurgroep is gegaan, dus die kun je niet meer aanpassen. De cijfers over ${p.current} kun je invullen zodra de eerste check-in daarvan is geopend.`,
  'figures-past': (p: { period: string; current: string }) =>
    `De laatste check-in van deze werkgroep was in ${p.period}. Cijfers over een tertiaal kun je aanpassen tot het einde van het tertiaal erna, dus deze niet meer. De cijfers over ${p.current} kun je invullen zodra de eerste check-in daarvan is geopend.`,
  'someone-elses-form': () =>
    'Dit formulier is voor iemand anders. Je kunt alleen je eigen check-in invullen.',
  'knelpunt-not-asked': () => 'Dit knelpunt hoort niet bij deze check-in. Er is niets opgeslagen.',
} as const;

/** The region's projectleiders by name (of the refused member's own region only), or who sets one. */
function whoLeadsNl(names: readonly string[] | undefined): string {
  return whoLeads(
    names,
    ' Deze regio heeft op dit moment geen projectleider. Vraag de beheerder van Schakel in jullie werkgroep of organisatie om een nieuwe projectleider aan te wijzen.',
    (name) => ` Dat is ${name}.`,
    (first, last) => ` Dat zijn ${first} en ${last}.`,
  );
}

/** After "only the projectleider": nothing when the names are not known, else none, one or several. */
export function whoLeads(
  names: readonly string[] | undefined,
  none: string,
  one: (name: string) => string,
  several: (first: string, last: string) => string,
): string {
  if (names === undefined) return '';
  if (names.length === 0) return none;
  return names.length === 1 ? one(names[0]!) : several(names.slice(0, -1).join(', '), names.at(-1)!);
}

export type RefusalCode = keyof typeof REFUSALS;
/** The parameters a code's wording needs (none for most). */
export type RefusalParams<C extends RefusalCode> = Parameters<(typeof REFUSALS)[C]>[0];

export function refusalText<C extends RefusalCode>(code: C, params: RefusalParams<C>): string {
  return (REFUSALS[code] as (p: RefusalParams<C>) => string)(params);
}
