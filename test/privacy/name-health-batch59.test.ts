import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// The classes of batch 59's misses (6 December 2026, Friesland and Groningen), in other words than the
// corpus's: a name that is also a verb ("Ben", "Wil") before a verb in the third person, a lower-case first
// name under a news heading ("update bas:"), a name that is an everyday word owning something ("Storm z'n"),
// care in busy people's plain words, a treater visited with an adjective, topics ("als thema", "aandacht
// voor"), and an account of an organisation that changed or of a supplier.
describe('batch 59 classes', () => {
  it.each([
    ['Ben heeft weer een terugval gehad', 'Ben'],
    ['ben zit sinds gisteren in de kliniek', 'ben'],
    ['De werkgever belde, en Ben is weer opgenomen', 'Ben'],
    ['Wil gebruikt sinds kort lithium', 'Wil'],
    ['update anna: is opgenomen in Franeker', 'anna'],
    ['even over bas: hij blowt weer elke dag', 'bas'],
    ["Storm z'n medicatie is op", 'Storm'],
    ['lies haar psycholoog stopt', 'lies'],
    ['Douwe heeft de nacht doorgebracht op de SEH', 'Douwe'],
    ['Sietske had te veel paracetamol ingenomen', 'Sietske'],
    ["Harm z'n hoofd slaat weer op hol", 'Harm'],
    ['Marit is niet lekker in haar hoofd', 'Marit'],
    ['Jelmer heeft zich laten opnemen', 'Jelmer'],
    ['Wiebe belde 113, de crisisdienst kwam', 'Wiebe'],
    ['Aukje had een woedeaanval', 'Aukje'],
    ['Pieter zegt dat hij wordt afgeluisterd', 'Pieter'],
    ['Jitske is weer begonnen met gebruiken', 'Jitske'],
    ['Tjeerd is naar een andere psychiater gegaan en krijgt nu ritalin', 'Tjeerd'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Ik ben blij met de folder over verslaving',
    'Wie ik ben is niet belangrijk bij een depressie',
    'ben je bij de themamiddag over psychose?',
    'update planning: de training over verslaving schuift op',
    'Door zijn verslaving kan de deelnemer niet werken',
    'Elke haar eigen tempo, zei de psycholoog op de training',
    'Hanneke werkt op de crisisafdeling en geeft een training',
    'De planning is helemaal in de war door de storing',
    'Jelle heeft de crisislijn op de flyer gezet',
    'Jan belde de crisislijn om te vragen of ze meedoen aan de werkgroep',
    'Petra is op de SEH geweest voor een werkbezoek',
    'Ahmed eet niks overdag vanwege de ramadan',
    'Toon haar de folder over verslaving',
    'Sjoerd laat de themamiddag opnemen',
    'Anouk heeft de sessie over woedeaanvallen bij jongeren voorbereid',
    'Marjolein heeft burn-out als thema voorgesteld',
    'Anke vraagt om meer aandacht voor verslaving in de training',
    'Het rekeningnummer van de stichting is veranderd: NL09ABNA0527193846',
    'Dit is het IBAN van de cateraar voor de themadag: NL43 TRIO 0193 8472 65',
  ])('finds nothing in "%s"', (text) => {
    expect(found(text)).toEqual([]);
  });

  it("keeps a client's changed account private", () => {
    expect(foundOf('iban', 'Het rekeningnummer van meneer is veranderd: NL09ABNA0527193846')).toHaveLength(1);
  });
});
