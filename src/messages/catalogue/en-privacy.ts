import { count } from './counting.ts';
import type { Words } from './nl.ts';

/** Where the name is, in brackets after it: the name together with the health detail is refused. */
function nameWithHealth(places?: string): string {
  const where = places ? ` (${places})` : '';
  return `a name${where} together with something about someone's health or care`;
}

/** What the client-data guard says, in English (typed by the Dutch words). */
export const enPrivacy: Words['privacy'] = {
  // The werkgroep writes in Dutch, also a member who reads Schakel in English: the advice gives
  // the Dutch words to write first, the English ones for a text written in English.
  kinds: {
    bsn: {
      label: 'a citizen service number (BSN)',
      advice: "Leave the number out, or write 'een cliënt' ('a client' in an English text).",
    },
    email: {
      label: 'an email address',
      advice: 'Leave the address out; name the organisation or the role at most.',
    },
    phone: {
      label: 'a phone number',
      advice: 'Leave the number out; name the organisation or the role at most.',
    },
    iban: {
      label: 'a bank account number (IBAN)',
      advice: "Leave the account number out; 'de rekening van de cliënt' ('the client's account') is enough.",
    },
    postcode: {
      label: 'a postcode',
      advice: 'Leave the postcode out; name the municipality at most.',
    },
    address: {
      label: 'an address (street and house number)',
      advice: 'Leave the street and number out; name the municipality or the neighbourhood at most.',
    },
    birthdate: {
      label: 'a date of birth',
      advice:
        "Leave the date out; an age group such as 'een jongere' or 'een vijftiger' ('a young person', 'someone in their fifties') is enough.",
    },
    name_health: {
      label: nameWithHealth(),
      placed: nameWithHealth,
      advice:
        "Leave the name out (write 'een cliënt' or 'een collega', 'a client' or 'a colleague' in an English text), or leave out what concerns health or care.",
    },
  },
  closing: 'Schakel stores no client data.',
  unchecked:
    'Schakel could not check this text for client data and therefore does not store it. ' +
    'Try again without names, numbers, addresses or dates of birth of clients.',
  directionSign:
    'This text holds an invisible sign that changes the reading direction (a direction mark, often ' +
    'copied along), so others would see it otherwise than it is. Remove that sign: type the text again.',
  looksLike: (parts) => `This looks like ${parts}.`,
  place: (line, first, last) => {
    const which =
      first === last
        ? `word ${first}`
        : last === first + 1
          ? `words ${first} and ${last}`
          : `words ${first} to ${last}`;
    return line === null ? `in ${which}` : `in line ${line}, ${which}`;
  },
  placeAcross: (line, first, endLine, last) =>
    `from line ${line}, word ${first}, to line ${endLine}, word ${last}`,
  somewhere: 'in your text',
  morePlaces: (n) => `and ${count(n, 'more place', 'more places')}`,
  and: 'and',
};
