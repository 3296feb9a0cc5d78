import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// Hand-written probes of batch 44-names' rules and the name lexicon (review, 6 December 2026): client
// lines the changes lost and look-alikes they started to flag.
describe('name_health: a first name after "het"', () => {
  it.each([
    // "het" as the object before the person spoken to: a person, not a hospital.
    ['Ik heb het Sanne gevraagd, ze zit nog in de kliniek.', 'Sanne'],
    ['Heb je het Pieter al verteld? Hij is opgenomen.', 'Pieter'],
    ['Ik denk dat het Fatima goed doet dat ze in de kliniek zit.', 'Fatima'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Het Antoni van Leeuwenhoek heeft een goed programma voor werk na kanker.',
    'Ze lag in het Wilhelmina met een depressie, zegt de werkgever.',
  ])('leaves the hospital in "%s" unnamed', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

describe('name_health: lexicon first names that are a place or a care provider', () => {
  it.each([
    'In Lisse is een nieuwe kliniek voor verslaving geopend.',
    'Lisse heeft een nieuwe locatie voor beschermd wonen.',
    'Bavo is gestart met een nieuwe kliniek voor psychose.',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

describe('name_health: drunk and under the influence in other senses', () => {
  it.each([
    'Sanne was weer dronken van geluk na de subsidietoekenning.',
    'Mark was weer dronken van de zon na het terras.',
    'Joost rijdt nooit onder invloed, hij is altijd de Bob.',
    'Kees was niet onder invloed, dat heeft de werkgever nagevraagd.',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });

  it.each([
    ['Erik was weer dronken van de wodka, zegt zijn moeder.', 'Erik'],
    ['Anouk was gisteren onder invloed, zegt haar moeder.', 'Anouk'],
  ])('still finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });
});

describe('name_health: bed phrases and lower-case abbreviations', () => {
  it.each([
    // "uit" as a preposition: furniture moved, not someone who stays in bed.
    'Sanne kreeg haar bed niet uit de verhuiswagen, dus ze is later.',
    'Kees kreeg zijn bed niet uit de kamer bij de verhuizing.',
    // An abbreviation and a plural with an apostrophe: no initials and surname.
    "o.a. thema's: verslaving, psychose en werk.",
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });

  it.each([
    ['Joost komt zijn bed niet uit, zegt zijn vriendin.', 'Joost'],
    ['Vera komt haar bed niet meer uit.', 'Vera'],
  ])('still finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });
});

describe('name_health: in treatment told in a clause with the name as its subject', () => {
  it.each([
    ['Ik weet dat Joost bij Arkin in behandeling is.', 'Joost'],
    ['Het is nu bekend dat Sanne bij de Jellinek in behandeling is.', 'Sanne'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it('leaves a request handled by an office clean', () => {
    expect(
      foundOf('name_health', 'Ik denk dat Sanne bij het UWV in behandeling is, de aanvraag bedoel ik.'),
    ).toEqual([]);
  });
});
