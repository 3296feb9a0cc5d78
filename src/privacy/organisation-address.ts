import { closingLabelEnd } from './address-closing-label.ts';
import { livesThereLater } from './address-labels.ts';
import { livesInBefore } from './address-lives-in.ts';
import { addressOfAfter } from './address-of-after.ts';
import { isLandmark } from './address-opposite.ts';
import { isRingAtOfficeAfter } from './address-ring-at.ts';
import { workplaceWordOnLine } from './address-workplace.ts';
import {
  isOwnAddressBefore,
  isSeated,
  isSeatedFurtherBefore,
  isSignatureAddressBefore,
  isSignatureSender,
  listItemStart,
} from './organisation-address-reach.ts';
import { isHeadedByAppointment } from './organisation-appointment.ts';
import { isClientsAddressLabel, isOrganisationContactLabel } from './organisation-contact-label.ts';
import {
  isHeadedByOffice,
  isHomeChannel,
  isMunicipalityBefore,
  isOwnOrWorkAddressNoun,
  windowStart,
} from './organisation-context.ts';
import { employerNamedBefore } from './organisation-employer.ts';
import { employerNameBefore } from './organisation-employer-label.ts';
import { isOrganisationForm } from './organisation-form.ts';
import { isWritersMove } from './organisation-own-office.ts';
import { isReferralHeading } from './organisation-referral.ts';
import { isResident } from './organisation-resident.ts';
import { isOrganisationRow } from './organisation-row.ts';
import { isSeatOfOrganisation } from './organisation-seat.ts';
import { MOVE_WORDS, serviceNamedBefore } from './organisation-service.ts';
import { isShelterVenue } from './organisation-shelter.ts';
import { isOwnMove, isTeamSeated } from './organisation-team-seated.ts';
import { isOfficeNamedBefore, saysHome } from './organisation-visit.ts';
import { isCareHome, isVenueToken, isWorkplaceAt } from './organisation-words.ts';
import { isOfficeAddressee } from './postcode-cues.ts';
import { streetBeforePostcode } from './postcode-street-before.ts';
import { isInSignature } from './signature.ts';
import { isCapitalised, isGlued, type Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

// An organisation's own address ("Kantoor UWV, Stationsplein 2", "Bezoekadres van het
// Werkgeversservicepunt is Marktplein 3"): an office word or an organisation's name a few tokens
// before it (or an office word after it: "Stationsplein 2 is het kantoor van UWV"), and nobody who
// lives there: no resident word ("woont", "klant", "hij", "post" ...), first name, title or initial
// nearby. Organisation names after the number are not known yet in the single pass, so only office
// words count there. Only words that name a building, a site or a team of an organisation:
// "gemeente" and "UWV" are as often where a client lives or is registered ("woont in de gemeente
// Zutphen, 7201 AB"), and a client's address let through is worse than an office address refused.
const POST_BOXES = wordSet('postbus antwoordnummer');
// "(ingang B)", "zaal C": a letter that names a part of a building, not an initial.
const BUILDING_PARTS = wordSet('ingang zaal gebouw blok vleugel toren hal deur poort trap verdieping lokaal');
const OFFICE_WINDOW = 6;
const DESTINATIONS = wordSet('naar richting');

/**
 * Whether the address (or postcode) from token `start` to `k` is an organisation's own. `window`:
 * how many tokens to look on either side.
 */
export function isOrganisationAddress(
  tokens: readonly Token[],
  start: number,
  k: number,
  isOrganisation: (k: number) => boolean,
  window = OFFICE_WINDOW,
): boolean {
  // "Met vriendelijke groet, Kevin Meijer | Werkgeversadviseur | Terborgseweg 24": the sender's office.
  if (isInSignature(tokens, start) || isOrganisationRow(tokens, start, isOrganisation)) return true;
  // Held-out 43: "Organisatie: GGZ Drenthe\n...\nAdres: Dennenweg 9, 9404 LA Assen", as for its phone number.
  if (isOrganisationForm(tokens, start, isOrganisation)) return true;
  if (isShelterVenue(tokens, start)) return true;
  // "De Schakel, Rijnkade 7, 6811 HA Arnhem": a postcode's window counts from its street.
  const first = k === start + 1 ? streetBeforePostcode(tokens, start) : start;
  let from = listItemStart(tokens, first, windowStart(tokens, first, window));
  let to = closingLabelEnd(tokens, k, Math.min(tokens.length - 1, k + window));
  const workplace = workplaceWordOnLine(tokens, start, k);
  // Most addresses have no office word near them: look for one first, for residents only then.
  // "Postadres: Postbus 310, ...": a PO box or reply number is an organisation's.
  // "naar Postbus 123, 8000 AC Zwolle": the postcode of a PO box, where any post may go.
  const postBox = POST_BOXES.has(tokens[start]!.key) || afterPostBox(tokens, start);
  // "..., 1217 JD Hilversum, t.a.v. het secretariaat": post sent to an office's desk.
  const addressee = isOfficeAddressee(tokens, k, isOrganisation);
  // "bij het Werkplein, Stationsplein 8": whoever is named around it visits the office.
  const visited = isOfficeNamedBefore(tokens, start, isOrganisation);
  // "Geplaatst bij Albert Heijn XL Ede, Klaphekkenweg 1": a workplace at an employer with a long name.
  const employerBij = employerNamedBefore(tokens, start, isOrganisation);
  const employer = employerBij !== -1;
  // "Het Stationsplein 1 in Zutphen is het adres van het UWV-kantoor" (the lead's decision, batch 44-names).
  const addressOf = addressOfAfter(tokens, k + 1);
  // "Schuldhulpverlening Enschede zit aan de Hengelosestraat 51" (held-out 18): a service's name as the subject.
  const service = serviceNamedBefore(tokens, start) !== -1;
  let office =
    service ||
    isSeatOfOrganisation(tokens, start, k, isOrganisation) ||
    employerNameBefore(tokens, start) !== -1 ||
    visited ||
    employer ||
    (addressOf !== -1 && isOfficeNamed(tokens, addressOf)) ||
    postBox ||
    addressee ||
    isHeadedByVenue(tokens, start) ||
    isHeadedByAppointment(tokens, start, (j) => isResident(tokens, j, start)) ||
    isMunicipalityBefore(tokens, start) ||
    isOrganisationContactLabel(tokens, start, isOrganisation) || // batch 57
    workplace !== -1 ||
    isOwnAddressBefore(tokens, start, start) || // batch 65: "adres van de werkgever is gewijzigd naar ..."
    isSeatedFurtherBefore(tokens, start, (j) => isResident(tokens, j, start)) ||
    isHeadedByOffice(tokens, start, k, (j) => isResident(tokens, j, start)) ||
    isRingAtOfficeAfter(tokens, k); // det-fp70: "..., bel aan bij het Werkplein"
  // "reisafstand vanaf 6881 NB naar de werkplaats": an office after "naar" is where someone goes from there.
  let towards = false;
  const room = hasRoomAfter(tokens, k);
  for (let j = from; j <= to && !office; j++) {
    if (j >= start && j <= k) continue;
    const key = tokens[j]!.key;
    towards ||= j > k && DESTINATIONS.has(key);
    office =
      (!towards &&
        isVenueToken(tokens[j]!) &&
        !(room && isCareHome(key)) &&
        !isPassedThrough(tokens, j) &&
        !isLandmark(tokens, j) &&
        !isVenueDenied(tokens, j)) ||
      (j < start &&
        ((isOrganisation(j) && !isPassedThrough(tokens, j)) ||
          isOwnOrWorkAddressNoun(tokens, j) ||
          isSeated(tokens, j) ||
          isTeamSeated(tokens, j) ||
          isCompanyForm(tokens, j) ||
          isWorkplaceAt(tokens, j, isOrganisation) ||
          isOfficeMove(tokens, j, isOrganisation))) ||
      (j > k && (isNamedAfter(tokens, j, k) || isVenueThere(tokens, j)));
  }
  if (!office || livesInBefore(tokens, start)) return false; // "woont in de begeleid wonen-locatie aan ..."
  if (isClientsAddressLabel(tokens, start)) return false; // "Adres van de deelnemer voor ... het UWV:" (batch 61)
  // "onze postcode is ... voor post en pakketjes": post goes to the writer's own office too.
  const mailed = postBox || addressee || isOwnAddressBefore(tokens, from, start);
  // "De Hoeve 4 in Dalen, vlakbij de zorgboerderij, daar woont hij", "Stationsplein 1 (UWV) is ook het
  // adres van zijn broer": said to be a home further on.
  if (livesThereLater(tokens, k + 1) || (addressOf !== -1 && isResident(tokens, addressOf, k + 1)))
    return false;
  // A workplace word further away than the window: a resident anywhere between it and the address counts too.
  if (workplace !== -1) {
    from = Math.min(from, workplace);
    to = Math.max(to, workplace);
  }
  const signed = isSignatureAddressBefore(tokens, start);
  for (let j = from; j <= to; j++) {
    if (
      (j < start || j > k) &&
      !(signed && isSignatureSender(tokens[j]!)) &&
      !(j > employerBij && j < start && employer) &&
      (visited ? saysHome(tokens, j) : isResident(tokens, j, start)) &&
      !(mailed && LETTERS.has(tokens[j]!.key)) &&
      !BUILDING_PARTS.has(tokens[j - 1]?.key ?? '') &&
      !isCompanyForm(tokens, j) &&
      !isCompanyForm(tokens, j + 2) &&
      !isOfficeMove(tokens, j, isOrganisation) &&
      !isOwnMove(tokens, j) &&
      !isWritersMove(tokens, j) &&
      !(service && MOVE_WORDS.has(tokens[j]!.key))
    )
      return false;
  }
  return true;
}

/** "Nieuwe woning via de woningcorporatie:", "Nieuwe aanmelding via het wijkteam:": the organisation at j passes a home or a person's record on. */
function isPassedThrough(tokens: readonly Token[], j: number): boolean {
  return isHomeChannel(tokens, j) || isReferralHeading(tokens, j);
}

/** "Dreef 61 kamer 214": a room number after the house number at k. */
function hasRoomAfter(tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1]?.key === 'kamer' && tokens[k + 2]?.type === 'number';
}

