import { describe, expect, it } from 'vitest';
import { renderSlackMessage } from '../../adapters/slack/render-message.ts';
import { renderTeamsCard } from '../../adapters/teams/render-message.ts';
import { reminderMessage } from '../../src/messages/meeting-messages.ts';
import type { OpenActiepunt } from '../../src/store/agenda-repo.ts';
import { meeting } from '../messages/meeting-fixture.ts';
import { adaptiveCardProblems } from './adaptive-cards.ts';
import { slackModalProblems } from './slack-limits.ts';

const actiepunten = (n: number, description = 'Werkgeversontbijt plannen'): OpenActiepunt[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `a${i + 1}`,
    number: i + 1,
    description,
    dueDate: null,
    owner: null,
    createdBy: null,
  }));
const reminder = (open: OpenActiepunt[]) =>
  reminderMessage({ ...meeting([]), actiepunten: open }, '2026-10-05');
type Rendered = { type: string; block_id?: string; elements?: Array<{ text: { text: string } }> };

/** The choice's blocks as Slack's modal limits judge them (the same input and actions blocks). */
function slackChoiceProblems(blocks: Rendered[]): string[] {
  const choice = blocks.filter((b) => b.type === 'input' || b.block_id?.startsWith('klaar_send'));
  expect(choice).toHaveLength(2);
  const view = { type: 'modal', callback_id: 'klaar', private_metadata: '', blocks: choice };
  const label = { type: 'plain_text', text: 'x' };
  return slackModalProblems({ ...view, title: label, submit: label, close: label });
}

describe('Klaar buttons up to five, then one choice of every open actiepunt', () => {
  it('five open actiepunten keep their five Klaar buttons', () => {
    const slack = renderSlackMessage(reminder(actiepunten(5)));
    expect(JSON.stringify(slack.blocks)).toContain('Klaar #5');
    expect(slack.blocks.some((b) => b.type === 'input')).toBe(false);
  });

  it('six: one choice and "Klaar melden", within Slack’s limits and a clean Adaptive Card', () => {
    const message = reminder(actiepunten(6));
    const slack = renderSlackMessage(message).blocks as Rendered[];
    expect(JSON.stringify(slack)).not.toContain('Klaar #');
    expect(slackChoiceProblems(slack)).toEqual([]);
    // Under a reminder the button names the overleg only: the answer goes to the presser.
    expect(JSON.stringify(slack)).toContain('"value":"{\\"overleg\\":\\"oost\\"}"');
    const card = renderTeamsCard(message);
    expect(JSON.stringify(card)).not.toContain('Klaar #');
    expect(adaptiveCardProblems(card)).toEqual([]);
    const choice = card.body.find((e) => e.type === 'Input.ChoiceSet') as {
      choices: unknown[];
      isRequired: boolean;
    };
    expect(choice.choices).toHaveLength(6);
    expect(choice.isRequired).toBe(true);
  });

  it('long titles are shortened to Slack’s 75 characters; past 100 the rest is typed', () => {
    const message = reminder(
      actiepunten(120, 'Een heel lang actiepunt over de samenwerking met werkgevers in de regio '.repeat(3)),
    );
    const slack = renderSlackMessage(message).blocks as Rendered[];
    expect(slackChoiceProblems(slack)).toEqual([]);
    const input = slack.find((b) => b.type === 'input') as unknown as {
      element: { options: Array<{ text: { text: string } }> };
    };
    const options = input.element.options.map((o) => o.text.text);
    expect(options).toHaveLength(100);
    expect(options.at(-1)).toMatch(/^#100 Een heel lang actiepunt .*…$/);
  });
});
