/**
 * Dutch answers about linking a channel to a werkgroep: koppel and ontkoppel.
 * Part of the Dutch answers (nl-answers.ts); English in en-channel-links.ts.
 */
export const nlChannelLinks = {
  personal: (p: string) =>
    `Dit is je privégesprek met Schakel. Koppel het kanaal van de werkgroep door daar ${p}koppel <naam> te typen.`,
  notAdded:
    'Schakel is nog niet aan dit kanaal toegevoegd, dus ik kan hier geen herinneringen sturen. Voeg Schakel toe aan het team of de chat (Apps → Schakel → Toevoegen) en probeer het daarna opnieuw.',
  /** `names`: the region's werkgroepen, ", " between them ("" when it has none). */
  /** `koppel` with part of one werkgroep's name: that werkgroep, not linked yet. */
  didYouMean: (name: string, p: string) => `Bedoel je ${name}? Typ dan ${p}koppel ${name}.`,
  /** `koppel` with a name several werkgroepen have apart from emoji, capitals and spaces: which one. */
  whichOne: (names: string, first: string, p: string) =>
    `Bedoel je ${names}? Typ de naam precies zoals hij hier staat, met emoji en tekens, zoals ${p}koppel ${first}.`,
  noSuch: (names: string, region: string, p: string) =>
    names === ''
      ? `${region} heeft nog geen werkgroepen. Maak er een aan met ${p}nieuwe-werkgroep.`
      : `${region} heeft geen werkgroep met die naam. De werkgroepen zijn: ${names}. Typ de naam zoals hij daar staat, of maak een nieuwe aan met ${p}nieuwe-werkgroep.`,
  /** A bare `koppel`: which werkgroep, naming the region's (`names` "" when it has none). */
  whichWerkgroep: (names: string, region: string, p: string, first: string) =>
    names === ''
      ? `${region} heeft nog geen werkgroepen. Maak er een aan met ${p}nieuwe-werkgroep.`
      : `Welke werkgroep koppel je aan dit kanaal? De werkgroepen van ${region} zijn: ${names}. Typ ${p}koppel met de naam erachter, bijvoorbeeld ${p}koppel ${first}.`,
  already: (name: string) => `Dit kanaal is al gekoppeld aan ${name}.`,
  linkedElsewhere: (other: string, name: string) =>
    `Dit kanaal is al gekoppeld aan ${other}. Typ eerst ontkoppel als het voortaan bij ${name} hoort.`,
  linked: (name: string) =>
    `Dit kanaal is gekoppeld aan ${name}. De herinneringen en de check-in komen voortaan hier.`,
  notLinked: 'Dit kanaal is aan geen werkgroep gekoppeld.',
  notLinkedTo: (names: string, p: string) =>
    `Dit kanaal is gekoppeld aan ${names}, niet aan de werkgroep die je noemt. Ik heb niets losgekoppeld; typ ${p}ontkoppel om dit kanaal los te koppelen van ${names}.`,
  afterwards: (p: string) =>
    `Koppel daarna het kanaal van de werkgroep: typ daar ${p}koppel <naam van de werkgroep>.`,
  belongsTo: (name: string, p: string) =>
    `Dit kanaal hoort al bij ${name}; koppel de nieuwe werkgroep daarna in zijn eigen kanaal met ${p}koppel <naam>.`,
  and: ' en ',
  or: ' of ',
  unlinked: (names: string, p: string, first: string) =>
    `Dit kanaal is losgekoppeld van ${names}. Herinneringen komen hier niet meer; koppel een ander kanaal met ${p}koppel ${first}.`,
};
