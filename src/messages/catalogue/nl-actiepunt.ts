/** After a date that passed ("3 december" typed on 6 December): how to type next year's. */
export const nextYear = (date: string) => `bedoel je volgend jaar, typ dan ${date}`;

/**
 * Dutch answers to `actiepunt <tekst> [tot <datum>]`: the card of a noted actiepunt and its
 * refusals. Part of the Dutch answers (nl-answers.ts); English in en-actiepunt.ts.
 */
export const nlActiepunt = {
  noted: 'Actiepunt genoteerd, met jou als eigenaar.',
  /** Given to another member with `actiepunt @Naam …`. */
  notedFor: (name: string) => `Actiepunt genoteerd, met ${name} als eigenaar.`,
  /** `actiepunt @Naam …` with a name no member of the werkgroep has: whom it can be given to. */
  unknownOwner: (typed: string, names: string, example: string) =>
    `Ik ken geen ${typed} in deze werkgroep, dus ik heb niets genoteerd. Typ na de @ de volledige naam van een lid en dan de tekst, zoals actiepunt @${example} lijst delen. De leden: ${names}.`,
  /** `actiepunt @Naam` of a member, with nothing after the name: what to add. */
  nothingAfterName: (name: string, p: string) =>
    `Zet na de naam wat ${name} moet doen, zoals ${p}actiepunt @${name} lijst delen. Ik heb niets genoteerd.`,
  number: 'Nummer',
  description: 'Actiepunt',
  owner: 'Eigenaar',
  due: 'Uiterlijk',
  noDue: 'geen datum afgesproken',
  /** Owners are not read from the text ("Ruben stuurt …"): the card says who owns it and how. */
  ownerIsTypist:
    'Eigenaar is wie het actiepunt typt. Is het voor iemand anders? Laat diegene het dan zelf noteren, of laat de projectleider het geven met actiepunt @Naam en de tekst.',
  /** The same, to whom may give an actiepunt to another member (the projectleider). */
  ownerIsTypistGiver: (p: string) =>
    `Eigenaar is wie het actiepunt typt. Is het voor iemand anders? Zet de naam dan vooraan: ${p}actiepunt @Naam en de tekst.`,
  /** A werkgroep member named with @ inside the text ("… naar @Ruben"): no owner by that; how they would be. */
  mentionInText: (name: string, n: number, p: string, mayGive: boolean) =>
    `Een @naam in de tekst maakt ${name} geen eigenaar: dit actiepunt staat op jouw naam. Is het voor ${name}? ${
      mayGive
        ? `Zet de naam dan vooraan, ${p}actiepunt @${name} en de tekst,`
        : `Laat ${name} het dan zelf noteren of de projectleider het geven,`
    } en rond dit af met ${p}klaar ${n}.`,
  /** `owner`: the member it was given to (actiepunt @Naam …), when not the one typing; null for their own. */
  note: (n: number, p: string, owner: string | null) =>
    `Het staat in elke herinnering tot ${owner ? `${owner} het afrondt` : 'je het afrondt'}. Klaar? Typ ${p}klaar ${n} of kies de knop.`,
  /** A text ending in a date, noted without a deadline ("… over twee weken"): how to give one. */
  deadlineHint: (n: number, date: string, p: string) =>
    `Bedoelde je een deadline? Typ dan ${p}deadline ${n} ${date}.`,
  duplicate: (n: number, due: string, p: string) =>
    `Dit actiepunt staat al open als #${n}, met jou als eigenaar${due}. Ik heb het niet nog een keer genoteerd. Typ ${p}actiepunten voor de lijst, of ${p}klaar ${n} als het af is.`,
  /** The same, given to `name` (actiepunt @Naam …) and open with them as its owner. */
  duplicateFor: (name: string, n: number, due: string, p: string) =>
    `Dit actiepunt staat al open als #${n}, met ${name} als eigenaar${due}. Ik heb het niet nog een keer genoteerd. Typ ${p}actiepunten voor de lijst, of ${p}klaar ${n} als het af is.`,
  /** A deadline already past ("3 december" on 6 December); `nextYear` as it is typed, when that one is still to come. */
  pastDue: (date: string, next: string | null) =>
    `De datum ${date} ligt in het verleden. Kies een datum vanaf vandaag${next ? `; ${nextYear(next)}` : ''}.`,
  /**
   * Words after "tot"/"voor" meant as a date that cannot be read ("3 decembr"): named by the
   * deadline word only, as they may hold a client's details.
   */
  unreadDate: (after: string, meant?: string) =>
    meant
      ? `De datum na ‘${after}’ kan ik niet lezen. Bedoel je ${meant}? Typ het actiepunt dan nog eens met ${meant}; het is nog niet genoteerd.`
      : `De datum na ‘${after}’ kan ik niet lezen. Schrijf hem als 15 januari, 15-01-2027, 15 januari 2027 of vrijdag 15 januari; het actiepunt is nog niet genoteerd.`,
};
