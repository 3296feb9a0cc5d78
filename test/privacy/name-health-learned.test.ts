import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { examples, modelSource, quantize, SETTINGS, train } from '../../scripts/train-name-health-model.ts';
import { createCareLexicon } from '../../src/privacy/care-terms.ts';
import { FEATURE_BITS, featureBuckets, hash } from '../../src/privacy/name-health-learned.ts';
import { committedNameHealthModel, linearModel } from '../../src/privacy/name-health-linear.ts';
import { tokenize } from '../../src/privacy/tokens.ts';
import { found, testGuard } from './helpers.ts';

// The learned second signal for names with a health detail (src/privacy/README.md "A learned second signal").
// On by default; `nameHealthModel: null` leaves the rules alone.
const rulesOnly = testGuard({ nameHealthModel: null });
const learned = testGuard();
const care = createCareLexicon([]);

function featuresOf(text: string, person: string): number[] {
  const tokens = tokenize(text);
  const k = tokens.findIndex((t) => t.text === person);
  const out: number[] = [];
  featureBuckets(tokens, [{ first: k, last: k }], 0, care, () => false, out);
  return out;
}

describe('the scorer', () => {
  it('reads the words around the person, not the name itself', () => {
    const a = featuresOf('Gisteren vertelde Jorinde over haar angst.', 'Jorinde');
    const b = featuresOf('Gisteren vertelde Femke over haar angst.', 'Femke');
    expect(a).toEqual(b);
    expect(a).toContain(hash('b vertelde <p>'));
    expect(a).toContain(hash('care r5'));
    expect(a.every((f) => f >= 0 && f < 2 ** FEATURE_BITS)).toBe(true);
  });

  it('scores the bias plus each bucket once per time it occurs', () => {
    const weights = new Int8Array(2 ** FEATURE_BITS);
    weights[3] = 10;
    weights[7] = -4;
    const model = linearModel({
      weights: Buffer.from(weights.buffer).toString('base64'),
      scale: 0.5,
      bias: 1,
      threshold: 2,
      vetoedThreshold: 5,
    });
    expect(model.score([3, 3, 7])).toBe(1 + (10 + 10 - 4) * 0.5);
    expect(model.score([])).toBe(1);
  });
});

