import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-plain37: a person's health said in plain words of how they function (care-terms-functioning.ts,
// care-term-functioning.ts): said of a named person a health detail; said of a meeting, a system, a task,
// the writer or an unnamed client, nobody's.
describe('name_health: functioning and symptoms in plain words (det-plain37)', () => {
  it.each([
    ['Sem eet al dagen niet en neemt zijn telefoon niet op', 'Sem'], // not eating, verb first
    ['Ik hoorde van Kees dat Anouk weer niet eet', 'Anouk'], // not eating, verb last
    ['Daan slaapt de hele dag en komt niet op het werk', 'Daan'], // sleeping all day
    ["Kees ligt 's nachts wakker en piekert veel", 'Kees'], // lying awake
    ['Jantine zit in paniek, bel haar even terug', 'Jantine'], // panic
    ['Gerard denkt dat de buren hem afluisteren', 'Gerard'], // suspicion
    ['Noor belt elke dag huilend op en zegt dat ze niet meer kan', 'Noor'], // crying, not coping
    ['Marjolein houdt het niet meer vol', 'Marjolein'], // not coping at the clause's end
    ['Het gaat niet goed met Daan, hij zit de hele dag te staren', 'Daan'], // going badly with a name
    ['Ik heb het gevoel dat het met Tjeerd niet goed gaat', 'Tjeerd'], // the same, verb last
    ['slaapt Daan inmiddels weer een beetje?', 'Daan'], // asked
    ['Kobus neemt af en toe een lijntje coke in het weekend', 'Kobus'], // slang
    ['Kees gebruikt qat en komt daardoor vaak niet opdagen', 'Kees'], // a drug the lists lacked
    ['Wat doen we als Rick weer een aanval krijgt op de werkvloer?', 'Rick'], // a fit
    ['Pieter ligt in Dennenoord', 'Pieter'], // a clinic by its name
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Lotte eet niet mee vanavond, ze heeft een etentje',
    'Sem eet niet in de kantine maar neemt brood mee',
    'Kees slaapt op de bank bij de training',
    'Daan ligt er niet wakker van, de planning klopt',
    'Esra zit in paniek over de begroting',
    'Het gaat niet goed met de subsidie',
    'Wessel is koffie gaan drinken met de wethouder',
    'Kees trekt zich terug uit het overleg',
    'Daan komt nergens meer aan toe door al het werk',
    'De server kreeg weer een aanval van hackers, zegt Rick',
    'een deelnemer eet al dagen niet, wat doen we?',
    'Kees is ontslagen bij Parnassia na de reorganisatie',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});
