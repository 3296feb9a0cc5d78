import type { Finding, FindingKind } from './findings.ts';

/** What each kind is called in Dutch, and how to write the point without it. */
export const EXPLANATIONS: Readonly<
  Record<FindingKind, { readonly label: string; readonly advice: string }>
> = {
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
    label: 'een naam samen met informatie over gezondheid of zorg',
    advice: "Schrijf 'een cliënt' in plaats van de naam, of laat de diagnose of zorg weg.",
  },
};

const CLOSING = 'Schakel bewaart geen gegevens van cliënten.';
const MAX_POSITIONS = 3;

/** Shown when the text could not be checked at all; Schakel then refuses to store it. */
export const UNCHECKED_MESSAGE =
  'Schakel kon deze tekst niet controleren op gegevens van cliënten en bewaart hem daarom niet. ' +
  'Probeer het opnieuw zonder namen, nummers, adressen of geboortedata van cliënten.';

/**
 * One Dutch message for all findings in a field: what was found and where, never the text itself.
 * Positions are 1-based and inclusive ("teken 12–20" are the 12th up to the 20th character).
 */
export function explainFindings(findings: readonly Finding[]): string {
  const byKind = new Map<FindingKind, Finding[]>();
  for (const f of findings) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  const parts: string[] = [];
  const advice: string[] = [];
  for (const [kind, list] of byKind) {
    parts.push(`${EXPLANATIONS[kind].label} (${positions(list)})`);
    advice.push(EXPLANATIONS[kind].advice);
  }
  return `Dit lijkt ${joinDutch(parts)}. ${advice.join(' ')} ${CLOSING}`;
}

function positions(list: readonly Finding[]): string {
  const shown = list.slice(0, MAX_POSITIONS).map((f) => `${f.start + 1}–${f.end}`);
  const more = list.length - shown.length;
  const text = `teken ${joinDutch(shown)}`;
  return more > 0 ? `${text} en nog ${more} ${more === 1 ? 'plek' : 'plekken'}` : text;
}

function joinDutch(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
