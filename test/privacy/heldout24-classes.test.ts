import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// Classes of held-out 24's misses and flagged clean lines (6 December 2026, detector-heldout24), in other
// words, names and numbers; none of that set's own lines.
describe('names with health details written as held-out 24 showed', () => {
  it('reads a lower-case given name opening a chat line with an aside in brackets before its verb', () => {
    expect(foundOf('name_health', 'noor (24) heeft sinds de zomer last van een depressie')).toEqual(['noor']);
    expect(
      foundOf(
        'name_health',
        'kwame (zit sinds mei bij ons) heeft vorige week zijn eerste paniekaanval gehad',
      ),
    ).toEqual(['kwame']);
    expect(found('noor (24) heeft haar eerste week bij de bakker erop zitten')).toEqual([]);
    expect(found("werkdruk (zie bijlage) is een groot risico voor burn-out bij collega's")).toEqual([]);
  });
});

describe('numbers and addresses written as held-out 24 showed', () => {
  it('reads a BSN named first and then what it is for, in a few words before the colon', () => {
    expect(foundOf('bsn', 'BSN van de deelnemer voor de aanvraag van de subsidie: 111222333')).toEqual([
      '111222333',
    ]);
    expect(found('BSN van de klant staat al in de aanvraag, polisnummer: 111222333')).toEqual([]);
  });

  it("passes a number said to be an organisation's or a group's, not a relative's", () => {
    expect(found('de vaste lijn van het netwerk is 0186 612 345')).toEqual([]);
    expect(found('het nummer van de UWV-vestiging Schiedam is 010 412 3344')).toEqual([]);
    expect(foundOf('phone', 'de vaste lijn van haar vader is 078 614 2233')).toEqual(['078 614 2233']);
    expect(foundOf('phone', 'het nummer van de werkgroep is 06 43219876')).toEqual(['06 43219876']);
  });

  it("passes a professional's work address called theirs, and a department's mailbox", () => {
    expect(
      found('het mailadres van de trajectbegeleider is r.hoekstra@werkplein.nl, dat is haar werkadres'),
    ).toEqual([]);
    expect(found('stuur de lijst maar naar onze afdelingsmail, wmo-zwijndrecht@zwijndrecht.nl')).toEqual([]);
    expect(
      foundOf('email', 'het mailadres van de deelnemer is k.osei@havenbedrijf.nl, dat is zijn werkadres'),
    ).toEqual(['k.osei@havenbedrijf.nl']);
  });

  it("passes post sent to the writer's own office, not to a home", () => {
    expect(found('ons kantoor zit nu aan de Marktweg 8, 3311 AB Dordrecht, voor de post')).toEqual([]);
    expect(foundOf('postcode', 'hij woont aan de Marktweg 8, 3311 AB Dordrecht, voor de post')).toEqual([
      '3311 AB',
    ]);
  });
});
