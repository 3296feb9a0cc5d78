import { describe, expect, it } from 'vitest';
import { findIbans } from '../../src/privacy/iban.ts';
import { found, foundOf } from './helpers.ts';

describe('findIbans', () => {
  it('finds valid IBANs with and without spaces, in any case', () => {
    expect(foundOf('iban', 'op NL91ABNA0417164300 graag')).toEqual(['NL91ABNA0417164300']);
    expect(foundOf('iban', 'op NL91 ABNA 0417 1643 00 graag')).toEqual(['NL91 ABNA 0417 1643 00']);
    expect(foundOf('iban', 'op nl91abna0417164300')).toEqual(['nl91abna0417164300']);
    expect(foundOf('iban', 'op Nl91 aBnA 0417 1643 00.')).toEqual(['Nl91 aBnA 0417 1643 00']);
    expect(foundOf('iban', 'op NL91-ABNA-0417-1643-00')).toEqual(['NL91-ABNA-0417-1643-00']);
    expect(foundOf('iban', 'op NL 91 ABNA 0417 1643 00')).toEqual(['NL 91 ABNA 0417 1643 00']);
  });

  it('reads full stops and a doubled space between the groups as people type them', () => {
    expect(foundOf('iban', 'rek.nr. NL91.ABNA.0417.1643.00')).toEqual(['NL91.ABNA.0417.1643.00']);
    expect(foundOf('iban', 'rekening: NL91  ABNA0417164300')).toEqual(['NL91  ABNA0417164300']);
    expect(foundOf('iban', 'iban NL91. ABNA. 0417. 1643. 00, klopt')).toEqual(['NL91. ABNA. 0417. 1643. 00']);
    // The sentence's own full stop after a complete IBAN is not part of it; three separators end it.
    expect(foundOf('iban', 'op NL91.ABNA.0417.1643.00.')).toEqual(['NL91.ABNA.0417.1643.00']);
    expect(foundOf('iban', 'NL91 ABNA   0417 1643 00')).toEqual([]);
  });

  it('finds IBANs of other countries', () => {
    expect(foundOf('iban', 'DE89 3704 0044 0532 0130 00')).toEqual(['DE89 3704 0044 0532 0130 00']);
    expect(foundOf('iban', 'BE68539007547034')).toEqual(['BE68539007547034']);
  });

  it('gives offsets in string indices', () => {
    expect(findIbans('IBAN: NL91ABNA0417164300.')).toEqual([{ kind: 'iban', start: 6, end: 24 }]);
  });

  it('rejects wrong check digits, wrong lengths and glued text', () => {
    expect(foundOf('iban', 'NL92ABNA0417164300')).toEqual([]);
    expect(foundOf('iban', 'NL91ABNA04171643001')).toEqual([]);
    expect(foundOf('iban', 'XNL91ABNA0417164300')).toEqual([]);
    expect(foundOf('iban', 'NL91ABNA041716430')).toEqual([]);
  });

  it('ignores words and references that start like an IBAN', () => {
    expect(found('Referentie NL2026-0042 en NL-Alert, de 12 trajecten')).toEqual([]);
  });

  it('beats the BSN and phone-like digits inside it', () => {
    expect(found('rekening NL91 ABNA 0417 1643 00')).toEqual([['iban', 'NL91 ABNA 0417 1643 00']]);
  });

  it("lets an organisation's account through when it is said to be one, and nobody else's", () => {
    // "t.n.v." (in any of its spellings) and an organisation's type, name or company form after it.
    expect(found('Bijdrage lunch naar NL91ABNA0417164300 t.n.v. Stichting Regionaal Netwerk')).toEqual([]);
    expect(found('Kosten training: NL91ABNA0417164300 ten name van Vereniging Ervaringswerk')).toEqual([]);
    expect(found('Factuur: NL91ABNA0417164300 tnv Zalencentrum De Linde B.V.')).toEqual([]);
    expect(found('Terugbetalingen aan de gemeente: NL91ABNA0417164300 o.v.v. het dossiernummer')).toEqual([]);
    // A person as the holder, a person's word beside it, or a name without a company form: private.
    expect(foundOf('iban', 'Toeslag op NL91ABNA0417164300 t.n.v. de heer Yilmaz')).toHaveLength(1);
    expect(foundOf('iban', 'Op NL91ABNA0417164300 t.n.v. Sanne de Vries')).toHaveLength(1);
    expect(foundOf('iban', 'Op NL91ABNA0417164300 tnv Bakkerij Jansen voor de lunch')).toHaveLength(1);
    expect(foundOf('iban', 'Meneer wil het op NL91ABNA0417164300 t.n.v. Stichting Bewind')).toHaveLength(1);
    expect(foundOf('iban', 'Rekening van de klant bij de gemeente: NL91ABNA0417164300')).toHaveLength(1);
    expect(foundOf('iban', 'IBAN NL91ABNA0417164300, t.n.v. deelnemer')).toHaveLength(1);
  });

  it("lets an organisation's account named by its type or called a business account pass (heldout15)", () => {
    expect(found('de lunch op NL20INGB0001234567 t.n.v. de vereniging')).toEqual([]);
    expect(found('bijdrage studiedag: NL69ABNA0411111118 (vereniging)')).toEqual([]);
    expect(found('boekjes: NL86RABO0123456788 (Stichting Werk en Herstel)')).toEqual([]);
    expect(found('de werkgever stuurt de factuur, zijn bedrijfsrekening is NL02RABO0123456789')).toEqual([]);
    expect(foundOf('iban', 'meneer geeft zijn bedrijfsrekening NL91ABNA0417164300 op')).toHaveLength(1);
    expect(foundOf('iban', 'NL91ABNA0417164300 t.n.v. de deelnemer')).toHaveLength(1);
    expect(foundOf('iban', 'NL91ABNA0417164300 (Jan Smit)')).toHaveLength(1);
  });

  it('lets an account at the public sector\'s bank, or one named by "rek."/"rekening" and its holder, pass (batch 41)', () => {
    expect(found('factuur Gemeente Zwolle o.v.v. NL86 BNGH 0285 0017 81? staat op hun site')).toEqual([]);
    expect(found('NL20INGB0001234567 is rek. gemeente? nee die klopt niet')).toEqual([]);
    expect(found('subsidie op NL91ABNA0417164300 (rekening Stichting Hoofdzaak)')).toEqual([]);
    expect(foundOf('iban', 'NL20INGB0001234567 is rek. van meneer')).toHaveLength(1);
    expect(foundOf('iban', 'subsidie op NL91ABNA0417164300 (rekening klant Jansen)')).toHaveLength(1);
    expect(foundOf('iban', 'huur gaat van NL91ABNA0417164300, gemeente betaalt mee')).toHaveLength(1);
  });
});
