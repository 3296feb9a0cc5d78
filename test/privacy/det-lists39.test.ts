import { describe, expect, it } from 'vitest';
import { foundOf, testGuard } from './helpers.ts';

// det-lists39: names listed before a shared care detail, pasted form rows, a chat @mention asked after their
// own care, two-letter given names; and their clean look-alikes.
describe('name_health: lists, form rows, @mentions and two-letter names (det-lists39)', () => {
  it.each([
    ['Sanne, Ayoub en Kees zitten alle drie in de kliniek', 'Sanne'], // a listed subject, then the stay
    ['Voornaam: Ruben\nAchternaam: Meijer\nWoonplaats: Zutphen\nBehandelaar: psychiater Lentis', 'Ruben'],
    ['voornaam: tim\nachternaam: de graaf\nreden aanmelding: burn-out en depressieve klachten', 'tim'],
    ['@fatma hoe is het na je operatie?', 'fatma'], // a handle in lower case, "je operatie"
    ['@peter ben je al uit het ziekenhuis?', 'peter'],
    ['Hoi @kees, hoe gaat het met je herstel?', 'kees'],
    ['Ad heeft een depressie en zit thuis', 'Ad'],
    ['Jo slikt weer antidepressiva en is moe', 'Jo'],
    ['Gisteren gesproken met Ad, hij is opgenomen na een crisis', 'Ad'],
    ['jo is in behandeling bij de verslavingszorg', 'jo'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Sanne, Ayoub en Kees zitten alle drie in de werkgroep',
    'Sanne, Ayoub en Kees zitten alle drie in de kliniek voor de rondleiding',
    'thijs en marloes schuiven aan bij het overleg van de verslavingskliniek',
    'Voornaam: Ilse\nAchternaam: de Wit\nFunctie: jobcoach\nOrganisatie: Lentis',
    '@fatma hoe ging de training?',
    '@peter ben je al uit de vergadering?',
    '@sanne zit je morgen in het ziekenhuis voor het overleg?',
    '@Hanneke hoe was je bezoek aan het ziekenhuis voor de samenwerking?',
    '@Ayoub hoe gaat het met de behandeling van je aanvraag?',
    'AD-artikel over depressie en werk gelezen? Goed stuk',
    'Ad-hoc overleg over de kliniekplekken morgen om 10 uur',
    'het AD is kritisch over de wachtlijst voor de kliniek',
    'ik ben zelf opgenomen geweest vorig jaar, dus ik snap het goed',
    'mijn knie-operatie is goed gegaan, ben vanaf maandag terug',
  ])('does not flag "%s"', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });

  // The treater's field says nothing when it is empty (the rule; the learned signal reads the record on its own).
  it('does not read "Behandelaar: geen" as a treater', () => {
    const rules = testGuard({ nameHealthModel: null });
    expect(foundOf('name_health', 'Voornaam: Ruben\nAchternaam: Meijer\nBehandelaar: geen', rules)).toEqual(
      [],
    );
    expect(foundOf('name_health', 'Voornaam: Ruben\nAchternaam: Meijer\nBehandelaar: Lentis', rules)).toEqual(
      ['Ruben'],
    );
  });
});
