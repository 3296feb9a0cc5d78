import { describe, expect, it } from 'vitest';
import { withLocale } from '../../src/messages/locale.ts';
import { reminderMessage } from '../../src/messages/meeting-messages.ts';
import { plainText } from '../../src/messages/model.ts';
import { meeting } from './meeting-fixture.ts';

describe('the reminder card the day before a meeting', () => {
  it('is Dutch in a channel, as it always was', () => {
    const card = reminderMessage(meeting([]), '2026-10-05');
    expect(card.fallback).toBe('Herinnering: Werkgroep Oost op dinsdag 6 oktober 2026, 14:00–15:30.');
    const text = plainText(card);
    for (const words of [
      'Morgen: Werkgroep Oost',
      'Wanneer',
      'Waar',
      'nog niet bekend',
      'Agenda',
      'Nog geen agendapunten ingediend.',
      'Open actiepunten',
      'Geen open actiepunten.',
    ]) {
      expect(text).toContain(words);
    }
  });

  it('has English headings, and an English date, when English is spoken', () => {
    const card = withLocale('en', () => reminderMessage(meeting(['Werkgevers']), '2026-10-05'));
    expect(card.fallback).toBe('Reminder: Werkgroep Oost on Tuesday 6 October 2026, 14:00–15:30.');
    const text = plainText(card);
    for (const words of ['Tomorrow: Werkgroep Oost', 'When', 'Where', 'not known yet', 'Werkgevers']) {
      expect(text).toContain(words);
    }
    expect(text).toContain('Open action items');
    expect(text).toContain('No open action items.');
    for (const dutch of ['Morgen', 'Wanneer', 'Waar', 'nog niet bekend', 'Open actiepunten', 'dinsdag']) {
      expect(text).not.toContain(dutch);
    }
  });
});
