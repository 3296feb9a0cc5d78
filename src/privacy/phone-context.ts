import { CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { isOrganisationForm } from './organisation-form.ts';
import { isOrganisationRow } from './organisation-row.ts';
import { isOfficeWord } from './organisation-words.ts';
import { isNoticeContact } from './phone-addressee.ts';
import { isBesideOrganisationMailbox } from './phone-beside-mailbox.ts';
import { isGeneralLineWord, isPluralVerb, isPluralZe } from './phone-general-lines.ts';
import { isNamedProfessionalsNumber } from './phone-named-professional.ts';
import {
  isNumberOfOrganisation,
  isOfficesNumberWord,
  isSharedLineCue,
  isSwitchboardAside,
} from './phone-number-of.ts';
import { isDutchLandline, isOrganisationsLandline } from './phone-organisation-line.ts';
import { isOwnWorkNumber } from './phone-own-work.ts';
import { isProfessionalsNumber } from './phone-professional.ts';
import { isDocumentNumber, isReferenceNumber } from './phone-reference.ts';
import { isServiceHoursAt, isServiceHoursCue, windowStartBefore } from './phone-service-hours.ts';
import { isDialInNumber, isServiceLine } from './phone-service-lines.ts';
import { isStaffContact } from './phone-staff-contacts.ts';
import { isNamedSwitchboard, isOfficeLabelled, isSignUpLine, isSomeonesNumber } from './phone-switchboard.ts';
import { isTitledOwnersNumber } from './phone-titled-owner.ts';
import { isWorkSaidAfter } from './phone-work-after.ts';
import { isWorkLabelledMobile } from './phone-work-labelled-mobile.ts';
import { isMobileCalledWorkPhone } from './phone-work-mobile.ts';
import { isWorkOwnersNumber } from './phone-work-owner.ts';
import { isWritersOwnNumber } from './phone-writer-own.ts';
import { HIS_HER_SHORT } from './possessives.ts';
import { isInSignature, isMobileSignatureField, isSender } from './signature.ts';
import { isGlued, type Token, tokenAfter } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * An organisation's number said to be one: "Receptie Mediant: 053-4825500", "het algemeen nummer van
 * Dimence: 0570 620 000", a conference dial-in ("Inbellen via Teams: +31 20 703 8259, conferentie-ID
 * ...", "Landelijk contactpunt: 030 - 789 22 00 (Divosa)"). libphonenumber cannot tell a switchboard from a person's line, the words around it can. A
 * mobile number is always someone's, and a word for a person (or a first name) nearby keeps it private.
 */
const BEFORE_WINDOW = 8;
const AFTER_WINDOW = 6;
const LINE_REACH = 40;

const GENERAL_CUES =
  wordSet(`algemeen algemene receptie centrale hoofdnummer servicedesk helpdesk secretariaat
  hoofdkantoor klantenservice inbelnummer inbellen dial-in dial vergadernummer conferentienummer teams zoom
  webex conference office reception switchboard frontdesk desk conferentie-id vergader-id meeting-id toegangscode pincode pin code toets afdeling
  gemeente stichting balie contactpunt landelijk landelijke werknummer werktelefoon kantoornummer filiaal
  crisisopvang crisisdienst crisisteam crisislijn huisartsenpost spoedpost
  info informatie`); // care services: batch 52; "Info: 078-7708000" under a notice (batch 56)
const PERSONAL_CUES = wordSet(
  `${CLIENT_ROLES} ${YOUNG_PEOPLE} ${FORMS_OF_ADDRESS} ${RELATIVES} hij zij zijn haar hem mobiel
  mobiele prive privenummer thuis thuisnummer zoon dochter ouders opa oma woont woonde woonachtig
  verhuisd`,
);
const SINGULAR_VERBS = wordSet('wil wilde is was heeft had kan kon moet belt belde woont zit zat');
const MOBILE = /^(?:0|31|0031|310|00310)6/;
const PHRASE_BEFORE_LABEL = wordSet("het 't de zijn haar z'n d'r hun");

/** The private-looking number text[start, end), found at token k, is an organisation's general or dial-in number. */
export function isSaidToBeGeneral(
  text: string,
  tokens: readonly Token[],
  k: number,
  start: number,
  end: number,
  isOrganisation: (j: number) => boolean,
): boolean {
  // "Bel me op mijn werknummer 06-41122334": the writer's own work number, a mobile one too (held-out 18).
  if (isOwnWorkNumber(tokens, k, end)) return true;
  // Batch 65: "factuur 06-2025-3381": a document's number.
  if (isDocumentNumber(tokens, k)) return true;
  // Batch 65: a notice's number ("Vragen? 026-..."), unless the words after it give it to someone (review-35).
  if (isNoticeContact(tokens, k) && !isSomeonesNumber(tokens, k, end)) return true;
  // "Bel me gerust op 06-...", "mijn nummer is ...": the writer's own number, by the writer (stop 34).
  if (isWritersOwnNumber(tokens, k, end, isOrganisation)) return true;
  // "Je kunt Ahmed (jobcoach Kansfabriek) bereiken op 0229-..., hij ...": one professional named as one (stop 34).
  if (isNamedProfessionalsNumber(tokens, k, end, isOrganisation)) return true;
  const mobile = MOBILE.test(text.slice(start, end).replace(/\D/g, ''));
  const besideMailbox = isBesideOrganisationMailbox(text, tokens, k);
  // Stop 37: a work mailbox before it makes a mobile number a professional's too, unless a client, relative or
  // form of address stands anywhere before it on its line ("mevrouw Bakker, werkt bij de bakker, info@...").
  const cardOwner = besideMailbox && !hasPersonalCueBefore(tokens, k, LINE_REACH);
  if (isProfessionalsNumber(tokens, k, end, mobile, cardOwner)) return true; // batch 48
  if (isStaffContact(tokens, k, end)) return true; // batch 57: a team's list, a contact role, an extension
  if (isTitledOwnersNumber(tokens, k, end)) return true; // batch 60: "nummer van de tolk: 06-..."
  if (isWorkOwnersNumber(tokens, k, end, isOrganisation)) return true; // det-contacts37: "De jobhunter van het WSP zit op 06-..."
  // Batch 65 (det-contacts65b): "tel kantoor 0653 ...", "aanmeldingen via 0223 ...", "Bakkerij Smit 0224-213 000".
  if (
    (isOfficeLabelled(tokens, k) || isSignUpLine(text, tokens, k, start, end)) &&
    !isSomeonesNumber(tokens, k, end)
  )
    return true;
  if (isNamedSwitchboard(text, tokens, k, start, end, isOrganisation)) return true;
  // "Ilse Dekkers | Jobcoach | Tactus | M 06 ...": a mobile work number in a signature (held-out 39's class);
  // "06-... (werknummer)", "... is de dienst-telefoon van de jobcoaches" (held-out 43's class).
  if (mobile)
    return (
      isMobileSignatureField(tokens, k, true) ||
      isWorkLabelledMobile(tokens, k, end, isOrganisation) || // batch 72
      (isMobileCalledWorkPhone(tokens, k, end) && !hasPersonalCueBefore(tokens, k))
    );
  // "Dossiernummer 0756142983": a register's number, no phone number (held-out 21's class).
  if (isReferenceNumber(tokens, k)) return true;
  // "Naam: Werkplein | Adres: ... | Tel: 0314-123456": a row of the organisation's own record.
  if (isInSignature(tokens, k, true) || isOrganisationRow(tokens, k, isOrganisation)) return true;
  if (isOrganisationForm(tokens, k, isOrganisation)) return true; // "Organisatie: ...\nTel: 036-...".
  if (isWorkLabelled(tokens, k)) return true;
  if (isWorkSaidAfter(tokens, k, end) && !hasPersonalCueBefore(tokens, k)) return true;
  if (isDutchLandline(text, start, end) && isOrganisationsLandline(tokens, k, end, isOrganisation))
    return true; // stop 33
  let general = besideMailbox || isServiceLine(tokens, k, isOrganisation) || isDialInNumber(text, end);
  const first = windowStartBefore(tokens, k, BEFORE_WINDOW);
  const after = tokenAfter(tokens, k, end);
  const switchboard = isSwitchboardAside(tokens, after);
  general ||= switchboard;
  for (let j = k - 1; j >= first; j--) {
    if (
      isPersonal(tokens, j, isOrganisation) &&
      !isSender(tokens, j) &&
      !isSpeakerLabel(tokens, j, k) &&
      !(switchboard && HIS_HER_SHORT.has(tokens[j]!.key))
    )
      return false;
    general ||=
      isGeneralCue(tokens[j]!.key) ||
      isServiceHoursAt(tokens, j) ||
      isNumberOfOrganisation(tokens, j, isOrganisation) ||
      isSharedLineCue(tokens, j) ||
      isOfficesNumberWord(tokens, j, isOrganisation);
    if (tokens[j]!.lineBefore) break;
  }
  let j = after;
  // "0411-600000, vragen naar Peter": whom one asks for at a switchboard is staff, no household.
  let askedFor = false;
  // "038-... (werk), dat is het nummer van de moeder van ...": the label does not use up the window (review 29b).
  const label = tokens[j]?.text === '(' && isServiceHoursAt(tokens, j + 1) ? 3 : 0;
  for (const last = j + AFTER_WINDOW + label; j < tokens.length && j < last && !tokens[j]!.lineBefore; j++) {
    if (isPersonal(tokens, j, isOrganisation) && !(askedFor && isFirstName(tokens[j]!))) return false;
    askedFor ||= isAskingFor(tokens, j);
    general ||= askedFor || isGeneralCue(tokens[j]!.key) || isServiceHoursAt(tokens, j);
  }
  return general;
}

/** A word for a client or someone close to one earlier on the number's line (first names not counted). */
function hasPersonalCueBefore(tokens: readonly Token[], k: number, reach = BEFORE_WINDOW): boolean {
  for (let j = k - 1; j >= 0 && j >= k - reach; j--) {
    if (PERSONAL_CUES.has(tokens[j]!.key) && !isPluralVerb(tokens, j) && !isPluralZe(tokens, j)) return true;
    if (tokens[j]!.lineBefore) break;
  }
  return false;
}

const ASK = wordSet('vraag vragen vraagt');

/** "vraag naar Henk", "vragen naar de receptie": the number reaches more than one person. */
function isAskingFor(tokens: readonly Token[], j: number): boolean {
  return ASK.has(tokens[j]!.key) && tokens[j + 1]?.key === 'naar';
}

// "Het kantoor van IPS Twente is bereikbaar op ...", "het wijkteam", "De huisartsenpraktijk Lochem:":
// the words for an organisation's office, site or team that make an address an office's (organisation-address.ts).
function isGeneralCue(key: string): boolean {
  return (
    GENERAL_CUES.has(key) ||
    isOfficeWord(key) ||
    isRoom(key) ||
    isGeneralLineWord(key) ||
    isServiceHoursCue(key)
  );
}

// "het nummer van de vergaderzaal", "raadzaal": a room's phone reaches whoever is there (since heldout17-classes).
function isRoom(key: string): boolean {
  return key.endsWith('zaal') && key.length > 4;
}

/**
 * "klant", "haar", "mevrouw", "Sanne": someone's number; not "Johan van de gemeente", a professional, nor
 * (batch 55) a first name inside a known organisation's name ("Reinier van Arkel 073 - 658 66 00").
 */
function isPersonal(tokens: readonly Token[], j: number, isOrganisation: (j: number) => boolean): boolean {
  const token = tokens[j]!;
  // "Vaste nummer van het secretariaat (geen mobiel): ...": a person's line denied (held-out 39's class).
  if (PERSONAL_CUES.has(token.key))
    return !isPluralVerb(tokens, j) && !isPluralZe(tokens, j) && tokens[j - 1]?.key !== 'geen';
  // Batch 52: "Ze wil teruggebeld worden op ...": "ze" before a verb in the singular (not "ze zijn").
  if (token.key === 'ze') return SINGULAR_VERBS.has(tokens[j + 1]?.key ?? '');
  return isFirstName(token) && !isOfOrganisation(tokens, j) && !isOrganisation(j);
}

/**
 * "Mark: bel de receptie op ...": a first name opening its line before a colon is a notulen or chat
 * line's speaker, no owner of the number (review 29); right before the number ("Sanne: 0573 ...") it
 * labels the number as hers.
 */
function isSpeakerLabel(tokens: readonly Token[], j: number, k: number): boolean {
  if (!isFirstName(tokens[j]!) || tokens[j + 1]?.text !== ':') return false;
  return (j === 0 || tokens[j]!.lineBefore) && j + 2 < k;
}

function isFirstName(token: Token): boolean {
  return token.capitalised && isKnownFirstName(token.key);
}

const ARTICLES = wordSet('de het');

/** "Johan van de gemeente", "Ilse van het wijkteam", "Kees van UWV": a first name at its organisation. */
function isOfOrganisation(tokens: readonly Token[], j: number): boolean {
  if (tokens[j + 1]?.key !== 'van') return false;
  const at = ARTICLES.has(tokens[j + 2]?.key ?? '') ? j + 3 : j + 2;
  const organisation = tokens[at];
  if (organisation === undefined) return false;
  return (organisation.allCaps && organisation.text.length >= 2) || isGeneralCue(organisation.key);
}

// Batch 45: "Hans Martens, werk: h.martens@ggze.nl, 040-2613333": a landline listed under "werk:" (after a
// work address perhaps) is the professional's work number. Looks back over at most one address.
const WORK_LABELS = wordSet('werk zakelijk werkgegevens');
const LABEL_WINDOW = 14;

function isWorkLabelled(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (tokens[j]?.text === ',' || tokens[j]?.text === '/') j--;
  if (tokens[j]?.text !== ':') {
    // Past one e-mail address: its tokens glued together, around an "@".
    let mail = false;
    for (; j > 0 && j >= k - LABEL_WINDOW && isGlued(tokens[j - 1], tokens[j]); j--)
      mail ||= tokens[j]!.text === '@';
    if (!mail) return false;
    j--;
  }
  // "klant werk: 040-...": a client's work number is still the client's. Batch 61 (det-61): "... krijgt op het
  // werk: 0164-..." ends a phrase of place, no label ("het", "zijn" before the word).
  return (
    tokens[j]?.text === ':' &&
    WORK_LABELS.has(tokens[j - 1]?.key ?? '') &&
    !isPersonal(tokens, j - 2, () => false) &&
    !PHRASE_BEFORE_LABEL.has(tokens[j - 2]?.key ?? '')
  );
}
