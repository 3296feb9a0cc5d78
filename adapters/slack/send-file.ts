import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';
import type { Message, MessageFile } from '../../src/messages/model.ts';
import { MAX_BLOCKS, renderSlackMessage } from './render-message.ts';

/**
 * A message's file (the inzage as JSON) in the member's direct chat with Schakel, never in a
 * channel. Slack takes a file in three calls, which `filesUploadV2` makes: an upload address, the
 * bytes, then sharing it in the chat. A workspace that installed Schakel before it asked for
 * files:write cannot take files: then the content follows as text in the same chat, so the member
 * still gets all of it.
 */
export async function sendFileToMember(
  client: webApi.WebClient,
  userId: string,
  file: MessageFile,
  logger: Logger,
): Promise<void> {
  const opened = await client.conversations.open({ users: userId });
  const channel = opened.channel?.id ?? userId;
  try {
    await client.filesUploadV2({
      channel_id: channel,
      filename: file.name,
      title: file.description,
      content: file.content,
    });
  } catch (err) {
    // Only Slack's error code: the file itself is personal data and never goes into the log.
    const code = (err as { data?: { error?: string } }).data?.error ?? (err as Error).name;
    logger.warn({ code }, 'bestand delen lukte niet; als tekst gestuurd');
    const asText: Message = {
      fallback: file.description,
      blocks: [
        { type: 'text', text: `${file.description} (${file.name}):` },
        { type: 'code', text: file.content },
      ],
    };
    const { text, blocks } = renderSlackMessage(asText);
    for (let i = 0; i < blocks.length; i += MAX_BLOCKS) {
      await client.chat.postMessage({ channel, text, blocks: blocks.slice(i, i + MAX_BLOCKS) });
    }
  }
}
