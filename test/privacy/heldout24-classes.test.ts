import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// Classes of held-out 24's misses and flagged clean lines (6 December 2026, detector-heldout24), in other
// words, names and numbers; none of that set's own lines.
describe('names with health details written as held-out 24 showed', () => {
  it('reads a lower-case given name opening a chat line with an aside in brackets before its verb', () => {
    expect(foundOf('name_health', 'noor (24) heeft sinds de zomer last van een depressie')).toEqual(['noor']);
    expect(
      foundOf(
        'name_health',
        'kwame (zit sinds mei bij ons) heeft vorige week zijn eerste paniekaanval gehad',
      ),
    ).toEqual(['kwame']);
    expect(found('noor (24) heeft haar eerste week bij de bakker erop zitten')).toEqual([]);
    expect(found("werkdruk (zie bijlage) is een groot risico voor burn-out bij collega's")).toEqual([]);
  });
});

describe('speakers in minutes, as held-out 24 showed', () => {
  it('passes a speaker named after "presentatie" or "gastspreker", not one telling of her own care', () => {
    expect(found('presentatie Lotte de Wit 3 dec, knelpunt: lange wachttijden eetstoornissen.')).toEqual([]);
    expect(found('gastspreker Ruben Smit 4 feb, knelpunt: wachtlijsten persoonlijkheidsstoornissen')).toEqual(
      [],
    );
    expect(
      foundOf('name_health', 'Lotte de Wit heeft een presentatie gegeven over haar eigen depressie'),
    ).toEqual(['Lotte de Wit']);
  });
});

describe('care places and stays written as held-out 24 showed', () => {
  it('reads an outpatient clinic named by its condition as care, not as a place of work', () => {
    expect(foundOf('name_health', 'Fenna staat al maanden op de wachtlijst voor de psychosepoli')).toEqual([
      'Fenna',
    ]);
    expect(found('Romy werkt sinds mei als secretaresse bij de autismepoli')).toEqual([]);
  });

  it('reads days between "is" and "opgenomen" as a stay, not as leave taken', () => {
    expect(foundOf('name_health', 'Thijmen was 4 dagen opgenomen, nu weer aan het werk')).toEqual([
      'Thijmen',
    ]);
    expect(found('Dewi heeft 3 dagen opgenomen voor de verhuizing')).toEqual([]);
    expect(found('De training is 2 dagen opgenomen in de jaarplanning')).toEqual([]);
  });

  it('reads "is"/"was" with a time on a ward only patients stay on, not a visit or a job there', () => {
    expect(
      foundOf('name_health', 'Ravi was drie weken op de HIC en begint maandag weer bij de bakker'),
    ).toEqual(['Ravi']);
    expect(found('Kerem was 3 weken op de HIC als stagiaire')).toEqual([]);
    expect(found('Mirthe is vandaag op de crisisafdeling voor een rondleiding met de werkgroep')).toEqual([]);
  });

  it('reads a clinic named by a condition that is no care stem alone ("angstpoli")', () => {
    expect(foundOf('name_health', 'Kerem heeft een verwijzing naar de angstpoli gekregen')).toEqual([
      'Kerem',
    ]);
    expect(found('de angstpoli zoekt een nieuwe collega voor de wachtlijst')).toEqual([]);
  });

  it('reads "is" on a ward of care and a crisis ward in one word as a stay', () => {
    expect(foundOf('name_health', 'Samira is sinds vrijdag op de gesloten afdeling van Antes')).toEqual([
      'Samira',
    ]);
    expect(foundOf('name_health', 'Gijs ligt nog op de crisisafdeling')).toEqual(['Gijs']);
    expect(found('de teamdag is dit jaar op de gesloten afdeling van Antes, met rondleiding')).toEqual([]);
    expect(found('Samira werkt sinds vrijdag op de crisisafdeling als verpleegkundige')).toEqual([]);
  });
});

describe('names linked to a care detail further on, as held-out 24 showed', () => {
  it('reads a name alone in its sentence when the next one goes on about one person', () => {
    expect(foundOf('name_health', 'Zo, Tyrone. Hij is sinds dinsdag weer opgenomen')).toEqual(['Tyrone']);
    expect(found('Vergadering. Hij is opgenomen in de notulen van vorige week')).toEqual([]);
    expect(found('Top. Ze heeft de training over depressie goed gegeven')).toEqual([]);
  });

  it('reads a name opening the line with the care after "en" or a pronoun further on', () => {
    expect(foundOf('name_health', 'Yaw woont in Vlaardingen en heeft een bipolaire stoornis')).toEqual([
      'Yaw',
    ]);
    expect(
      foundOf(
        'name_health',
        'dwayne kwam vanochtend niet opdagen bij de Lidl, bleek dat hij weer opgenomen was',
      ),
    ).toEqual(['dwayne']);
    expect(found('Nieuwsbrief komt eraan en heeft een stuk over autisme en werk')).toEqual([]);
    expect(found('vandaag kwam de jobcoach, hij heeft een training over depressie gegeven')).toEqual([]);
  });
});

