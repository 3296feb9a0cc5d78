import { describe, expect, it } from 'vitest';
import { found, foundOf, testGuard } from './helpers.ts';

// det-nh64 (batch 64): a message that opens by addressing someone and asks after their own care ("je"), a
// profile typed as fragments whose name is a sentence of its own, staying at home with panic, an injection
// given; and as look-alikes the same openings about a topic, someone's work or a thing. Checked with the
// rules alone, so the learned model cannot hide a rule that stopped working.
const rules = testGuard({ nameHealthModel: null });

describe('name_health: det-nh64 classes', () => {
  it.each([
    ['Sem, hoe gaat het met je depressie? Lukt het een beetje?', 'Sem'],
    ['Hoi Lotte,\nIk hoop dat je herstel na je knieoperatie voorspoedig gaat.', 'Lotte'],
    ['Hee Floor, hoe is het met jouw burn-out? Neem gerust de tijd.', 'Floor'],
    ['Nieuwe aanmelding: Daan. 27. Woont bij zijn ouders. Psychose gehad in 2024.', 'Daan'],
    ['FENNA. 33. Twee kinderen. Al een jaar depressief. Zoekt iets in de zorg.', 'FENNA'],
    ['Intake: Wouter. 45. Ex-militair. PTSS. Rijbewijs kwijt.', 'Wouter'],
    ['Thijs zit sinds maandag thuis met paniek, de jobcoach belt hem morgen', 'Thijs'],
    ['Ilse krijgt om de vier weken een injectie bij de poli', 'Ilse'],
  ])('finds "%s"', (text, name) => {
    expect(
      found(text, rules)
        .filter(([kind]) => kind === 'name_health')
        .map(([, s]) => s),
    ).toEqual([name]);
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Bas, kun jij het agendapunt over burn-out voorbereiden?',
    'Sanne, heb je de flyer over depressie en werk al gezien?',
    'Dag Jesse, jouw workshop over verslaving was top!',
    'Hoi Kees, heb je je folder over ADHD al af?',
    'Spreker: Joy. 45. Ervaringsdeskundige. Vertelt over depressie en werk.',
    'Nieuwe collega: Bas. Komt van Lentis. Veel ervaring met verslavingszorg.',
    'Bas. 34. Jobcoach bij Dimence. Specialisme: autisme.',
    'Kees zit thuis met angst voor de reorganisatie',
    'Kees heeft de injectie-instructie voor de poli geschreven',
  ])('keeps "%s" clean', (text) => {
    expect(found(text)).toEqual([]);
  });
});
