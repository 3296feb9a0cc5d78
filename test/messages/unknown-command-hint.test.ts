import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/commands/command.ts';
import { onbekend } from '../../src/commands/onbekend.ts';
import { parseCommand } from '../../src/commands/parse.ts';

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
