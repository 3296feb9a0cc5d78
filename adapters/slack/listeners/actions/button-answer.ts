import type { BlockAction, RespondFn } from '@slack/bolt';
import type { PlatformUser } from '../../../../src/domain/members.ts';
import type { Logger } from '../../../../src/logger.ts';
import { errorMessage, isExpected } from '../../../../src/messages/errors.ts';
import type { Message } from '../../../../src/messages/model.ts';
import type { Place } from '../../../../src/ports/text-commands.ts';
import { renderSlackMessage } from '../../render-message.ts';

/** Who pressed a button, and in which workspace. */
export function buttonUser(body: BlockAction): { workspace: string; user: PlatformUser } {
  const workspace = body.team?.id ?? body.user.team_id ?? '';
  return { workspace, user: { platform: 'slack', workspace, userId: body.user.id } };
}

/** An answer only the one who pressed the button sees; the message with the button stays as it is. */
export function respondToPresser(respond: RespondFn, answer: Message, workspace?: string): Promise<unknown> {
  return respond({
    response_type: 'ephemeral',
    replace_original: false,
    ...renderSlackMessage(answer, workspace),
  });
}

/**
 * A button answered by the core for the one who pressed it, where they pressed it; an expected
 * refusal becomes its Dutch answer, anything else is logged (as `failure`) and answered plainly.
 * `refused`: the press was refused or failed, and its answer is for the one who pressed it alone
 * (respondToPresser): the message with the button stays as it is for everyone.
 */
export async function buttonAnswer(
  body: BlockAction,
  run: (user: PlatformUser, place: Place) => Promise<Message>,
  logger: Logger,
  failure: string,
): Promise<{ answer: Message; workspace: string; refused: boolean }> {
  const { workspace, user } = buttonUser(body);
  const place = { platform: 'slack' as const, workspace, channelId: body.channel?.id ?? '' };
  try {
    const answer = await run(user, place);
    // The core marks a refusal it answers rather than throws (no round yet): the same for the button.
    return { answer, workspace, refused: answer.refusal !== undefined };
  } catch (err) {
    if (!isExpected(err)) logger.error({ err }, failure);
    return { answer: errorMessage(err), workspace, refused: true };
  }
}

/** The button was pressed where only the one who pressed it reads: their DM with the app, or an ephemeral message. */
export function pressedPrivately(body: BlockAction): boolean {
  return (body.channel?.id ?? '').startsWith('D') || body.container?.is_ephemeral === true;
}
