import { describe, expect, it } from 'vitest';
import { foundOf, testGuard } from './helpers.ts';

// det-forms38 (batch 77): a named person written in a shape the guard did not read as a name: in capitals in a
// lower-case text, a hyphenated surname, a doctor's title before a surname with the doctor's own care. Their twins:
// abbreviations and headings in capitals, hyphenated places and organisations, a doctor at work. Asserted with the
// rules alone too, so the learned model cannot hide a rule that stopped working.
const rules = testGuard({ nameHealthModel: null });

describe('name_health: names in capitals, hyphenated and after a doctor title (det-forms38)', () => {
  it.each([
    ['update BOUZID: weer opgenomen, de kliniek belt morgen terug', 'BOUZID'],
    // An emoji (two UTF-16 units) before the name: the lower-case copy keeps every letter in its place.
    [
      'hoi allemaal 😀. JANSSEN heeft een terugval en is sinds maandag niet meer op het werk geweest',
      'JANSSEN',
    ],
    ['JANSSEN heeft een terugval en is sinds maandag niet meer op het werk geweest', 'JANSSEN'],
    ['Stand van zaken HOEKSTRA: psychose lijkt voorbij, ontslag uit de kliniek volgende week', 'HOEKSTRA'],
    ['Tjin-A-Kwie heeft last van stemmingswisselingen, de psychiater overweegt medicatie', 'Tjin-A-Kwie'],
    ['Berg-Öztürk is weer opgenomen, haar man belde vanmorgen', 'Berg-Öztürk'],
    ['Kok-Hendriksen heeft een burn-out en zit thuis tot na de zomer', 'Kok-Hendriksen'],
    ['Dr. Vossen zelf heeft een burn-out, zijn patiënten worden overgenomen', 'Dr. Vossen'],
    ['Dokter Kamphuis wordt volgende week geopereerd aan zijn heup', 'Dokter Kamphuis'],
  ])('finds "%s"', (text, ...names) => {
    expect(foundOf('name_health', text)).toEqual(names);
    expect(foundOf('name_health', text, rules)).toEqual(names);
  });

  it.each([
    'AGENDA: terugval voorkomen, bespreking van de nieuwe werkwijze',
    'LET OP: de kliniek is morgen gesloten, bel de crisisdienst bij nood',
    'UWV en GGZ overleggen over de wachtlijst voor behandeling',
    'NOTULEN: casusbespreking verslaving, nieuwe werkwijze afgesproken',
    'ARFID, HSP, NAH: kunnen we een woordenlijst maken voor de werkgevers?',
    'Hendrik-Ido-Ambacht krijgt een nieuwe poli voor verslavingszorg',
    'Noord-Brabant start een pilot met IPS voor mensen met een psychose',
    'Parnassia-Groep heeft een nieuwe kliniek voor verslaving geopend',
    'Dr. Vossen legt uit hoe een burn-out ontstaat en wat werkgevers kunnen doen',
    'dr Hoogeveen heeft bij de cliënt een depressie vastgesteld',
    'Dokter Kamphuis is gespecialiseerd in verslaving en werkt in Deventer',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
    expect(foundOf('name_health', text, rules)).toEqual([]);
  });
});
