import type { BlockAction } from '@slack/bolt';
import type { PlatformUser } from '../../../../src/domain/members.ts';
import type { Logger } from '../../../../src/logger.ts';
import { errorMessage, isExpected } from '../../../../src/messages/errors.ts';
import type { Message } from '../../../../src/messages/model.ts';
import type { Place } from '../../../../src/ports/text-commands.ts';

/**
 * A button answered by the core for the one who pressed it, where they pressed it; an expected
 * refusal becomes its Dutch answer, anything else is logged (as `failure`) and answered plainly.
 */
export async function buttonAnswer(
  body: BlockAction,
  run: (user: PlatformUser, place: Place) => Promise<Message>,
  logger: Logger,
  failure: string,
): Promise<{ answer: Message; workspace: string }> {
  const workspace = body.team?.id ?? body.user.team_id ?? '';
  const user = { platform: 'slack' as const, workspace, userId: body.user.id };
  const place = { platform: 'slack' as const, workspace, channelId: body.channel?.id ?? '' };
  try {
    return { answer: await run(user, place), workspace };
  } catch (err) {
    if (!isExpected(err)) logger.error({ err }, failure);
    return { answer: errorMessage(err), workspace };
  }
}
