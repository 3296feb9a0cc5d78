import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-link37: a care question that names nobody, answered in the next sentence by the person it is asked for
// (name-health-asked-about.ts); the asker, a professional at work or the writer's own stay clean.
describe('name_health: a care question and the person it is asked for (det-link37)', () => {
  it.each([
    [
      'Wie heeft ervaring met quetiapine en vroege diensten? Mijn deelnemer Bram valt elke ochtend bijna om',
      'deelnemer Bram',
    ],
    [
      'Iemand tips voor een werkplek bij ernstige hoofdpijn? Ik vraag het voor Dewi, zij heeft er elke middag last van.',
      'Dewi',
    ],
    ['Hoe gaan jullie om met clienten met PTSS? Ik krijg Hamza volgende week aangemeld.', 'Hamza'],
    ['Heeft iemand ervaring met Antabuse? Harm krijgt dat nu en hij wil in de horeca werken.', 'Harm'],
    ['Wie heeft er ervaring met mensen met NAH? Ik heb er twee: Wim en Gerrit.', 'Wim'],
    ['wat doe je als iemand op het werk een paniekaanval krijgt? Gebeurde vanochtend met Lotte', 'Lotte'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Wie heeft ervaring met sertraline en nachtdiensten? Sanne van de gemeente zoekt sprekers voor de themamiddag.',
    'Heeft iemand ervaring met Ritalin op de bouw? Kevin (jobcoach bij Lentis) wil het graag weten.',
    'Hoe gaan jullie om met clienten met PTSS? Hamza organiseert in maart een intervisie over dit thema.',
    'Heeft iemand ervaring met de combinatie lithium en warm werk? Stijn en ik schrijven er een factsheet over.',
    'Iemand tips voor een werkplek bij ernstige hoofdpijn? Ik vraag het voor mezelf, ik heb er zelf last van.',
    'Weet iemand hoe het zit met de WIA bij long covid? Sandra is arbeidsdeskundige en kan het uitleggen.',
    'Heeft iemand de factsheet over lithium en werk? Jeroen wil hem delen met werkgevers',
    'Wie heeft ervaring met mensen met ADHD in de horeca? Ik vraag het voor Sanne, zij is er vandaag niet.',
    'Wie heeft ervaring met IPS bij psychose? Ik krijg volgende week een nieuwe deelnemer aangemeld.',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});
