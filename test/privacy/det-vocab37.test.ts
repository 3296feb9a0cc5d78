import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-vocab37: the breadth pass over medicines, somatic conditions, procedures, treatment forms and care
// providers by name (care-terms-breadth37.ts): said of a named person a health detail; as a topic, a stock,
// a training or a workplace nobody's.
describe('name_health: medicines, conditions, procedures, treatments and providers by name (det-vocab37)', () => {
  it.each([
    ['De Seroquel helpt Iris beter dan de oude pillen, ze slaapt weer door.', 'Iris'], // brand after "De"
    ['Omdat Daan Lyrica slikt mag hij voorlopig geen heftruck rijden.', 'Daan'], // brand after a name
    ['Karim gebruikt Rybelsus sinds de zomer en valt af.', 'Karim'], // diabetes
    ['Sinds Jesse op Briviact zit heeft hij minder aanvallen.', 'Jesse'], // epilepsy
    ['Fenna heeft hemofilie, bij een snijwond moet ze meteen naar de huisarts.', 'Fenna'], // condition
    ['Esra heeft een baarmoederverwijdering gehad en is tot juni thuis.', 'Esra'], // procedure
    ['Yara is gestart met MBCT bij de basis-ggz, op dinsdag kan ze dus niet.', 'Yara'], // treatment form
    ['Jorik heeft CRPS aan zijn hand sinds het ongeluk.', 'Jorik'], // condition in capitals
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Seroquel en rijvaardigheid: de factsheet van het CBR staat op de site.',
    'De apotheek meldt dat Lyrica weer leverbaar is.',
    'Apotheker Vos legt in de nieuwsbrief uit hoe Briviact werkt.',
    'Een voorlichting over hemofilie op de werkvloer, graag aanmelden.',
    'Het team is geschoold in MBCT, de training was goed.',
    'Ilse van Pameijer belt je terug over de stageplek.',
    'Sanne werkt in het CWZ als secretaresse en zoekt iets nieuws.',
    'Sanne (FACT) schuift aan bij de casusgroep om de werkwijze van het FACT-team toe te lichten.',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});
