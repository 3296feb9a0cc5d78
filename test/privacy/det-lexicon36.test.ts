import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-lexicon36: the breadth pass over the care vocabulary (care-terms-breadth.ts), one sample per family: the
// word said of a named person is a health detail; the same word as a topic, a service or a figure of speech
// names nobody.
describe('name_health: care vocabulary by family, breadth pass (det-lexicon36)', () => {
  it.each([
    ['Sanne heeft misofonie en werkt liever alleen.', 'Sanne'], // psychiatric
    ['Mira heeft nachtzweten en koorts, ze is er deze week niet.', 'Mira'], // symptom
    ['Femke gebruikte flakka, nu zit ze in een traject bij ons.', 'Femke'], // substance
    ['Noor slikt Tramal voor haar rug, ze rijdt niet.', 'Noor'], // medicine
    ['Lars krijgt IHBT sinds vrijdag, dus de afspraak schuift.', 'Lars'], // care setting
    ['Ties heeft een nekhernia en kan voorlopig niet tillen.', 'Ties'], // somatic
    ['Tim is visueel beperkt en zoekt werk in de zorg.', 'Tim'], // disability
    ['Nadia heeft harde buiken, ze is 30 weken.', 'Nadia'], // pregnancy
    ['Bram is uit het leven gestapt, de familie vraagt om rust.', 'Bram'], // suicide
    ['Sem was in a psych ward last year, he told the employer.', 'Sem'], // English
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Een workshop over misofonie voor werkgevers, graag aanmelden.',
    'De koorts rond de verkiezingen is voorbij, de begroting ligt er.',
    'De politie waarschuwt voor flakka in de regio, zie de nieuwsbrief.',
    'Tramal en andere pijnstillers: een factsheet voor leidinggevenden.',
    'Het IHBT-team van Lentis doet vanaf mei mee aan de werkgroep.',
    'Nekhernia in het algemeen: wat kan een werkgever aanpassen?',
    'Visueel beperkt en werk: een webinar op 12 mei.',
    'De HPV-vaccinatie start in september, de GGD stuurt een brief.',
    'Een lezing over stervensbegeleiding in de wijk, donderdag om acht uur.',
    'The craving for coffee after lunch is real, said the trainer.',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});
