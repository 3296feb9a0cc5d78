import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// The classes of batch 58's misses (6 December 2026, Kennemerland, Gouda, West-Brabant), in other words than
// the corpus's: care words the lists lacked, someone who died between the name and the pronoun, "die jongen"
// pointing back to the name, an admission told by its length, owner or a return, "drinkt weer meer", a
// waiting list for a clinic named by its care, "dat ze ... heeft", initials with a particle's letter or a
// district in brackets ("R.v.D. (Gouda-Oost)"), "zwaargewond", a treater confirming a diagnosis, a note's
// "stemmen minder"; and an agenda's "Presentatie Name (Org):".
describe('name_health: batch 58 classes', () => {
  it.each([
    ['Noor had vannacht weer een flashback', 'Noor'],
    ['Wessel krijgt rouwbegeleiding via de POH', 'Wessel'],
    ['Stefan ligt op een HIC-bed in Santpoort', 'Stefan'],
    ['Roel heeft weer gegokt met zijn loon', 'Roel'],
    ['Gert heeft een tbs-maatregel', 'Gert'],
    ['Bas is in de rouw, zijn moeder is overleden, en de huisarts heeft hem slaappillen gegeven', 'Bas'],
    ['Even over Tim: die jongen is weer aan de coke', 'Tim'],
    ['Na 5 weken opname is Eva weer thuis', 'Eva'],
    ['Waarom is de opname van mevrouw Dekker uitgesteld?', 'mevrouw Dekker'],
    ['Lotte heeft weer gewerkt na de opname.', 'Lotte'],
    ['mw. Jansen drinkt weer meer volgens haar begeleider', 'mw. Jansen'],
    ['mw. Kok staat op de wachtlijst voor de slaapkliniek', 'mw. Kok'],
    ['Wiebke vertelde dat ze weer depressief is', 'Wiebke'],
    ['Update Marco (Kwintes): hij is weer opgenomen', 'Marco (Kwintes'],
    ['J.v.d.B. (Waddinxveen) is opgenomen', 'J.v.d.B.'],
    ['K.D. (Haarlem-Noord) gebruikt weer cannabis', 'K.D.'],
    ['Sanne is zwaargewond na een val', 'Sanne'],
    ['mw. Brouwer: huisarts bevestigt diagnose burn-out', 'mw. Brouwer'],
    ['Update Ferdi: stemmen weg, werkt weer', 'Ferdi'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Ik had een flashback naar de reorganisatie van 2019',
    'De training rouwbegeleiding voor professionals start in maart',
    'Het HIC-bed in Santpoort is weer vrij voor de regio',
    'We hebben gegokt op de verkeerde subsidie',
    'Bas vertelde dat zijn moeder is overleden aan kanker',
    'Tim zei dat die jongen van de buren weer aan de coke is',
    'Over Tim: die jongen heeft een nieuwe baan bij de Jumbo',
    'Eva maakt 4 uur opname voor de podcast',
    'De opname van de presentatie van mevrouw Dekker staat online',
    'Na de opname van de podcast gaat Lotte naar huis',
    'Jan drinkt weer meer koffie sinds de nieuwe machine er staat',
    'De wachtlijst voor de slaapkliniek is twintig weken',
    'Wiebke zei dat ze het ook niet weten bij de gemeente',
    '3. Presentatie Marco (Kwintes): wonen en werken na een psychose',
    'K.v.K. (Gouda) heeft een nieuwe vestiging geopend',
    'Bij het ongeluk op de A16 raakte een fietser zwaargewond',
    'Anouk: de huisarts bevestigt dat de wachtlijst voor de GGZ lang is',
    'Verkiezing ondernemingsraad: stemmen minder verdeeld dan vorig jaar',
  ])('finds nothing in "%s"', (text) => {
    expect(found(text)).toEqual([]);
  });
});