// "Postbus 800, 5600 AV": the postcode of a PO box; "post" and "brief" go there, nobody lives there.
const LETTERS = wordSet('post brief');
const POST_BOX_GAP = 3;

function afterPostBox(tokens: readonly Token[], start: number): boolean {
  for (let j = start - 1; j >= 0 && j >= start - POST_BOX_GAP; j--) {
    if (POST_BOXES.has(tokens[j]!.key)) return tokens[j + 1]?.type === 'number';
  }
  return false;
}

// "Workshop 'solliciteren met een psychische kwetsbaarheid' in De Kastanjehof, Esdoornlaan 1",
// "Banenmarkt in Sporthal De Hoek, ...": a line that opens with a meeting or office word is about it.
const HEADING_WINDOW = 16;

function isHeadedByVenue(tokens: readonly Token[], start: number): boolean {
  for (let j = start; j >= 0 && j >= start - HEADING_WINDOW; j--) {
    if (j === 0 || tokens[j]!.lineBefore) return isVenueToken(tokens[j]!);
  }
  return false;
}

// "Forum 100, 6229 GV Maastricht: daar is de jobbeurs": a venue said to be there, a little further.
const THERE_IS = wordSet('is zit zijn');
const VENUE_THERE_GAP = 3;

function isVenueThere(tokens: readonly Token[], j: number): boolean {
  if (tokens[j]!.key !== 'daar' || !THERE_IS.has(tokens[j + 1]?.key ?? '')) return false;
  for (let v = j + 2; v <= j + 1 + VENUE_THERE_GAP && v < tokens.length; v++) {
    if (isVenueToken(tokens[v]!)) return true;
  }
  return false;
}

