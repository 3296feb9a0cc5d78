/**
 * det-phrases36: a second breadth pass, over verb phrases and plain descriptions people type about a named
 * person's health or care (admission, relapse and use, mood and crisis, treatment, the body), Dutch, informal
 * and English. Each was probed with a named subject in three word orders and beside a clean twin said of
 * nobody; only the missing ones that stay clean as a figure of speech are here. Spread into the fixed phrases
 * (care-terms-families.ts), folded and split into words. Left out on purpose, as they are said of work as
 * often: "is in behandeling" (an application), "staat op een wachtlijst" (housing), "bouwt af" (overtime),
 * "heeft een depot" (storage), "is gefixeerd op", "is ontspoord", "draait door", "is gecrasht", "heeft het
 * zwaar", "wil niet meer", "heeft een uitglijder gehad", "is droog", "is nuchter", "is ziek" (a colleague only
 * ill is clean), "heeft een intake gehad", "had a breakdown" (a car), "is gestopt met gebruiken" (of a
 * tool), "zit bij de verslavingszorg" (at the table); "is bevallen van een dochter" is read since
 * det-birth39 (care-term-birth.ts).
 */
export const PHRASES36: readonly string[] = [
  // Admission and discharge.
  'ligt in het umc',
  'ligt in het amc',
  'opgepakt door de crisisdienst',
  'meegenomen door de crisisdienst',
  'opgehaald door de crisisdienst',
  'overgeplaatst naar de gesloten',
  'is in hospital',
  'was in hospital',
  'back in hospital',
  'still in hospital',
  'ended up in hospital',
  'discharged from hospital',
  'discharged from the hospital',
  // Relapse and use.
  'is gaan gebruiken',
  'is using again',
  'started using again',
  'drinking again',
  'back on drugs',
  'back on the bottle',
  // Mood and crisis ("tenen" ends a mood phrase: "loopt op haar tenen met drie projecten" is the workload).
  'loopt op haar tenen',
  'loopt op zijn tenen',
  "loopt op z'n tenen",
  'liep op haar tenen',
  'liep op zijn tenen',
  'heeft het over doodgaan',
  'praat over doodgaan',
  'doet zichzelf iets aan',
  'zichzelf iets aandoen',
  'heeft zichzelf gesneden',
  'slecht in haar vel',
  'slecht in zijn vel',
  "slecht in z'n vel",
  'gesuicideerd',
  'eraan onderdoor',
  'er aan onderdoor',
  // Treatment.
  'praat met een psycholoog',
  'praat met de psycholoog',
  'uitgediagnosticeerd',
  'seeing a psychologist',
  'sees a psychologist',
  'referred to mental health',
  // The body.
  'een operatie gehad',
  'operatie ondergaan',
  'moet onder het mes',
  'ging onder het mes',
  'nog maar kort te leven',
  'having surgery',
  'had a concussion',
  'has a concussion',
  'on dialysis',
  'broke her hip',
  'broke his hip',
  'in a wheelchair',
];
