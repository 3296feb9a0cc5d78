import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-model40 (7 December 2026): a named person with a somatic or psychic detail in words of medical shape
// (-itis, -ose, -fobie, -stoornis, -klachten, -pijn), beside look-alikes with the same names and words. The study of
// generalising features for the learned second signal is in src/privacy/README.md "A learned second signal".
describe('name_health: medical words by their shape, named and unnamed', () => {
  it.each([
    'Henk is vanochtend afgebeld, zijn sinusitis is weer opgespeeld',
    'Yvonne heeft sarcoïdose, is snel moe',
    'Joost heeft last van claustrofobie, de lift naar de 4e verdieping is een probleem',
    'Wouter is gediagnosticeerd met een hechtingsstoornis, traject bij Accare loopt',
    'Mirjam heeft nekklachten sinds het ongeluk, werkplekonderzoek aangevraagd',
    'Annelies loopt al maanden met zenuwpijn in haar been',
  ])('flags the named person: %s', (text) => {
    expect(foundOf('name_health', text)).not.toEqual([]);
  });

  it.each([
    'Anja vraagt of het Longfonds een spreker kan leveren over astma op de werkvloer',
    'Ellen spreekt op het congres over burn-out preventie bij jobcoaches',
    'Kim is morgen ziek thuis, ze belt in voor het overleg',
    'Stefanie gaat met zwangerschapsverlof, Wendy neemt over',
    'een kandidaat heeft artrose en tendinitis, wat zijn goede functies voor hem?',
    'Farah (GGZ Drenthe) presenteert de aanpak voor mensen met een angststoornis',
  ])('lets a look-alike pass: %s', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});
