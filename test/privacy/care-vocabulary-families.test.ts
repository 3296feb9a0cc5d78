import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-vocab66: care words by family the lexicon lacked (care-terms-families.ts), said of a named person, and
// the same words about a topic, a training, a department or a colleague at work, which stay clean.
describe('name_health: care vocabulary by family (det-vocab66)', () => {
  it.each([
    ['Wendy heeft een meniscusscheur en blijft thuis.', 'Wendy'],
    ['Nicole zit in de overgang en slaapt slecht.', 'Nicole'],
    ['Iris is ongesteld en werkt vandaag thuis.', 'Iris'],
    ['Bas wacht op de uitslag van de scan.', 'Bas'],
    ['Gerrit slikt amlodipine en simvastatine.', 'Gerrit'],
    ['Kim volgt IMR bij haar FACT-team.', 'Kim'],
    ['Ruud is doorverwezen naar de SGGZ.', 'Ruud'],
    ['Petra is bij de cardioloog geweest voor haar hartritme.', 'Petra'],
    ['Ilse zit bij de reumatoloog vanwege haar handen.', 'Ilse'],
    ['Achmed is stemmenhoorder.', 'Achmed'],
    ['Joyce is hoogzwanger.', 'Joyce'],
    ['Tamara heeft een blessure aan haar schouder.', 'Tamara'],
    ['Mehmet moest vannacht naar de huisartsenpost.', 'Mehmet'],
    ['Anouk krast weer, zag ik aan haar armen.', 'Anouk'],
    ['Emre is positief getest op corona.', 'Emre'],
    // A one-word entry of the phrase list made the guard throw on the whole text.
    ['Jan heeft een heupvervanging gehad.', 'Jan'],
    ['Marja wacht op een knievervanging.', 'Marja'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Mevrouw Jansen spreekt over de overgang van de Wajong naar de Participatiewet.',
    'Petra is bij de cardioloog geweest om de samenwerking te bespreken.',
    'De reumatoloog van het ziekenhuis, Ilse de Wit, geeft in maart een lezing.',
    'Mehmet werkt drie avonden per week als triagist op de huisartsenpost.',
    'Lars regelt de IMR-training voor de begeleiders van het team.',
    'Sanne stuurt de folder van de apotheek over omeprazol en paracetamol.',
    'De diëtist van Treant, Marleen, geeft een workshop over gezond eten.',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});
