import { count } from './counting.ts';

/**
 * Where the name is, in brackets after it: the name alone is not what is refused, it is the name
 * together with the health detail (which may stand anywhere in the sentence).
 */
function nameWithHealth(places?: string): string {
  const where = places ? ` (${places})` : '';
  return `een naam${where} samen met iets over iemands gezondheid of zorg`;
}

/** What the client-data guard says, in Dutch: each kind's label and advice, and the refusal's sentences. */
export const nlPrivacy = {
  kinds: {
    bsn: {
      label: 'een burgerservicenummer (BSN)',
      advice: "Laat het nummer weg of schrijf 'een cliënt'.",
    },
    email: {
      label: 'een e-mailadres',
      advice: 'Laat het adres weg; noem hooguit de organisatie of de rol.',
    },
    phone: {
      label: 'een telefoonnummer',
      advice: 'Laat het nummer weg; noem hooguit de organisatie of de rol.',
    },
    iban: {
      label: 'een rekeningnummer (IBAN)',
      advice: "Laat het rekeningnummer weg; 'de rekening van de cliënt' is genoeg.",
    },
    postcode: {
      label: 'een postcode',
      advice: 'Laat de postcode weg; noem hooguit de gemeente.',
    },
    address: {
      label: 'een adres (straat en huisnummer)',
      advice: 'Laat straat en huisnummer weg; noem hooguit de gemeente of de wijk.',
    },
    birthdate: {
      label: 'een geboortedatum',
      advice: "Laat de datum weg; een leeftijdsgroep zoals 'een jongere' of 'een vijftiger' is genoeg.",
    },
    name_health: {
      label: nameWithHealth(),
      placed: nameWithHealth,
      // Also a colleague's health is nobody else's business: the advice fits both.
      advice:
        "Laat de naam weg (schrijf 'een cliënt' of 'een collega'), of laat weg wat over gezondheid of zorg gaat.",
    },
  },
  closing: 'Schakel bewaart geen gegevens van cliënten.',
  unchecked:
    'Schakel kon deze tekst niet controleren op gegevens van cliënten en bewaart hem daarom niet. ' +
    'Probeer het opnieuw zonder namen, nummers, adressen of geboortedata van cliënten.',
  /** A text with a sign that changes its reading direction (U+202E, U+2066 …): refused as names refuse it. */
  directionSign:
    'Deze tekst bevat een onzichtbaar teken dat de leesrichting verandert (een richtingsteken, vaak ' +
    'meegekopieerd), waardoor anderen hem anders zien dan hij is. Haal dat teken weg: typ de tekst opnieuw.',
  looksLike: (parts: string) => `Dit lijkt ${parts}.`,
  /**
   * Where in the text, never the text itself: by line (null for a text of one line) and by
   * word, counted from 1 as a person counts them.
   */
  place: (line: number | null, first: number, last: number) => {
    const which =
      first === last
        ? `het ${first}e woord`
        : last === first + 1
          ? `het ${first}e en ${last}e woord`
          : `het ${first}e t/m ${last}e woord`;
    return line === null ? `in ${which}` : `in regel ${line}, ${which}`;
  },
  placeAcross: (line: number, first: number, endLine: number, last: number) =>
    `van regel ${line}, het ${first}e woord, t/m regel ${endLine}, het ${last}e woord`,
  somewhere: 'in je tekst',
  morePlaces: (n: number) => `en nog ${count(n, 'plek', 'plekken')}`,
  and: 'en',
};
