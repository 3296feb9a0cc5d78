import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// The classes of batch 61's misses and flagged clean lines (6 December 2026, Zeeland and West-Brabant; whole
// pasted messages), in other words than the corpus's: a name that is also a word made a person by an aside
// calling it a client, an attack named by a condition in capitals, a provider's crisis place, a hormone
// treatment, Zeeland's first names, "(die met de ...)" after a lower-case name, "het aan zijn longen hebben";
// and as look-alikes a salutation ("Lieve mensen,"), a staff label closing a form, a treatment after "<name>
// van de", a work address whose pronoun has a role, an organisation owning a number, a switchboard in brackets.
describe('name_health: batch 61 classes', () => {
  it.each([
    ['Wolk, een van mijn vaste deelnemers, heeft weer een depressie.', 'Wolk'],
    ['P.v.R. (onze klant bij de visafslag) is opgenomen.', 'P.v.R.'],
    ['Mevrouw Bakker heeft regelmatig MS-aanvallen.', 'Mevrouw Bakker'],
    ['Nadia zit sinds gisteren in het GGZ-crisiscentrum.', 'Nadia'],
    ['Kim krijgt een hormoonbehandeling en is snel moe.', 'Kim'],
    ['Marinus is weer opgenomen.', 'Marinus'],
    ['update: mark (die met de angststoornis) werkt nu vier uur.', 'mark'],
    ['Hennie heeft het aan haar nieren en kan niet fulltime werken.', 'Hennie'],
    ['Joost wil werken, maar zijn wachttijd bij Dimence is nog drie maanden.', 'Joost'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Lieve mensen, ik heb keelpijn en blijf vandaag thuis.',
    'Verslag\nDeelnemer: vrouw, 30\nBijzonderheden: depressie\nIntaker: Wendy',
    'Ik sprak Bram van de hartrevalidatie over werkplekken voor hun patiënten.',
    'Tilburg, een van onze regio’s, heeft veel deelnemers met een verslaving.',
    'De Feyenoord-aanval was zwak.',
    'Nadia werkt als verpleegkundige bij het GGZ-crisiscentrum.',
    'update: mark (die met de groene jas) werkt nu vier uur.',
    'Hennie heeft het aan haar nieren te danken, zegt de dokter over de wandelclub.',
    'De wachttijd bij Dimence is drie maanden, zegt Joost van de gemeente.',
  ])('keeps "%s" clean', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('email, phone and address: batch 61 classes', () => {
  it('reads a pronoun with a role as the professional whose work address it is', () => {
    expect(found('Haar werk-mail is m.dekker@emergis.nl, ze is de nieuwe jobcoach in Zierikzee.')).toEqual(
      [],
    );
    expect(
      found('Het mailadres van Dewi (klantmanager Breda): d.smit@breda.nl. Ze leest het vrijdag.'),
    ).toEqual([]);
    expect(
      foundOf('email', 'Het mailadres van Dewi (deelnemer Breda): d.smit@breda.nl. Ze leest het.'),
    ).toEqual(['d.smit@breda.nl']);
  });

  it('reads an organisation owning a number, or a switchboard in brackets, as a general line', () => {
    expect(found('Ter info: Tactus heeft een nieuw telefoonnummer: 0570 63 63 00.')).toEqual([]);
    expect(found('Zijn nummer is 0166 60 22 11 (receptie De Schelde, vraag naar Marco).')).toEqual([]);
    expect(foundOf('phone', 'Kees heeft een nieuw telefoonnummer: 0118 63 23 45.')).toEqual([
      '0118 63 23 45',
    ]);
    expect(foundOf('phone', 'Zijn nummer is 0118 63 23 45 (vraag naar zijn moeder).')).toEqual([
      '0118 63 23 45',
    ]);
  });

  it('reads "op het werk:" as a phrase of place, no label for a work number', () => {
    expect(
      foundOf('phone', 'Nummer van de broer van Tim, als hij iets krijgt op het werk: 0113 22 14 37'),
    ).toEqual(['0113 22 14 37']);
  });

  it('reads "Adres van de deelnemer ... UWV:" as a home', () => {
    expect(
      foundOf('address', 'Adres van de deelnemer voor de post van het UWV: Dorpsstraat 9, Kapelle.'),
    ).toEqual(['Dorpsstraat 9']);
  });
});
