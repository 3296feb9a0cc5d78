import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// The classes of batch 43-names' name_health misses (5 December 2026): health said through the paperwork
// around it and in everyday words. Each class with lines of its kind in other words, and look-alikes that
// must stay clean.
describe('name_health: care said through its paperwork', () => {
  it.each([
    // An indication for care, had by the person.
    ['Lieke Jansen heeft een Wlz-indicatie en zoekt vrijwilligerswerk', 'Lieke Jansen'],
    ['Ahmed krijgt een indicatie voor ambulante begeleiding', 'Ahmed'],
    ['Mila heeft een indicatie voor begeleid wonen aangevraagd', 'Mila'],
    // Supported living and forensic care.
    ['Bas de Vries woont sinds mei in een huis voor begeleid wonen', 'Bas de Vries'],
    ['Dirk Smit heeft tbs met voorwaarden, de reclassering kijkt mee', 'Dirk Smit'],
    // A benefit for a disability, and one's own disability.
    ['Noor zit in de Wajong en wil meer uren', 'Noor'],
    ['Sem werkt minder uren vanwege zijn beperking', 'Sem'],
    // Declared unfit for work.
    ['Yusuf is afgekeurd voor zijn werk als lasser', 'Yusuf'],
    ['Anouk is volledig afgekeurd en zoekt vrijwilligerswerk', 'Anouk'],
    ['Jeroen is afgekeurd door de bedrijfsarts', 'Jeroen'],
    ['Sanne de Vries is gedeeltelijk afgekeurd', 'Sanne de Vries'],
    // A measured IQ.
    ['Romy heeft een IQ rond de 75, dus korte opdrachten', 'Romy'],
    // An operation on the body.
    ['Henk Visser herstelt van een operatie aan zijn knie', 'Henk Visser'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Lieke Jansen maakt een indicatie van de planning voor volgend jaar',
    'Ahmed geeft een indicatie voor de kosten van het traject',
    'Sem werkt met mensen met een beperking',
    'Yusuf zegt dat de aanvraag is afgekeurd door het UWV',
    'Anouk heeft het voorstel afgekeurd',
    'Romy leest een boek over IQ-testen',
    'Henk Visser leidt de operatie in Rotterdam',
    'Noor geeft voorlichting over de Wajong aan werkgevers',
    'Bas de Vries is teamleider begeleid wonen bij Cordaan',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

describe('name_health: a note that leaves out its subject after "Name:"', () => {
  it.each([
    ['Sanne: heeft ook nog een angststoornis, wist ik niet', 'Sanne'],
    ['Daan: zit sinds maandag in de kliniek', 'Daan'],
    ['Fatima: krijgt nu ook lithium van de psychiater', 'Fatima'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Sanne: is er iemand met ervaring met een eetstoornis op de werkvloer?',
    'Daan: is het waar dat burn-out vaker voorkomt?',
    'Fatima: ik heb zelf een depressie gehad',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

describe("name_health: care as a topic, not anyone's health", () => {
  it.each([
    'Femke gaat naar de lezing "Leven met een depressie" in Zwolle',
    "Joost en ik bezoeken het symposium 'Werk na kanker' volgende week",
    'Nina vraagt of therapie vergoed wordt uit de basisverzekering, algemene vraag voor de nieuwsbrief',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });

  it.each([
    ['Nina vraagt of haar therapie vergoed wordt uit de basisverzekering', 'Nina'],
    ['Femke gaat naar de lezing, ze heeft zelf een depressie', 'Femke'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });
});

describe("name_health: a care provider's waiting list and treatment with its reason", () => {
  it.each([
    ['Linda staat op de wachtlijst van Accare voor haar dochter', 'Linda'],
    ['Mehmet staat op de wachtlijst bij de GGZ', 'Mehmet'],
    ['Koen zit in een traject bij Tactus voor zijn drinken', 'Koen'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Linda staat op de wachtlijst van de gemeente voor een woning',
    'Mehmet beheert de wachtlijst van Tactus',
    'Koen heeft een overleg bij Tactus voor de samenwerking',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

describe('name_health: thoughts of suicide, and a care service listed in a case note', () => {
  it.each([
    ['Jasper de Wit heeft gedachten over zelfdoding gehad, er is een plan gemaakt', 'Jasper de Wit'],
    ['Kim Bos, Lindelaan 3: verslavingszorg (Tactus) + schuldhulp', 'Kim Bos'],
    ['Kim Bos: verslavingszorg + schuldhulp', 'Kim Bos'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Jasper de Wit doet onderzoek naar gedachten over zelfdoding',
    'Kim: verslavingszorg (Tactus) presenteert morgen',
    "Kim: verslavingszorg, werk en wonen zijn de thema's",
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

describe('name_health: declared unfit, said of a thing', () => {
  it.each([
    'Het plan van Jan is gedeeltelijk afgekeurd door de raad',
    'Jan zegt dat het voorstel volledig afgekeurd is',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});
