import type { App } from '@microsoft/teams.apps';
import type { Core } from '../../../src/core.ts';
import { renderTeamsActivity } from '../render-message.ts';
import { teamsUser } from '../teams-user.ts';

const HELP = /^\s*(help|hulp)\s*[?!.]*\s*$/i;

/** Text messages to the bot: parse, call one core function, render. */
export function registerMessageHandler(app: App, core: Core): void {
  app.on('message', async ({ activity, send }) => {
    const text = activity.text ?? '';
    if (HELP.test(text)) {
      await send(renderTeamsActivity(await core.help(teamsUser(activity), '')));
      return;
    }
    // The text is never echoed or logged: it might hold something that should not be kept.
    await send('Dat begrijp ik nog niet. Typ **help** voor wat ik kan.');
  });
}
