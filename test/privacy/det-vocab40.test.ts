import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-vocab40: a named person's health said in everyday words (care-terms-body-said40.ts), and the same words of
// the writer, an unnamed client, a team, a budget, a document.
describe('name_health: health said in everyday words (det-vocab40)', () => {
  it.each([
    ['Sanne ligt er al twee weken uit met haar rug', 'Sanne'],
    ["kees heeft het weer in z'n rug, kan niet zitten", 'kees'],
    ['Mo zit thuis met zijn knie', 'Mo'],
    ['Jurgen heeft een slechte knie, traplopen gaat niet', 'Jurgen'],
    ['Hüseyin heeft een kapotte knie en kan niet op de steiger', 'Hüseyin'],
    ["Tom loopt op z'n tandvlees", 'Tom'],
    ['Petra kan de dag niet meer door', 'Petra'],
    ['Dirk is onder het mes geweest', 'Dirk'],
    ['Corrie moet naar de poli voor controle', 'Corrie'],
    ['Marit moet naar de fysio voor haar nek', 'Marit'],
    ['Kim slikt weer pilletjes van de huisarts om te slapen', 'Kim'],
    ['Ton is suf van de pillen', 'Ton'],
    ['Silvia heeft een kunstheup gekregen', 'Silvia'],
    ["Bert is z'n teen kwijt door de suiker", 'Bert'],
    ["Jasper z'n bloeddruk is veel te hoog", 'Jasper'],
    ['Esther is in verwachting van de tweede', 'Esther'],
    ['Mireille is in blijde verwachting', 'Mireille'],
    ['ze vrezen dat Joey zichzelf wat aandoet', 'Joey'],
    ['Coby krijgt palliatieve zorg', 'Coby'],
    ['Henk heeft een verwijzing voor de cardioloog', 'Henk'],
    ['Gerben kan niet van de gokkast afblijven', 'Gerben'],
    ['Ilse is van de kaart sinds de diagnose van haar vader', 'Ilse'],
    ['Tim blies positief bij de controle', 'Tim'],
    ['Jeroen denkt aan de dood, zei hij tegen zijn jobcoach', 'Jeroen'],
    ['Romy heeft last van duizelingen', 'Romy'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    "Het team loopt op z'n tandvlees met drie aanbestedingen",
    'ik zit thuis met mijn knie, bel me maar als er iets is',
    'Kees zit met zijn rug naar het raam in de vergaderzaal',
    'Wouter heeft een slecht hart voor de ambtenarij, zegt hij zelf',
    'Jeugdzorg gaat onder het mes, lees het stuk van Anton',
    'Loes moet onder het mes met de formatie, zegt de directeur',
    'De werkwijze van het UWV gaat onder de scanner, Ellen zit in de klankbordgroep',
    'Kees heeft een scan van zijn paspoort gemaild naar het secretariaat',
    'Esther is in verwachting van een hoge opkomst op de kick-off',
    'Esther is in verwachting van de tweede ronde subsidie',
    'Mina is blind voor de kosten, zegt de controller',
    'Petra kan de dag niet door de drukte op de weg, ze belt in',
    'Jaap, ik hoor je slecht, kun je opnieuw inbellen?',
    'Marit gaat naar de poli van Lentis om de samenwerking te bespreken',
    'De verwijzing naar het ziekenhuis gaat via de huisarts, legt Nadia uit op de training',
    'Joyce is van de kaart met het rooster, ze snapt er niks meer van',
    'Anouk piekert zich suf over de begroting',
    'De baby van Kevin houdt hem elke nacht wakker, dus hij start om tien uur.',
    'Jeroen denkt aan de dood van zijn vader vorig jaar, hij wil de herdenking niet missen',
  ])('does not flag "%s"', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});
