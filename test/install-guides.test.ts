import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS as CLI_COMMANDS } from '../src/cli/registry.ts';
import { parseCommand } from '../src/commands/parse.ts';

const GUIDES = ['docs/install-slack.md', 'docs/install-teams.md'] as const;
const read = (file: string) => readFileSync(join(import.meta.dirname, '..', file), 'utf8');

describe('the install guides describe what Schakel does today', () => {
  it.each(GUIDES)('%s announces nothing as still to be built', (file) => {
    // What was built since (the Home tab, the welcome card, the CSV import) was once announced so.
    expect(read(file)).not.toMatch(
      /wordt (ook )?(nog )?gebouwd|\(gepland\)|nog niet klaar|issue \d|is nog leeg/i,
    );
  });

  it.each(GUIDES)('every `npx schakel …` in %s is a command the CLI has', (file) => {
    const named = [...read(file).matchAll(/npx schakel ([a-z-]+(?: [a-z-]+)?)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    for (const words of named) {
      expect(
        CLI_COMMANDS.some((c) => words === c.name || words.startsWith(`${c.name} `)),
        `npx schakel ${words}`,
      ).toBe(true);
    }
  });

  it.each(GUIDES)('every chat command in %s is one Schakel reads', (file) => {
    const typed = [...read(file).matchAll(/`(?:\/schakel|@Schakel) ([a-z][^`"]*)`/g)].map((m) => m[1]!);
    expect(typed.length).toBeGreaterThan(0);
    for (const text of typed) expect(parseCommand(text).name, text).not.toMatch(/^(onbekend|ongeldig)$/);
  });
});

describe('the README, where it introduces the commands', () => {
  it('says that schakel doctor and schakel start contact slack.com once Slack is set up', () => {
    const section = read('README.md').split('\n## The `schakel` command\n')[1]?.split('\n## ')[0] ?? '';
    const paragraph = section.split('\n\n').find((p) => p.includes('slack.com')) ?? '';
    expect(paragraph).toMatch(/`schakel doctor`/);
    expect(paragraph).toMatch(/`schakel start`/);
    expect(paragraph).toMatch(/SLACK_BOT_TOKEN/);
    expect(paragraph).toMatch(/[Ww]ithout Slack settings/);
  });
});
