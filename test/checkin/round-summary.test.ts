import { describe, expect, it } from 'vitest';
import { summariseRound } from '../../src/checkin/round-summary.ts';
import { roundSummaryMessage } from '../../src/messages/checkin-messages.ts';
import { withLocale } from '../../src/messages/locale.ts';
import { plainText } from '../../src/messages/model.ts';

const base = { werkgroepName: 'Werkgroep Oost', meetingDate: 'dinsdag 6 oktober 2026', members: 6 };

describe('the summary when a round closes', () => {
  it('shows the level distribution from three answers, lowest first', () => {
    const s = summariseRound({ ...base, levels: [4, 3.5, 4], raised: [], solved: [] });
    expect(s.distribution).toEqual([
      { level: 3.5, count: 1 },
      { level: 4, count: 2 },
    ]);
    const text = plainText(roundSummaryMessage(s));
    expect(text).toContain('3 van de 6 leden hebben de check-in ingevuld.');
    expect(text).toContain('Niveau 3,5: 1 keer gekozen');
  });

  it('hides the levels when fewer than three answered', () => {
    const s = summariseRound({ ...base, levels: [2, 5], raised: [], solved: [] });
    expect(s.distribution).toBeNull();
    const text = plainText(roundSummaryMessage(s));
    expect(text).toContain('te weinig antwoorden om te tonen');
    expect(text).not.toMatch(/Niveau [25]/);
  });

  it('lists new and solved knelpunten, with the solution, and no names', () => {
    const s = summariseRound({
      ...base,
      levels: [3, 4, 4],
      raised: [
        { description: 'Werkgevers weten ons niet te vinden', category: 'werkgevers', oplossing: 'Folder' },
      ],
      solved: [
        { description: 'Overlegtijd niet declarabel', category: 'geld-financiering', oplossing: 'Afspraak' },
      ],
    });
    const text = plainText(roundSummaryMessage(s));
    expect(text).toContain('3 van de 6 leden hebben de check-in ingevuld.');
    expect(text).toContain('Werkgevers weten ons niet te vinden (Werkgevers betrekken)');
    expect(text).not.toContain('Folder');
    expect(text).toContain('Overlegtijd niet declarabel (Geld en financiering): Afspraak');
  });

  it('with one answer of six, the knelpunt and the update that person gave are not in the channel', async () => {
    const s = summariseRound({
      ...base,
      levels: [4],
      raised: [{ description: 'Wachtlijst bij het UWV', category: 'werkgevers', oplossing: null }],
      solved: [
        { description: 'Overlegtijd niet declarabel', category: 'geld-financiering', oplossing: 'Afspraak' },
      ],
    });
    const text = plainText(roundSummaryMessage(s));
    expect(text).toContain('1 van de 6 leden heeft de check-in ingevuld.');
    expect(text).not.toMatch(/Wachtlijst|Overlegtijd|Afspraak|Opgeloste knelpunten|Geen nieuwe/);
    expect(text).toContain(
      'Knelpunten en updates staan in dit overzicht vanaf 3 antwoorden. Ze zijn wel bewaard. Een nieuw knelpunt ziet de werkgroep bij de volgende check-in, zonder naam, in de lijst van open knelpunten.',
    );
    // No answer is shown, so none is shown without names.
    expect(text).not.toContain('zonder namen');
  });

  it('with no answers: says there is nothing to show, not that something is kept or shown without names', () => {
    const s = summariseRound({ ...base, levels: [], raised: [], solved: [] });
    const text = plainText(roundSummaryMessage(s));
    expect(text).toContain('0 van de 6 leden hebben de check-in ingevuld.');
    expect(text).toContain(
      'Niemand heeft de check-in ingevuld, dus er zijn geen niveaus, knelpunten of updates.',
    );
    expect(text).not.toMatch(/bewaard|zonder namen|te weinig antwoorden|vanaf 3 antwoorden/);
  });

  it('from three answers, the answers shown are said to be without names', () => {
    const s = summariseRound({ ...base, levels: [3, 4, 4], raised: [], solved: [] });
    expect(plainText(roundSummaryMessage(s))).toContain('Antwoorden staan hier zonder namen.');
  });

  it('in English for an English reader: headings, level lines and knelpunten, none of the Dutch words', () => {
    const knelpunten = {
      raised: [{ description: 'Employers cannot find us', category: 'werkgevers' as const, oplossing: null }],
      solved: [],
    };
    const shown = summariseRound({
      ...base,
      meetingDate: 'Tuesday 6 October 2026',
      levels: [4, 3.5, 4],
      ...knelpunten,
    });
    const text = withLocale('en', () => plainText(roundSummaryMessage(shown)));
    for (const line of [
      'Check-in closed: Werkgroep Oost',
      'Meeting of Tuesday 6 October 2026. 3 of the 6 members filled in the check-in.',
      'Level of collaboration (samenwerkingsniveau)',
      'Level 3.5: chosen once',
      'Level 4: chosen 2 times',
      'New knelpunten',
      'Employers cannot find us (Involving employers)',
      'Solved knelpunten',
      'Nothing solved this time.',
      'Answers show here without names.',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).not.toMatch(
      /gesloten|Bijeenkomst|leden|Niveau|keer gekozen|Nieuwe|Opgeloste|niets opgelost/,
    );

    const hidden = summariseRound({ ...base, levels: [2, 5], raised: [], solved: [] });
    const few = withLocale('en', () => plainText(roundSummaryMessage(hidden)));
    expect(few).toContain('2 of the 6 members filled in the check-in.');
    expect(few).toContain('Levels: too few answers to show.');
    expect(few).not.toMatch(/Niveaus|te weinig/);
  });
});
