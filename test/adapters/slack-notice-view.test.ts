import { describe, expect, it } from 'vitest';
import { noticeView } from '../../adapters/slack/listeners/views/notice-view.ts';
import { withLocale } from '../../src/messages/locale.ts';

describe('a Slack modal that only says something', () => {
  it('closes with a button in the member’s language', () => {
    expect(noticeView('De check-in is gesloten.').close?.text).toBe('Sluiten');
    expect(withLocale('en', () => noticeView('The check-in is closed.')).close?.text).toBe('Close');
  });
});
