import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-lower37: a known name typed in lower case counts wherever its capitalised form does; the lexicon's names
// count in lower case too; a name that is also a word counts where a person is spoken of, with a pronoun or a
// care term after it. Their twins: the same names at work, the words used as words, unnamed clients.
describe('name_health: names typed in lower case (det-lower37)', () => {
  it.each([
    ['hoe is het nu met gerrit? was toch opgenomen vorige week', 'gerrit'],
    ['sjoerd zit in een crisis, huisarts is ingeschakeld', 'sjoerd'],
    ['thijs – alcohol – traject staat even stil', 'thijs'],
    ['wannes (angst) wil graag weer aan het werk', 'wannes'],
    ['met famke gaat het slecht, ze is weer opgenomen', 'famke'],
    ['giel: weer in de kliniek, 6 weken minimaal', 'giel'],
    ['met roos gaat het slecht, ze is weer opgenomen', 'roos'],
    ['kort: noor moet geopereerd aan haar heup, 6 weken revalidatie', 'noor'],
    ['van bas hoorde ik dat hij weer gebruikt', 'bas'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'wannes (jobcoach) neemt de casus over van een klant met angst',
    'famke van ggnet geeft woensdag een presentatie over verslaving en werk',
    'seppe is de nieuwe psychiater bij de poli, welkom!',
    'de roos bloeit weer bij de ingang van de kliniek, mooi voor de bewoners',
    'met veel fleur gaf de ervaringsdeskundige een presentatie over depressie',
    'ze deed de presentatie met fleur, ondanks haar eigen burn-out',
    'koos hij voor een opname of niet? dat beslist een deelnemer zelf',
    'de lander op mars, leuk filmpje in de pauze van de training over burn-out',
    'noor: de wachtlijst voor de ggz is nu 14 weken',
    'boodschappen bij de dirk en daarna naar de apotheek voor de medicatie van de groep',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});
