import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-nhfp37 (stop 37): a meeting, group, contact role, format or figures named after a care word is a named
// professional's work; the named person's own care in the same shapes stays found.
describe('name_health: a care word naming a meeting or a work thing beside a named professional', () => {
  it.each([
    'Mo heeft de notulen van het medicatieoverleg rondgestuurd, graag reageren voor vrijdag',
    'Ahmed schuift aan bij het verslavingsoverleg van Tactus',
    'Anouk geeft in mei een EMDR-informatiebijeenkomst voor jobcoaches',
    'Ruud is onze nieuwe verslavingsarts-contactpersoon bij Tactus',
    'Wouter zit in de lithium-werkgroep van de apothekers',
    'Ilse had een mooi signaleringsplan-format bij zich',
    'Karim heeft de verslavingscijfers over 2025 aangeleverd',
    'Youssef heeft de medicatieprotocollen van de apotheek gemaild',
  ])('lets it pass: %s', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });

  it.each([
    ['Mo heeft zijn medicatieoverleg met de psychiater verzet', 'Mo'],
    ['Sanne heeft een medicatieoverleg gehad, de dosis gaat omhoog', 'Sanne'],
    ['Jan heeft morgen medicatieoverleg bij de psychiater', 'Jan'],
    ['deelnemer Ali: medicatieoverleg volgende week', 'deelnemer Ali'],
    ['Femke is opgenomen op de autisme-afdeling van Lentis', 'Femke'],
    ['Wouter slikt lithium sinds maart', 'Wouter'],
    ['Ilse heeft haar signaleringsplan bij zich', 'Ilse'],
    ['Karim is verslaafd, hij zit in het verslavingsprogramma', 'Karim'],
  ])('keeps it found: %s', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });
});
