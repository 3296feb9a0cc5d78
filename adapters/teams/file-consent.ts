import type { ActivityLike } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import { z } from 'zod';
import type { Logger } from '../../src/logger.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import { errorMessage, isExpected } from '../../src/messages/errors.ts';
import { type MessageFile, plainText } from '../../src/messages/model.ts';
import type { TextCommands } from '../../src/ports/text-commands.ts';
import { teamsPlace, teamsUser } from './teams-user.ts';

export const FILE_CONSENT_CARD = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO_CARD = 'application/vnd.microsoft.teams.card.file.info';

/** The commands whose answer carries a file; only these are run again when a member allows it. */
const REMAKES = ['mijn-gegevens'] as const;

const acceptContext = z.object({ remake: z.enum(REMAKES) });
const uploadInfo = z.object({
  name: z.string().min(1).max(200),
  uploadUrl: z.url(),
  contentUrl: z.url(),
  uniqueId: z.string().max(200).default(''),
  fileType: z.string().max(20).default(''),
});

export const FILE_DECLINED = nl.adapters.fileDeclined;
export const FILE_FAILED = nl.adapters.fileFailed;

/**
 * A bot sends a file in Teams by asking first (a file consent card in the personal chat): when
 * the member allows it, Teams hands over a place in their OneDrive, Schakel makes the file anew
 * and puts it there, then shows it in the chat. Nothing of the file is in the card itself.
 */
export function fileConsentActivity(file: MessageFile): ActivityLike {
  return {
    type: 'message',
    text: '',
    attachments: [
      {
        contentType: FILE_CONSENT_CARD,
        name: file.name,
        content: {
          description: file.description,
          sizeInBytes: Buffer.byteLength(file.content, 'utf8'),
          acceptContext: { remake: file.remake },
          declineContext: { remake: file.remake },
        },
      },
    ],
  } as ActivityLike;
}

/** Only to OneDrive over https, or to this machine (the local chat and the test stand-ins). */
function safeUploadUrl(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'https:') return true;
  return u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
}

/**
 * How long the upload to OneDrive may take: the inzage is a few hundred kilobytes at most. A place
 * that does not answer holds no handler (and no member's file) for longer than this.
 */
export const UPLOAD_TIMEOUT_MS = 30_000;

/**
 * `uploadTimeoutMs`: UPLOAD_TIMEOUT_MS unless a test names a shorter one. The upload follows no
 * redirect: the place Teams handed over is checked (safeUploadUrl), one it sends on to is not, so
 * the member's file never goes anywhere else.
 */
export function registerFileConsent(
  app: App,
  textCommands: TextCommands,
  logger: Logger,
  uploadTimeoutMs = UPLOAD_TIMEOUT_MS,
): void {
  app.on('file.consent.decline', async ({ send }) => {
    await send(words().adapters.fileDeclined);
    return { status: 200 };
  });

  app.on('file.consent.accept', async ({ activity, send }) => {
    const context = acceptContext.safeParse(activity.value.context);
    const info = uploadInfo.safeParse(activity.value.uploadInfo);
    if (!context.success || !info.success || !safeUploadUrl(info.data.uploadUrl)) {
      await send(words().adapters.fileFailed);
      return { status: 400 };
    }
    let file: MessageFile | undefined;
    try {
      const answer = await textCommands.handleText(
        teamsUser(activity),
        teamsPlace(activity),
        context.data.remake,
        '',
      );
      file = answer.file;
      if (!file) {
        await send(plainText(answer));
        return { status: 200 };
      }
    } catch (err) {
      if (!isExpected(err)) logger.error({ err }, 'bestand maken mislukt');
      await send(plainText(errorMessage(err)));
      return { status: 200 };
    }
    const bytes = Buffer.from(file.content, 'utf8');
    const put = await fetch(info.data.uploadUrl, {
      method: 'PUT',
      headers: {
        'content-type': file.mediaType,
        'content-range': `bytes 0-${bytes.length - 1}/${bytes.length}`,
      },
      body: bytes,
      redirect: 'error',
      signal: AbortSignal.timeout(uploadTimeoutMs),
    }).catch((err: unknown) => ({ ok: false, status: 0, reason: failureReason(err) }) as const);
    if (!put.ok) {
      const reason = 'reason' in put ? put.reason : 'status';
      logger.warn({ status: put.status, reason }, 'bestand uploaden naar OneDrive mislukt');
      await send(words().adapters.fileFailed);
      return { status: 200 };
    }
    await send({
      type: 'message',
      text: '',
      attachments: [
        {
          contentType: FILE_INFO_CARD,
          contentUrl: info.data.contentUrl,
          name: info.data.name,
          content: { uniqueId: info.data.uniqueId, fileType: info.data.fileType },
        },
      ],
    } as ActivityLike);
    return { status: 200 };
  });
}

/** Why an upload got no answer, in a word for the log: too slow, sent on elsewhere, or unreachable. */
function failureReason(err: unknown): 'timeout' | 'redirect' | 'network' {
  if ((err as { name?: string }).name === 'TimeoutError') return 'timeout';
  // undici refuses a redirect under `redirect: 'error'` with a TypeError whose cause says so.
  const cause = (err as { cause?: { message?: string } }).cause?.message ?? '';
  return /redirect/i.test(cause) ? 'redirect' : 'network';
}
