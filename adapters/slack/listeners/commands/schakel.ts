import type { App } from '@slack/bolt';
import type { Core } from '../../../../src/core.ts';
import { renderSlackMessage } from '../../render-message.ts';

/** `/schakel <subcommand>`: parses, calls one core function, renders. */
export function registerSchakelCommand(app: App, core: Core): void {
  app.command('/schakel', async ({ command, ack }) => {
    const sub = command.text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    const user = { platform: 'slack' as const, workspace: command.team_id, userId: command.user_id };
    if (sub === '' || sub === 'help' || sub === 'hulp') {
      const message = await core.help(user, '/schakel ');
      await ack({ response_type: 'ephemeral', ...renderSlackMessage(message) });
      return;
    }
    // The rest of the text is never echoed: it might hold something that should not be repeated.
    await ack({
      response_type: 'ephemeral',
      text: 'Dat commando ken ik niet. Typ `/schakel help` voor wat ik kan.',
    });
  });
}
