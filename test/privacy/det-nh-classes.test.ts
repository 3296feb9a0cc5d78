import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// det-nh (stop 34; batch 63, Gooi en Vechtstreek and Foodvalley): care words the lexicon knows but the owner
// walk gave to someone else or to nobody, and words it lacked, in other words than the corpus's. A client's own
// supporter or treater who suspects or reports it, a neighbour who calls, a definite description ("de man met de
// angststoornis"), a genitive's mood, a condition's assessment, a mood's course in the next note, English care
// words, sleeplessness, a discharge, a ward; and as look-alikes an abbreviation spelled out in brackets, a group
// counted by a question, a handbook, a time word opening the sentence.
describe('name_health: det-nh classes', () => {
  it.each([
    ['Ik sprak Nadia vanmiddag, haar begeleider denkt aan een depressie.', 'Nadia'],
    ['Femke is afgevallen; haar jobcoach vermoedt een eetstoornis.', 'Femke'],
    ['Joris zit thuis. Zijn huisarts vermoedt een depressie.', 'Joris'],
    ['Met Anouk gaat het slecht, haar casemanager vreest een nieuwe psychose.', 'Anouk'],
    ['yusuf belt af, zn begeleider zegt dat ie weer psychotisch is', 'yusuf'],
    ['Ik kreeg Wim niet te pakken. Zijn buurman belde: hij had te veel pillen geslikt.', 'Wim'],
    ['Ken je dhr. Mulder nog, de man met de angststoornis? Hij is aangenomen.', 'dhr. Mulder'],
    ["Noor's angst is deze week echt erger.", "Noor's"],
    ['Bas wacht op zijn autisme-onderzoek bij Karakter.', 'Bas'],
    ['Even met Mirjam gebeld. Angst is iets minder.', 'Mirjam'],
    ['Quick update on Joost: his panic disorder is under control.', 'Joost'],
    ["Lisa's therapist says her CPTSD explains the freezing.", "Lisa's"],
    ['Kevin zegt dat hij al twee weken niet geslapen heeft.', 'Kevin'],
    ['Zodra Wendela uit het ziekenhuis is, pakken we het weer op.', 'Wendela'],
    ['Mw. Kok is van de gesloten naar de open afdeling gegaan.', 'Mw. Kok'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Met Sanne besproken: de begeleider van een deelnemer vermoedt een depressie, wat nu?',
    'Onze jobcoach Ilse vermoedt dat een klant van haar een burn-out heeft, ze vraagt om tips.',
    'Joris (begeleider bij Kwintes) vermoedt dat veel deelnemers een depressie verzwijgen.',
    'Marieke vreest een terugval in de cijfers als de subsidie stopt.',
    'Ilona vertelde dat haar buurvrouw een depressie heeft.',
    'Lotte sprak de man met de psychose bij de inloop.',
    "Noor's angst voor de nieuwe leidinggevende is begrijpelijk.",
    'Sanne presenteert haar ADHD-onderzoek op het congres.',
    'Het autisme-onderzoek van de universiteit zoekt deelnemers, zegt Bas.',
    'Workshop met Mirjam gehad. Angst is minder besproken dan we wilden.',
    'The drug problem in the region is growing, says Sanne.',
    'Dennis gives a talk on panic disorder in March.',
    'De baby van Kevin houdt hem elke nacht wakker.',
    'In het Wim-project (Werk In Meerstad) doen tien deelnemers met een depressie mee.',
    'Vraag namens Ellen (UWV): hoeveel deelnemers in Wageningen hebben dit jaar een opname gehad?',
    'Monique stuurt het handboek autisme en werk door.',
    'Vanochtend belde ze me, ze had te veel pillen geslikt.',
  ])('keeps "%s" clean', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('keeps a person whose initials follow in brackets, and a counted group in another clause', () => {
    expect(foundOf('name_health', 'Sanne Jansen (SJ) heeft een burn-out.')).toEqual(['Sanne Jansen']);
    expect(
      foundOf('name_health', 'Ellen vroeg hoeveel deelnemers ze heeft, ze heeft zelf een burn-out.'),
    ).toEqual(['Ellen']);
  });
});
