/**
 * The summary Schakel writes itself from the figures (src/ai/deterministic.ts): on top of a draft
 * and of the plain PDF. Dutch unless `schakel digest --en` (en-fixed-summary.ts).
 */
export const nlFixedSummary = {
  noCheckins: (period: string) => `In ${period} is er geen check-in ingevuld.`,
  tooFew: (period: string) => `In ${period} vulden te weinig leden de check-in in om een niveau te tonen.`,
  target: (level: string) => `, het doel is ${level}`,
  started: (level: string, target: string) => ` (gestart op ${level}${target})`,
  level: (period: string, level: string, started: string) =>
    `In ${period} staat de samenwerking op niveau ${level}${started}.`,
  solved: (n: number) => `${n === 1 ? 'Eén knelpunt is' : `${n} knelpunten zijn`} opgelost.`,
  /** The checklist the werkgroep agreed on (`checklist-werkgroep`), not members' own answers. */
  checklist: (yes: number) =>
    `Van de checklist die de werkgroep afsprak staan ${yes} van de 20 punten op ja.`,
  trajecten: (value: number, target: string) =>
    `Er liepen ${value} trajecten tegen een doel van ${target} voor deze periode.`,
  noKnelpunten: 'Er zijn geen knelpunten genoemd.',
  mostNamed: (label: string, times: number) => `Het meest genoemde knelpunt is ${label} (${times} keer).`,
  /** A list of quoted labels: "‘a’, ‘b’ en ‘c’". */
  and: 'en',
  allTied: (list: string, times: number) =>
    `De knelpunten ${list} zijn elk ${times} keer genoemd; geen springt eruit.`,
  someTied: (list: string, times: number) =>
    `Het meest genoemd zijn, elk ${times} keer, de knelpunten ${list}.`,
};
