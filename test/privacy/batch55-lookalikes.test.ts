import { describe, expect, it } from 'vitest';
import type { FindingKind } from '../../src/privacy/findings.ts';
import { found, foundOf } from './helpers.ts';

// The classes of batch 55's flagged clean lines (det-55, 6 December 2026), in other words than the corpus's:
// organisations' lines, professionals' signatures and work addresses, organisations' accounts, quoted titles
// of talks, offices met at; each beside the client lines that must still be refused.

function leavesClean(lines: string[]): void {
  it.each(lines)('leaves "%s" clean', (text) => {
    expect(found(text)).toEqual([]);
  });
}

function findsOne(kind: FindingKind, lines: string[]): void {
  it.each(lines)('finds "%s"', (text) => {
    expect(foundOf(kind, text)).toHaveLength(1);
  });
}

describe('phone: an organisation named before it, an outage or emergency line, a dial-in', () => {
  leavesClean([
    'Wachtdienst Reinier van Arkel 073 - 658 12 00',
    'Netwerk plat sinds vanochtend, storing? bel 0412 - 69 11 00',
    'Deelnemen per telefoon: +31 20 535 71 80,,663 204 118#',
  ]);
  findsOne('phone', [
    'Reinier belde vanaf 073 - 641 88 20, hij is verhuisd',
    'Storing? bel dan zijn broer op 0412 - 69 11 07',
  ]);
});

describe('email: a signature without a closing, a reply, a successor', () => {
  leavesClean([
    'Karin Smulders\nRe-integratiecoach\nWerkbedrijf Oss\nk.smulders@werkbedrijfoss.nl',
    'groetjes,\nRuud\nJobcoach | Novadic-Kentron\nr.vermeulen@novadic-kentron.nl',
    'wat was jouw werkmail ook alweer?\n> s.vanlith@ggze.nl',
    'Mijn opvolger per juni is Rik: r.maas@werkbedrijf.nl',
  ]);
  findsOne('email', [
    'Karin Smulders\nMolenstraat 3\nkarin.smulders@gmail.com',
    'wat is het mailadres van de klant?\n> s.vanlith@ggze.nl',
    'Karin Smulders\nBegeleider: Ruud\nkarin@werkbedrijfoss.nl',
    'Karin Smulders\nTrajectbegeleider Ruud\nkarin.smulders@werkbedrijfoss.nl',
  ]);
  findsOne('address', ['Karin Smulders\nBegeleider: Ruud\nMolenstraat 3, Oss']);
});

describe('iban: a KvK number beside it, "Stg.", an administration', () => {
  leavesClean([
    'Factuur: Stichting Arbeidsmatig Werk, NL02 ABNA 0478 2219 70, KvK 41082736',
    'De IBAN van de salarisadministratie is NL02 ABNA 0478 2219 70',
  ]);
  findsOne('iban', [
    'Graag terugstorten op NL72 ABNA 0478 2219 71 tnv mevrouw Stg. de Wit',
    "Kandidaat begint als zzp'er, KvK 41082736, zijn rekening NL72 ABNA 0478 2219 71",
  ]);
});

describe('name_health: a quoted title of a talk or a piece', () => {
  leavesClean([
    "Netwerklunch 'Psychose en werk' door Femke Bosman (GGzE)",
    "'Angst regeert' – sterk column van Youssef Amrani in de Volkskrant",
  ]);
  findsOne('name_health', [
    "'ik heb weer een psychose' – zei Femke gisteren, ze is opgenomen",
    "Femke: sessie 'depressie' gehad, ze oefent thuis verder",
  ]);
});

describe('address: an appointment at an office, a one-to-one meeting', () => {
  leavesClean([
    'Afspraak bij het Werkplein Tilburg: di 4/3, 9.30u, Stationsstraat 8',
    'bila met de burgemeester, Markt 1, om 16u',
  ]);
  findsOne('address', ['Afspraak met het wijkteam bij hem thuis: di 4/3, 9.30u, Stationsstraat 8']);
});
