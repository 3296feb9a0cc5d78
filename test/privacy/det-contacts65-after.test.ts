import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// Review of batch 65 (review-35): an office's label, a sign-up line, a notice's "Vragen:" and a switchboard's
// round number pass a number as an organisation's, but the words after it can still give it to a client or a
// relative on the same line. Each of these was found before batch 65 and must stay found.
describe('phone: a client or relative named after an office-looking number keeps it theirs', () => {
  it.each([
    ['receptie: 06-41 92 37 15, dat is het nummer van zijn moeder', '06-41 92 37 15'],
    ['tel kantoor 06-41 92 37 15 (privé van de deelnemer)', '06-41 92 37 15'],
    ['Vragen: 06-41 92 37 15 (Pieter, deelnemer)', '06-41 92 37 15'],
    ['Meer info: 06-41 92 37 15, dat is de moeder van Kees', '06-41 92 37 15'],
    ['aanmelden via 0544-47 12 50 deed zijn moeder al', '0544-47 12 50'],
    ['Bakkerij Smit 0546-53 12 00, de deelnemer neemt zelf op', '0546-53 12 00'],
  ])('keeps it: %s', (text, number) => {
    expect(foundOf('phone', text)).toEqual([number]);
  });

  it.each([
    'tel kantoor 0612 345 000, de receptie neemt op',
    'Vragen? 026-384 12 00, we zijn er op werkdagen',
    'tel kantoor 053 489 10 00, mobiel Sanne (jobcoach) 06-19 28 47 00',
    'bel jij de werkgever? Hoveniersbedrijf De Linde 0523-61 40 00, ze zoeken nog een tweede deelnemer',
  ])('still lets an office’s pass: %s', (text) => {
    expect(foundOf('phone', text)).toEqual([]);
  });
});

// "Kees, bel me op ..." speaks to Kees and gives the writer's number; "Kees, belt me steeds vanaf ..." speaks about
// him, and the number he calls from is his (found before batch 65's addressee rule).
describe('phone: a name opening the line, then a call verb in the third person, is spoken about', () => {
  it.each([
    ['Kees, belt me steeds vanaf 06-41 92 37 15', '06-41 92 37 15'],
    ['Kees: appt me elke avond vanaf 06-41 92 37 15', '06-41 92 37 15'],
  ])('keeps it: %s', (text, number) => {
    expect(foundOf('phone', text)).toEqual([number]);
  });

  it.each(['Kees, bel me even op 06-41 92 37 15', 'Hoi Kees, je kunt me bereiken op 06-41 92 37 15'])(
    'still the writer’s own: %s',
    (text) => {
      expect(foundOf('phone', text)).toEqual([]);
    },
  );
});