describe('the committed weights', () => {
  const data = examples();
  it('are what the training script gives, and training again gives the same', () => {
    const once = modelSource(quantize(train(data), SETTINGS.threshold));
    const again = modelSource(quantize(train(data), SETTINGS.threshold));
    expect(again).toBe(once);
    const committed = readFileSync(
      new URL('../../src/privacy/name-health-model.ts', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(once);
  }, 60_000);
});

describe('name_health: what the rules miss and the model finds', () => {
  it.each([
    [
      "Jorinde had gisteren haar eerste werkdag. Ze was zenuwachtig. Het personeel was aardig. Maar 's avonds kwamen de paniekaanvallen terug.",
      'Jorinde',
    ],
    [
      "Femke had vorige week haar proefplaatsing. Ze deed goed mee. De collega's waren blij. Maar thuis kwamen de paniekaanvallen weer.",
      'Femke',
    ],
    [
      'Vandaag startte Kasper bij de groenvoorziening. Drie jaar heeft hij thuisgezeten. De rugklachten zijn nog niet weg.',
      'Kasper',
    ],
  ])('finds "%s"', (text, name) => {
    expect(found(text, rulesOnly)).toEqual([]);
    expect(found(text, learned)).toEqual([['name_health', name]]);
  });

  it('refuses such a text as the rules refuse a name with a health detail', () => {
    const text =
      'Vandaag startte Kasper bij de groenvoorziening. Drie jaar heeft hij thuisgezeten. De rugklachten zijn nog niet weg.';
    const rules = 'Vandaag heeft Kasper rugklachten.';
    const message = (field: string) => {
      try {
        learned.check({ verslag: field });
      } catch (error) {
        return (error as { problems: { message: string }[] }).problems[0]!.message;
      }
      return '';
    };
    expect(message(text)).not.toBe('');
    expect(message(text)).toBe(message(rules));
  });
});

describe('name_health: look-alikes the model leaves alone', () => {
  it.each([
    "Jorinde had gisteren haar eerste werkdag als trainer. Ze was zenuwachtig. Het personeel was aardig. 's Avonds gaf ze de cursus over paniekaanvallen.",
    'Kasper, 34, teamleider bij de fysiotherapiepraktijk, geeft een lezing over rugklachten op de werkvloer.',
    'Roel, 41, bedrijfsarts bij Arbo Unie, schreef de richtlijn over nekklachten.',
    'Anouk, onderzoeker, schrijft over hoofdpijnklachten bij jongeren.',
    'Thijs schrijft een artikel over burn-out bij jonge werknemers.',
  ])('leaves "%s" clean', (text) => {
    expect(found(text, learned)).toEqual([]);
  });
});

describe("name_health: the rules' veto", () => {
  // A model that flags every person it is asked about: only the veto keeps a person clean.
  const flagsAll = testGuard({ nameHealthModel: { threshold: 0, score: () => 1 } });

  it('comes also from a sentence naming nobody, with nobody before, within 25 tokens of the person', () => {
    expect(found('Sprekers over klanten met verslaving:\n- Kees Bakker', flagsAll)).toEqual([]);
    const far = `Sprekers over klanten met verslaving:\n${'- Agendapunt\n'.repeat(20)}- Kees Bakker`;
    expect(found(far, flagsAll)).toEqual([['name_health', 'Kees Bakker']]);
  });

  it('is a higher bar since det-train42, not silence: a vetoed person scoring at vetoedThreshold is flagged', () => {
    const text = 'Sprekers over klanten met verslaving:\n- Kees Bakker';
    const bar = (vetoedThreshold: number) =>
      testGuard({ nameHealthModel: { threshold: 0, vetoedThreshold, score: () => 1 } });
    expect(found(text, bar(1.5))).toEqual([]);
    expect(found(text, bar(1))).toEqual([['name_health', 'Kees Bakker']]);
  });

  it('comes also from "behandeling" said of an office processing a request (det-train41)', () => {
    expect(found('Joris wacht al 3 weken op de behandeling van zijn aanvraag', flagsAll)).toEqual([]);
    expect(found('Joris wacht op de behandeling van het bezwaar bij de gemeente', flagsAll)).toEqual([]);
    expect(found('Joris wacht al 3 weken op de behandeling van zijn bezwaar', learned)).toEqual([]);
    // The rules alone miss these: only the model (flagsAll, the real one) and the veto decide.
    expect(found('Joris wacht al 3 weken op de behandeling van zijn rug', flagsAll)).toEqual([
      ['name_health', 'Joris'],
    ]);
    expect(found('Joris wacht al 3 weken op de behandeling van zijn rug', learned)).toEqual([
      ['name_health', 'Joris'],
    ]);
  });

  it('keeps the processing sense to its own sentence: a treatment said in the sentence before still counts', () => {
    const kees =
      'Kees is al twee jaar in behandeling van de GGZ en het gaat beter. De behandeling van zijn aanvraag bij het UWV loopt nog.';
    expect(found(kees, flagsAll)).toEqual([['name_health', 'Kees']]);
    expect(found(kees, learned)).toEqual([['name_health', 'Kees']]);
    expect(found('Kees wacht op de behandeling van haar klacht over zijn rug', flagsAll)).toEqual([
      ['name_health', 'Kees'],
    ]);
  });

  // The model alone scores these people high; the rules gave the care term to someone else or to nobody.
  it.each([
    ['Kees zijn cliënt heeft een terugval gehad.', 'Kees'],
    ['Pieter wordt er depressief van, al dat papierwerk', 'Pieter'],
    ['Jan is bij zijn moeder die weer drinkt', 'Jan'],
    ['Sanne: mijn depressie is voorbij, ik ben weer aan het werk', 'Sanne'],
    ['Kasper, 34, vader van twee, na drie jaar thuiszitten met rugklachten weer aan de slag.', 'Kasper'],
  ])('leaves "%s" clean although the model alone would flag %s', (text, person) => {
    const model = committedNameHealthModel();
    expect(model.score(featuresOf(text, person))).toBeGreaterThanOrEqual(model.threshold);
    expect(found(text, learned)).toEqual([]);
  });
});