// "Stationsplein 1 (UWV)", "Jansbuitensingel 30, Arnhem (UWV)", "Stationsplein 1 is het UWV", "... is ook
// UWV": an organisation named in brackets after the address, or said to be there. Names after the
// number are not masked yet in the single pass: only these abbreviations count there.
const NAMED_AFTER = wordSet('uwv ggz ggd roc wsp svb duo cjg');
const SAID_BETWEEN = wordSet('is het ook de');

function isNamedAfter(tokens: readonly Token[], j: number, k: number): boolean {
  if (!tokens[j]!.allCaps || !NAMED_AFTER.has(tokens[j]!.key)) return false;
  if (tokens[j - 1]?.text === '(' && tokens[j + 1]?.text === ')') return true;
  let b = j - 1;
  while (b > k && SAID_BETWEEN.has(tokens[b]!.key)) b--;
  return b < j - 1 && tokens[b + 1]!.key === 'is';
}

// "is het adres van de gemeente": the municipality as the one whose address it is, not where one lives.
const ADDRESS_OWNERS = wordSet('gemeente');

/** "het UWV-kantoor", "het UWV", "de gemeente", "het wijkteam": an office or organisation word at j. */
function isOfficeNamed(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j]!;
  return (
    isVenueToken(token) ||
    ADDRESS_OWNERS.has(token.key) ||
    (token.allCaps && NAMED_AFTER.has(token.key)) ||
    isCompanyForm(tokens, j)
  );
}

