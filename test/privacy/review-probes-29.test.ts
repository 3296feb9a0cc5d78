import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// Hand-written werkgroep probes of a second review of the morning's merged rules (against 6d8dd70):
// clean lines the new rules flagged, each beside a client line of the same shape that must stay found.
const health = (text: string) => foundOf('name_health', text);
const phone = (text: string) => foundOf('phone', text);
const email = (text: string) => foundOf('email', text);

describe('review 29: a member or colleague named near a new care word while working', () => {
  it.each([
    // "op haar tandvlees" with what wears one out after it: the workload, like "zit in een dip met de omzet".
    'Kim loopt op haar tandvlees met drie projecten tegelijk.',
    'Sanne loopt op haar tandvlees met de planning van de regiodag.',
    // "nuchter" of a judgement, however long: level-headed, not sober.
    'Kim is al jaren nuchter in haar oordeel over nieuwe methodes.',
    'Peter is al jaren nuchter over de kansen van een pilot.',
    // The urgent intake done by the worker.
    'Peter doet een spoedintake bij de GGZ als ze geen plek hebben, dat is zijn taak.',
    'Lisa plant een spoedintake bij de GGZ voor de nieuwe aanmelding.',
    // A recording made for something.
    'De opname van Henk voor de podcast staat online.',
    'De opname van Sanne voor het webinar is gemonteerd.',
    // The team's psychologist spoken to about work.
    'Jeroen heeft gesprekken met de psycholoog van het team over de rolverdeling.',
    'Marieke heeft gesprekken met de psycholoog van onze afdeling over de werkdruk in het team.',
  ])('is clean: %s', (text) => {
    expect(health(text)).toEqual([]);
  });

  it.each([
    'Kim loopt op haar tandvlees sinds de scheiding.',
    'Bram is al 3 maanden nuchter en solliciteert bij de bouw.',
    'Sandra is 1 jaar nuchter in januari.',
    'Eva heeft een spoedintake bij de GGZ gehad.',
    'De opname van Kim duurde zes weken.',
    'De opname van Kim voor haar depressie duurde zes weken.',
    'Jeroen heeft gesprekken met de psycholoog over zijn angsten.',
  ])('a client of the same shape is still found: %s', (text) => {
    expect(health(text)).not.toEqual([]);
  });
});

describe('review 29: a thing that collapsed or went out, a member named in the sentence', () => {
  it.each([
    'Het systeem is ingestort tijdens de demo van Jeroen.',
    'Het dak van de loods is ingestort, Kim regelt een andere zaal.',
    'Jeroen zag de server ingestort na de update.',
    'Het systeem lag eruit, een black-out van het netwerk tijdens de demo van Jeroen.',
  ])('is clean: %s', (text) => {
    expect(health(text)).toEqual([]);
  });

  it.each([
    'Roos is ingestort en zit thuis.',
    'Jeroen is volledig ingestort na het ontslag.',
    'De deelnemer is ingestort, volgens Kim slaapt hij niet meer.',
    'Stijn had een black-out op het werk en is naar de eerste hulp gebracht.',
  ])('a person who collapsed is still found: %s', (text) => {
    expect(health(text)).not.toEqual([]);
  });
});

describe("review 29: a speaker's label opening a notulen line before an organisation's number", () => {
  it.each([
    'Mark: bel de receptie op 013 464 30 00 als je de weg niet vindt.',
    'Joost: het telefoonnummer van de receptie is 0570 63 61 00.',
    'Jeroen: bel het algemene nummer 0314 37 37 37 en vraag naar Ria.',
    'Ria: kantoor Lochem 0573 25 25 25, vraag naar Henk.',
  ])('is clean: %s', (text) => {
    expect(phone(text)).toEqual([]);
  });

  it.each([
    // The label right before the number names whose it is.
    'Sanne: 0573 25 25 25, receptie is dicht.',
    'Joost: het nummer van zijn moeder is 0570 61 23 45.',
    'Mark: bel Kees op 013 464 30 00 als je de weg niet vindt.',
    'Klant: bel de receptie op 013 464 30 00 als je de weg niet vindt.',
  ])("a person's number is still found: %s", (text) => {
    expect(phone(text)).not.toEqual([]);
  });
});

describe("review 29: a group's mailbox for its region is an organisation's, not a free-mail address", () => {
  it.each([
    'Vragen? Mail naar hzw-gelderland@ipsnederland.nl.',
    'De mailbox wsp-twente@regiotwente.nl leest Kim.',
  ])('passes: %s', (text) => {
    expect(email(text)).toEqual([]);
  });

  it.each([
    'Mail van ed-twente@gmail.com, dat is de deelnemer zelf.',
    'De klant mailt vanaf bo-gelderland@hotmail.com.',
  ])("at a free-mail domain it is still a person's: %s", (text) => {
    expect(email(text)).not.toEqual([]);
  });
});
