import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-vocab39: a breadth pass over care words the lists lacked (snus and designer drugs beside a verb of
// using, EDS, bekkenpijn, binge eating, symptoms said as nouns), and the same words in general talk.
describe('name_health: care words of the det-vocab39 breadth pass', () => {
  it.each([
    ['Tom gebruikt snus, ook tijdens zijn werk', 'Tom'],
    ['Marco: gebruikt 2-mmc, aangemeld bij Tactus', 'Marco'],
    ['Yusuf gebruikt 2c-b op feestjes', 'Yusuf'],
    ['Joris snuift 4-FMP sinds zijn ontslag', 'Joris'],
    ['Lisa gebruikt weer poppers', 'Lisa'],
    ['Fleur heeft EDS, dus tillen gaat niet', 'Fleur'],
    ["petra's bekkenpijn speelt weer op, gesprek verzet", "petra's"],
    ['update noor: binge eating en somberheid, vraagt om minder uren', 'noor'],
    ['Karin heeft een gegeneraliseerde angst', 'Karin'],
    ['misselijkheid bij Hanna, ze is vroeg naar huis', 'Hanna'],
    ['Ilse heeft prikkelgevoeligheid, de kantoortuin is te druk', 'Ilse'],
    ['Jeroen heeft last van lusteloosheid sinds de afbouw', 'Jeroen'],
    ['Gewichtsverlies bij Wim, tien kilo in twee maanden', 'Wim'],
    ["Daan's schrikreacties op de werkvloer zijn heftig", "Daan's"],
    ['Update Gerda: uitvalsverschijnselen in haar linkerarm', 'Gerda'],
    ['Tom gebruikt weer 3-mmc in het weekend', 'Tom'], // the hyphen inside the name ends no clause
    ['Sanne heeft hypermobiliteit, tillen lukt niet', 'Sanne'],
    ['Youssef heeft al een week diarree en buikkrampen', 'Youssef'],
    ['Kim heeft dermatillomanie', 'Kim'],
    ['Bas is paniekerig sinds de verhuizing', 'Bas'],
    ['Hans heeft mentale problemen, de werkgever weet het nog niet', 'Hans'],
    ['arjen is psychisch vastgelopen en zit thuis', 'arjen'],
    ['Joost heeft de ziekte van Addison', 'Joost'],
    ['Gijs doet aan polygebruik volgens zijn moeder', 'Gijs'],
    ['Rik krijgt respijtzorg, zijn ouders kunnen even bijkomen', 'Rik'],
    ['Karin vroeg of haar uitvalsverschijnselen aan bod komen in het gesprek', 'Karin'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Presentatie over 3-mmc en jongeren door de GGD op 12 maart',
    'het snusverbod geldt ook op de werkplek, weet iemand of dat klopt?',
    'een deelnemer met EDS vroeg om een aangepaste stoel',
    'Webinar prikkelgevoeligheid op de werkvloer met Sanne de Vries',
    'Tom gebruikt het nieuwe registratiesysteem nu ook',
    'Joris neemt truffels mee voor de borrel',
    'Ruud gebruikt de EDS-koppeling voor de declaraties',
    'Stefan heeft de cijfers: misselijkmakend laag, maar we gaan door',
    'Hanna schrijft een stuk over gewichtsverlies door antipsychotica',
    'Esther heeft de folder over binge eating laten drukken',
    'Bram is duizelig van alle regels rond de Wajong',
    'Ilse legt de intrusiedetectie van het netwerk uit aan het team',
    'Femke is onze aandachtsfunctionaris voor mentale klachten bij het UWV', // a role for a subject
    'Karin vroeg of uitvalsverschijnselen bij de cursus NAH aan bod komen', // a topic asked after
    "Kevin: 'schrikreacties herkennen' staat op de scholingskalender", // a title a schedule holds
  ])('does not flag "%s"', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});
