import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-fp40 (7 December 2026): care words in a work or everyday sense, in a course's title beside its trainer, or
// after an organisation heading a line; the named client's care in the same words stays found.
describe('name_health: care words in a work sense, an idiom or a course title', () => {
  it.each([
    'Anouk is overspannen van enthousiasme over de nieuwe pilot',
    'Bert is helemaal in elkaar gezakt van het lachen toen de wethouder begon',
    'Kees kreeg een aanval van de slappe lach tijdens de notulen',
    'Joost snuift even de buitenlucht op na dat lange overleg',
    'Tom is verslaafd aan zijn nieuwe koffiemachine',
    'Tom is verslaafd aan Excel, echt elke lijst wordt een draaitabel',
    'Ruud is opgenomen in het rooster voor de inloop op maandag',
    'Freek is opgenomen in de nieuwe werkgroep Jongeren, welkom Freek!',
  ])('lets a work sense or an idiom pass: %s', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });

  it.each([
    'Werkfit: depressie en werk, een training voor werkgevers',
    'Leerhuis Twente: verslaving en werk, inschrijven kan tot vrijdag',
    'Werkpad: psychose en arbeid - kennissessie voor werkgevers op 2 juni',
    'Trainer Lotte: Omgaan met psychose, dinsdag 10-12',
    'Rob organiseert een masterclass Schizofrenie en arbeid',
    'Noor is gecertificeerd trainer Omgaan met depressie',
    'Trainer Gijs: Verslaving herkennen, voor teamleiders',
    'Marco is trainer van Leven met psychose, hij zoekt nog een co-trainer',
    'Docent Ellen - Omgaan met burn-out, woensdagmiddag',
  ])('lets a course title or an organisation heading pass: %s', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });

  it.each([
    'Anouk is overspannen van het werk, ze zit thuis',
    'Bert is in elkaar gezakt en ligt op de IC',
    'Joost snuift weer coke, zijn jobcoach heeft het gezien',
    'Tom is verslaafd aan gokken, hij zit bij Tactus',
    'Bianca is verslaafd aan de pijnstillers, de huisarts bouwt af',
    'Ruud is opgenomen in het ziekenhuis',
    'Lisa is opgenomen in de crisisopvang',
    'Sanne: depressie en werk lukt niet, ze is weer uitgevallen en zit bij de POH',
    'Klant Bas volgt de cursus Leven met angst bij de GGZ',
    'Herman: depressie, wacht op behandeling',
    'Marco heeft een terugval in zijn verslaving, hij stopt met de training',
  ])('keeps the named client’s care found: %s', (text) => {
    expect(foundOf('name_health', text)).not.toEqual([]);
  });
});