describe('notes after a question for help, as held-out 24 showed', () => {
  it('reads a note right after a question asking help for the person it ends with as about them', () => {
    expect(
      foundOf('name_health', 'kan iemand me helpen met Yusuf? wachtlijst voor schematherapie is nu een jaar'),
    ).toEqual(['Yusuf']);
    expect(found('Wie kent Sanne? Depressie is een thema in de werkgroep')).toEqual([]);
    expect(found('kan iemand me helpen met de planning? depressie is het thema van de werkgroep')).toEqual(
      [],
    );
  });

  it('reads "Staat op de wachtlijst" as a note without its subject, not an agenda item', () => {
    expect(
      foundOf('name_health', 'Gesprek met Ilona. Staat op de wachtlijst voor traumabehandeling'),
    ).toEqual(['Ilona']);
    expect(found('Overleg met Sanne. Staat op de agenda: depressie en werk.')).toEqual([]);
  });

  it("reads two fillers between a lower-case name's verb and its care term", () => {
    expect(foundOf('name_health', 'ngozi heeft weer een terugval, kan maandag niet')).toEqual(['ngozi']);
    expect(found('inclusie heeft weer een thema: depressie en werk')).toEqual([]);
  });

  it('reads a lower-case name opening the text with a time before a care place', () => {
    expect(foundOf('name_health', 'ayo is sinds 2 weken op de gesloten afdeling, zijn zus belt mij')).toEqual(
      ['ayo'],
    );
    expect(found('teamoverleg is sinds 2 weken op de gesloten afdeling van Yulius')).toEqual([]);
  });
});

describe('numbers and addresses written as held-out 24 showed', () => {
  it('reads a BSN named first and then what it is for, in a few words before the colon', () => {
    expect(foundOf('bsn', 'BSN van de deelnemer voor de aanvraag van de subsidie: 111222333')).toEqual([
      '111222333',
    ]);
    expect(found('BSN van de klant staat al in de aanvraag, polisnummer: 111222333')).toEqual([]);
  });

  it("passes a number said to be an organisation's or a group's, not a relative's", () => {
    expect(found('de vaste lijn van het netwerk is 0186 612 345')).toEqual([]);
    expect(found('het nummer van de UWV-vestiging Schiedam is 010 412 3344')).toEqual([]);
    expect(foundOf('phone', 'de vaste lijn van haar vader is 078 614 2233')).toEqual(['078 614 2233']);
    expect(foundOf('phone', 'het nummer van de werkgroep is 06 43219876')).toEqual(['06 43219876']);
  });

  it("passes a group's shared line and the writer's organisation's number, not a mobile or a relative's", () => {
    expect(found('de stuurgroep is bereikbaar op 078 611 2233')).toEqual([]);
    expect(found('ons nummer is veranderd: 0180 512 300')).toEqual([]);
    expect(foundOf('phone', 'ons nummer is 06 12345678, bel gerust')).toEqual(['06 12345678']);
    expect(foundOf('phone', 'het netwerk van haar zus: 078 611 2233')).toEqual(['078 611 2233']);
  });

  it("passes where the writer's organisation is found, not where parents are", () => {
    expect(found('we zijn te vinden op Lange Geldersekade 2, 3311 CJ Dordrecht')).toEqual([]);
    expect(foundOf('address', 'zijn ouders zijn te vinden op Lange Geldersekade 2')).toEqual([
      'Lange Geldersekade 2',
    ]);
  });

  it("passes a professional's work address called theirs, and a department's mailbox", () => {
    expect(
      found('het mailadres van de trajectbegeleider is r.hoekstra@werkplein.nl, dat is haar werkadres'),
    ).toEqual([]);
    expect(found('stuur de lijst maar naar onze afdelingsmail, wmo-zwijndrecht@zwijndrecht.nl')).toEqual([]);
    expect(
      foundOf('email', 'het mailadres van de deelnemer is k.osei@havenbedrijf.nl, dat is zijn werkadres'),
    ).toEqual(['k.osei@havenbedrijf.nl']);
  });

  it("passes the writer's organisation moving to an address labelled an office, not a household moving", () => {
    expect(found('we zijn verhuisd naar Molenkade 12 (kantoor), de bel doet het nog niet')).toEqual([]);
    expect(
      foundOf('address', 'we zijn verhuisd naar Molenkade 12, de kinderen hebben het naar hun zin'),
    ).toEqual(['Molenkade 12']);
    expect(foundOf('address', 'hij is verhuisd naar Molenkade 12 (kantoor van zijn broer)')).toEqual([
      'Molenkade 12',
    ]);
  });

  it("passes post sent to the writer's own office, not to a home", () => {
    expect(found('ons kantoor zit nu aan de Marktweg 8, 3311 AB Dordrecht, voor de post')).toEqual([]);
    expect(foundOf('postcode', 'hij woont aan de Marktweg 8, 3311 AB Dordrecht, voor de post')).toEqual([
      '3311 AB',
    ]);
  });
});
