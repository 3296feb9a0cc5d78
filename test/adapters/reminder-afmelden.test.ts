import { describe, expect, it } from 'vitest';
import { renderSlackMessage } from '../../adapters/slack/render-message.ts';
import { renderTeamsCard } from '../../adapters/teams/render-message.ts';
import { withLocale } from '../../src/messages/locale.ts';
import { reminderMessage } from '../../src/messages/meeting-messages.ts';
import { plainText } from '../../src/messages/model.ts';
import { meeting } from '../messages/meeting-fixture.ts';

const reminder = () => reminderMessage(meeting([]), '2026-10-05');
const AFMELDEN =
  'Kun je niet, bijvoorbeeld door vakantie? Meld je af bij de projectleider; ben je zelf de projectleider, laat het de werkgroep hier weten.';

describe('the reminder the day before says how to report being away (afmelden)', () => {
  it('in the same words on Slack and on Teams (and so in the local chat, which shows the Teams card)', () => {
    const message = reminder();
    expect(plainText(message)).toContain(AFMELDEN);
    expect(JSON.stringify(renderSlackMessage(message))).toContain(AFMELDEN);
    expect(JSON.stringify(renderTeamsCard(message))).toContain(AFMELDEN);
  });

  it('in English when English is spoken', () => {
    const text = plainText(withLocale('en', reminder));
    expect(text).toContain(
      "Can't make it, for instance because of a holiday? Let the projectleider know; if you are the projectleider, tell the werkgroep here.",
    );
    expect(text).not.toContain(AFMELDEN);
  });
});
