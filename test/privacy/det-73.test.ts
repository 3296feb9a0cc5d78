import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-73: batch 73's classes (corpus-det-73-classes.tsv): who a care word belongs to in run-on chat, counts,
// action items and passives; care words the lists lacked; names in a form's "Wie:" and after "die"; names that
// are a hospital's or a GGZ organisation's. Each class with its clean look-alike or client twin.
describe('name_health: batch 73 classes (det-73)', () => {
  it.each([
    ['ik zat vandaag met maarten bij de gemeente en die man trilt echt helemaal van die lithium', 'maarten'],
    ['Nijmegen check-in: met Dragan gaat het beter, de GHB-afbouw in de kliniek is gelukt', 'Dragan'],
    ['tjeerd heeft het over niet meer willen leven, ik heb de crisisdienst gebeld', 'tjeerd'],
    ['Yara wil niet meer leven sinds haar moeder overleed', 'Yara'],
    ['dhr. Pool heeft onverklaarde lichamelijke klachten en zit thuis', 'dhr. Pool'],
    ['Ria heeft sinds maart een knieprothese en kan niet lang staan', 'Ria'],
    ['Veluwe-ronde: Dirk uit Epe heeft zijn rijbewijs terug na de alcoholcursus', 'Dirk'],
    ['De deelnemer met PTSS woont in Ede, hij heet Gijs', 'Gijs'],
    ['follow-up over xander want die is nu bij de dagbesteding en hij heeft last van zijn tics', 'xander'],
    ['Joke heeft nog geen bewindvoerder en haar schulden lopen op door het gokken', 'Joke'],
    ['Yvonne wordt begeleid door de jobcoach en ze wil haar depressie geheim houden', 'Yvonne'],
    ['Sanne ligt in het Antonius met een longontsteking', 'Sanne'],
    ['Kees zit bij Lister in behandeling voor zijn psychose', 'Kees'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'ik zat vandaag met maarten bij de werkgever en die man heeft zelf ook een depressie gehad, zei hij',
    'Sanne de Wit (IPS Altrecht) heeft drie aanmeldingen, waarvan twee met een psychose',
    'Actiepunten\n1. Femke: overleg Iriszorg methadonpost\n2. Bas: stuurgroep uitnodigen',
    'Opioïdgebruik bij chronische pijn: Altrecht en het Antonius starten een gezamenlijk afbouwprogramma',
    'In de training ging het over niet meer willen leven bij jongeren en hoe je dat bespreekt',
    'Workshop over SOLK: somatisch onverklaarde klachten en werk, door Kees Jansen',
    'De GHB-afbouw in de kliniek van Iriszorg start ook in Nijmegen, aanmelden via de huisarts',
    'De nieuwe deelnemer met PTSS woont in Ede, de jobcoach heet Ria',
    'Yvonne sprak de leidinggevende en hij vertelde over zijn eigen burn-out van vroeger',
    'KNELPUNT\nWie: Iriszorg en UWV\nWat: wachtlijst voor de verslavingszorg te lang',
    'Psychiater Lister: dexamfetamine pas starten na abstinentie van cannabis, dat is ons protocol',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

describe('address and postcode: batch 73 classes (det-73)', () => {
  it('reads "Beschermd wonen" as a housing service, not someone living at its office', () => {
    const text =
      'Beschermd wonen Apeldoorn heeft een nieuw kantoor aan de Loolaan 3, 7314 AB, open van 9 tot 17';
    expect(foundOf('postcode', text)).toEqual([]);
    expect(foundOf('postcode', 'Ze gaat beschermd wonen aan de Loolaan 3, 7314 AB Apeldoorn')).toEqual([
      '7314 AB',
    ]);
  });

  it('reads "door" inside a street name', () => {
    expect(foundOf('address', 'Hij woont Weg door Jonkerbos 76 in Nijmegen')).toEqual([
      'Weg door Jonkerbos 76',
    ]);
    expect(foundOf('address', 'We lopen door Jonkerbos 3 keer per week met de groep')).toEqual([]);
  });
});
