import { BREADTH39_SUBSTANCES } from './care-terms-breadth39.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/**
 * The words around what a person does or goes through, as care-terms.ts reads it: drinking and using, a
 * mood, sleep, hearing voices, a crisis, a relapse, a complaint. Add a word when the corpus shows a miss or
 * a false positive of its kind.
 */

// "drinkt weer", "dronk te veel", "gebruikt weer": drinking or using as a problem, where the clause ends after it.
// "is weer gaan gebruiken", "weer gaan snuiven" (batch 40-names).
// det-family: "ik drink elke avond ..." quoted.
export const DRINK_VERBS = wordSet(
  'drinkt dronk gebruikt gebruikte drinken gebruiken snuiven gedronken drink',
);
// "is opnieuw gaan drinken" (batch 56).
export const DRINK_AMOUNTS = wordSet('weer opnieuw teveel veel wel nog stiekem dagelijks');
// "drinkt te veel sinds ...": a word that opens the next clause ends the drinking too.
export const DRINK_CLAUSE_ENDS = wordSet(
  'en sinds omdat als want dus maar toen nadat sindsdien tijdens door volgens so but',
);
// "gebruikt weer cannabis", "snuift coke", "lachgas gebruikt", "zit weer aan de coke": a substance
// with a verb of using a few words before it (or just after it); "een depot" given to someone; batch 64:
// "krijgt sinds vorige week een spuit", "krijgt elke maand een injectie".
export const SUBSTANCES = wordSetOf([
  ...BREADTH39_SUBSTANCES,
  ...wordSet(`cannabis wiet hasj coke speed xtc mdma lachgas ketamine amfetamine crystal meth
  crack paddo paddos paddo's joint joints jointje jointjes drugs depot pillen alcohol spuit injectie injecties
  qat khat`),
]);
export const USE_VERBS =
  wordSet(`gebruikt gebruikte gebruiken snuift snoof slikt slikte blowt blowde rookt rookte
  spuit spoot krijgt kreeg gekregen kauwt kauwde`); // det-plain38: "kauwt weer de hele dag qat"
export const USE_WINDOW = 6;
// "een depot vol dozen", "drugs met de post": a thing, not a use.
export const NOT_USE_AFTER = wordSet('vol met');

// "is heel somber", "voelt zich somber": a mood said of someone (not "somber over de cijfers").
export const MOOD_BEFORE = wordSet(
  'is was ben voelt voelde erg heel zeer zo nogal behoorlijk vrij ernstig best',
);
export const MOOD_NOT_AFTER = wordSet('over op in van gestemd voor door om');
// "slaapt al drie nachten niet", "sliep slecht" (not "daar slaapt hij niet wakker van").
export const SLEEP_VERBS = wordSet('slaapt sliep slaap');
export const SLEEP_WORDS = wordSet('niet slecht nauwelijks amper weinig slechter');
export const SLEEP_WINDOW = 4;
export const SLEEP_NOT_AFTER = wordSet('wakker er door vanwege van');
// "hoort weer stemmen", "ik hoor die stemmen": hearing voices, a few fillers between.
export const HEAR_VERBS = wordSet('hoor hoort hoorde');
// Batch 72 (det-72): "Ze hoort al maanden die stemmen": how long, between the verb and "stemmen".
export const VOICE_FILLERS = wordSet(
  'weer die nog steeds soms de ook vaak altijd echt al maanden weken jaren dagen regelmatig opnieuw',
);
// "zij is opnieuw in crisis geraakt", "raakte in een crisis": a person's crisis (not "de sector in crisis").
export const CRISIS_BEFORE = wordSet('hij zij ze raakte raakt raken geraakt');
export const CRISIS_AFTER = wordSet('geraakt geraakte beland geweest zit zat gezeten');
// "terugval in coke gebruik", "terugval in alcohol": a relapse into using (not "terugval in aanmeldingen").
export const RELAPSE_INTO = wordSet('alcohol drank drinken gebruik middelengebruik drugsgebruik oude');
// "de stemmen worden 's middags erger", "stemmen in zijn hoofd".
export const VOICE_SYMPTOMS = wordSet('erger luider heftiger terug');
// "te veel angst", "vanwege somberheid": a complaint, like "last van".
export const COMPLAINT_BEFORE = wordSet('veel vanwege wegens');