// "Veldhuis Bouw BV, Industrieweg 14": a legal form in capitals after a name makes it an organisation's.
const COMPANY_FORMS = wordSet('bv nv vof cv');

/** "BV", "NV", "VOF", "B.V." (read at its "V") or "Stichting" at token j. */
export function isCompanyForm(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  if (token === undefined) return false;
  if (token.key === 'stichting') return isCapitalised(token);
  if (COMPANY_FORMS.has(token.key)) return token.allCaps;
  if (token.text !== 'V') return false;
  const dot = tokens[j - 1];
  return (
    dot?.text === '.' && isGlued(dot, token) && tokens[j - 2]?.text === 'B' && isGlued(tokens[j - 2], dot)
  );
}

// "Ons kantoor is verhuisd naar ...", "Het Werkplein verhuist naar ...": the office moves, nobody lives there.
// "De inloop van de GGZ is verplaatst van ... naar ...", "Our office moved: ...". As an office word, a
// move of an office up to six words back ("Het kantoor van Werk & Inkomen is verhuisd naar ...") is no
// resident's; a resident word or a mark between ends the look.
const OFFICE_MOVES = wordSetOf([...MOVE_WORDS, 'moved']);
const MOVE_WINDOW = 6;

function isOfficeMove(tokens: readonly Token[], j: number, isOrganisation: (k: number) => boolean): boolean {
  if (!OFFICE_MOVES.has(tokens[j]!.key)) return false;
  for (let b = j - 1; b >= 0 && b >= j - MOVE_WINDOW; b--) {
    const token = tokens[b]!;
    if (isVenueToken(token) || isOrganisation(b)) return true;
    if (isResident(tokens, b, j) || (token.type === 'punct' && token.text !== '&')) return false;
  }
  // Batch 57: "Per 1 januari verhuist de polikliniek van het Zaans Medisch Centrum naar ...": the subject after the verb.
  for (let f = j + 1; f < tokens.length && f <= j + MOVE_WINDOW + 4 && tokens[f]!.key !== 'naar'; f++) {
    if (isResident(tokens, f, j) || tokens[f]!.type === 'punct') return false;
    if (isVenueToken(tokens[f]!) || isOrganisation(f)) return true;
  }
  return false;
}

// Held-out 23: "Postbus? Nee, gewoon Nieuwstraat 5", "geen postbus maar ...": an office word asked or denied.
const DENIALS = wordSet('geen niet nee');

/** The venue word at j is asked about ("Postbus?") or denied ("geen postbus"): no office there. */
function isVenueDenied(tokens: readonly Token[], j: number): boolean {
  return (
    DENIALS.has(tokens[j - 1]?.key ?? '') ||
    (tokens[j + 1]?.text === '?' && DENIALS.has(tokens[j + 2]?.key ?? ''))
  );
}
