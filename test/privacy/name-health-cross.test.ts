import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// A person named in one sentence and a care detail in the next one, a note whose subject is left out
// (care-term-continued.ts): one sentence boundary, no topic or meeting word, never the writer.
describe('names with health details in the next sentence of a note', () => {
  it.each([
    ['Jan de Vries gebeld. Heeft weer last van zijn depressie.', 'Jan de Vries'],
    ['Gesprek met Fatma. Ligt sinds maandag in de kliniek.', 'Fatma'],
    ['Ahmed: gestart bij IPS. Slikt nog lithium.', 'Ahmed'],
    ['Dhr. Brouwer belde terug. Is sinds dinsdag weer opgenomen.', 'Dhr. Brouwer'],
    ['Jan de Vries gebeld. Opgenomen sinds maandag.', 'Jan de Vries'],
    ['Jeroen Bakker teruggebeld. Nog steeds erg depressief.', 'Jeroen Bakker'],
    ['Sanne gesproken. Depressie speelt weer op.', 'Sanne'],
    ['Gesprek met meneer Dijkstra. Psychose is voorbij.', 'meneer Dijkstra'],
  ])('finds %s', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    // A topic, agenda or meeting word in either sentence.
    'Workshop met Sanne Visser. Heeft veel ervaring met autisme.',
    'Workshop met Sanne Visser. Autisme en ADHD.',
    'Met Jeroen gesproken. Depressie en angst zijn thema voor de werkgroep.',
    'Agenda voor dinsdag met Ahmed. Psychose is het eerste agendapunt.',
    'met eline gebeld, ze komt morgen. depressie is het thema van de leerbijeenkomst.',
    // A question, a subject after the verb, a statement in general, two sentences away.
    'Sanne Visser gebeld. Heeft iemand ervaring met schizofrenie?',
    'Jeroen Bakker belde. Is er al nieuws over de pilot verslaving en werk?',
    'Karin Mulder presenteerde. Depressie komt veel voor bij jongeren.',
    'Jan de Vries gebeld. Het gaat goed. Heeft het team de folder over depressie?',
    'Sanne opende. Daarna pauze. Vervolgens de lunch. Hij heeft een depressie.',
    // The writer, a colleague's job.
    'Ik ben Sanne Visser. Heb zelf jaren een depressie gehad.',
    'Sanne Visser hier. Werk sinds mei bij de verslavingszorg.',
    'Marieke Jansen belde. Is psychiatrisch verpleegkundige bij GGNet.',
    'Ilse Bos belde. Is psychiater bij Mondriaan.',
  ])('leaves %s', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });

  it('keeps what per-sentence reading finds', () => {
    expect(foundOf('name_health', 'Wie kan mij helpen? rasha is doof en zoekt werk.')).toEqual(['rasha']);
    expect(
      foundOf(
        'name_health',
        'heeft iemand ervaring met schizofrenie? vraag voor Dennis, die wil in het magazijn',
      ),
    ).toEqual(['Dennis']);
  });
});
