// Word groups that say a text is about a client or someone close to them, shared by the lists that
// tell a client's number, address or mail from a professional's (phone-context, signature,
// organisation-address, email-context). Each is one string, to be joined into a wordSet.

/** "klant", "cliënt", "deelnemer": the people a professional writes about. */
export const CLIENT_ROLES = 'klant client cliente deelnemer kandidaat werkzoekende';
/** "cliënten", "klanten", "deelnemers": the people a professional writes about, more than one. */
export const CLIENT_PLURALS = 'clienten klanten deelnemers';
/** "jongere", "meisje": a young client. */
export const YOUNG_PEOPLE = 'jongen jongere meisje';
/** "meneer", "mw", "dhr": how a client is addressed. */
export const FORMS_OF_ADDRESS = 'meneer mevrouw mevr mw dhr';
/** "moeder", "oom", "partner": someone close to a client. */
export const RELATIVES = 'moeder vader broer zus oom tante partner';
/** "aanvrager", "uitkeringsgerechtigde", "bewindvoering": a client of the benefits world, one person. */
export const BENEFIT_CLIENTS =
  'aanvrager uitkeringsgerechtigde bijstandsgerechtigde bewindvoering onderbewindgestelde';
