import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parse.ts';
import { withLocale } from '../../src/messages/locale.ts';

const today = { year: 2026, month: 12, day: 7 };
const meant = (typed: string) => {
  const command = parseCommand(typed, today);
  return command.name === 'ongeldig' ? (command.dateMeant ?? null) : `read as ${command.name}`;
};

describe('a month misspelt in a command’s date', () => {
  it('names the date meant, with the year when one was typed; the command is not read', () => {
    expect(meant('annuleer 23 decmber')).toBe('23 december');
    expect(meant('verplaats 3 febuari naar 10 februari')).toBe('3 februari');
    expect(meant('herstel 12 jnauari 2027')).toBe('12 januari 2027');
    expect(meant('stuurgroep 20 januri')).toBe('20 januari');
    expect(meant('annuleer 5 meij')).toBe('5 mei');
  });

  it('guesses nothing when the month is one slip from two, or the date meant reads no better', () => {
    // "juti": juni or juli?
    expect(meant('annuleer 12 juti')).toBeNull();
    // Two months misspelt: mending one still leaves the command unread.
    expect(meant('verplaats 3 febuari naar 10 febuari')).toBeNull();
    // 30 februari does not exist: that is said instead (noSuchDate), no date asked after.
    expect(meant('annuleer 30 febuari')).toBeNull();
    // Short words and other words: no month meant.
    expect(meant('annuleer 5 maandag')).toBeNull();
    expect(meant('annuleer 5 mij')).toBeNull();
    expect(meant('annuleer 23 december')).toBe('read as annuleer');
  });

  it('in English an English month too, as the English reader reads it', () => {
    expect(withLocale('en', () => meant('annuleer 3 Febuary'))).toBe('3 February');
    expect(meant('annuleer 3 Febuary')).toBeNull();
    // Months whose Dutch and English names are one word, written the same or with a capital.
    expect(withLocale('en', () => meant('annuleer 23 decmber'))).toBe('23 December');
    expect(withLocale('en', () => meant('annuleer 4 novembr'))).toBe('4 November');
    expect(withLocale('en', () => meant('annuleer 9 septembr'))).toBe('9 September');
    expect(withLocale('en', () => meant('annuleer 2 Aprl'))).toBe('2 April');
  });

  it('a deadline or an actiepunt’s date with a month misspelt: the date meant kept to ask after', () => {
    expect(parseCommand('deadline 2 3 mrat', today)).toMatchObject({ name: 'deadline', unread: '3 mrat' });
    expect(parseCommand('deadline 2 3 maartt', today)).toMatchObject({ dateMeant: '3 maart' });
    expect(parseCommand('actiepunt Zaal boeken tot 3 decmber', today)).toMatchObject({
      name: 'actiepunt',
      unreadAfter: 'tot',
      dateMeant: '3 december',
    });
    expect(parseCommand('actiepunt Zaal boeken tot 12 juti', today)).not.toHaveProperty('dateMeant');
  });
});
