import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/commands/command.ts';
import { onbekend } from '../../src/commands/onbekend.ts';
import { parseCommand } from '../../src/commands/parse.ts';
import { withLocale } from '../../src/messages/locale.ts';

/** What Schakel answers to a sentence that starts with no command word, in a personal chat. */
async function answer(typed: string): Promise<string> {
  const command = parseCommand(typed);
  if (command.name !== 'onbekend') throw new Error(`${typed} is the command ${command.name}`);
  const ctx = { prefix: '', uses: { guard: { check() {} } } } as unknown as CommandContext;
  return (await onbekend.run(command, ctx)).fallback;
}

describe('a question in one’s own words instead of a command', () => {
  it('names the one command that answers it (a newcomer typed "wanneer is de volgende bijeenkomst?")', async () => {
    expect(await answer('wanneer is de volgende bijeenkomst?')).toBe(
      'Dat commando ken ik niet. Bedoel je het commando volgende? Typ help voor wat ik kan.',
    );
    expect(await answer('Wanneer vergadert de werkgroep weer?')).toContain(
      'Bedoel je het commando volgende?',
    );
    expect(await answer('Wat staat er op de agenda?')).toContain('Bedoel je het commando agenda?');
    expect(await answer('Welke actiepunten staan nog open?')).toContain(
      'Bedoel je het commando actiepunten?',
    );
    expect(await answer('Waar vul ik de check-in in?')).toContain('Bedoel je het commando checkin?');
  });

  it('names none when the sentence asks for nothing Schakel answers, or for two things', async () => {
    const plain = 'Dat commando ken ik niet. Typ help voor wat ik kan.';
    expect(await answer('Ik kan morgen niet bij de werkgroep zijn')).toBe(plain);
    expect(await answer('wanneer is de volgende bijeenkomst en wat staat op de agenda?')).toBe(plain);
    expect(await answer('vliegtuig')).toBe(plain);
  });
});

describe('a command word with a slip of the keyboard', () => {
  it('names the command meant (a newcomer typed "volgnde", "klar 1", "hlep")', async () => {
    expect(await answer('volgnde')).toBe(
      'Dat commando ken ik niet. Bedoel je het commando volgende? Typ help voor wat ik kan.',
    );
    expect(await answer('klar 1')).toContain('Bedoel je het commando klaar?');
    expect(await answer('hlep')).toContain('Bedoel je het commando help?');
    expect(await answer('Agnda?')).toContain('Bedoel je het commando agenda?');
    expect(await answer('samenvating')).toContain('Bedoel je het commando samenvatting?');
    expect(await answer('verplaas 19 januari naar 20 januari')).toContain(
      'Bedoel je het commando verplaats?',
    );
    expect(await answer('vergeet-mj')).toContain('Bedoel je het commando vergeet-mij?');
  });

  it('guesses nothing for a word of its own, a name, a short word or a slip from two commands', async () => {
    const plain = 'Dat commando ken ik niet. Typ help voor wat ik kan.';
    // "taak" and "staat" are words, Klaas a name: one letter from taal, start and klaar all the same.
    expect(await answer('Taak voor Noor: de folder')).toBe(plain);
    expect(await answer('Staat de zaal al vast')).toBe(plain);
    expect(await answer('Klaas komt later')).toBe(plain);
    expect(await answer('hlp')).toBe(plain);
    // One slip from both vakantie and vakanties.
    expect(await answer('vakantis')).toBe(plain);
  });

  it('says it in English to a member who chose English (the command words stay Dutch)', async () => {
    expect(await withLocale('en', () => answer('volgnde'))).toBe(
      "I don't know that command. Did you mean the command volgende? Type help to see what I can do.",
    );
  });
});
