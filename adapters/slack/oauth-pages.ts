import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Installation } from '@slack/bolt';
import { escapeHtml } from '../../src/escape.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import { sendPage } from '../http/html-page.ts';

/**
 * The pages a beheerder sees at the end of Slack's install flow (GET /slack/oauth_redirect):
 * in Dutch (words in src/messages/catalogue/nl-web.ts), saying what happened and what to do
 * next. Bolt's own pages are English.
 */
export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

export function installSucceeded(
  installation: Installation,
  _options: unknown,
  _req: IncomingMessage,
  res: ServerResponse,
): void {
  const w = words('nl').web.install;
  const name = installation.team?.name ?? installation.enterprise?.name ?? w.yourWorkspace;
  sendPage(res, 200, w.doneTitle, [
    w.done(`<strong>${escapeHtml(name)}</strong>`),
    w.nextStep('<code>/invite @Schakel</code>', '<code>/schakel help</code>'),
    w.closeWindow,
  ]);
}

export function installFailed(
  error: { code?: string },
  _options: unknown,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const w = words('nl').web.install;
  const cancelled = new URL(req.url ?? '/', 'http://localhost').searchParams.get('error') === 'access_denied';
  const again = `<a href="${INSTALL_PATH}">${w.startAgain}</a>`;
  if (cancelled) {
    sendPage(res, 400, w.cancelledTitle, [w.cancelled(again)]);
    return;
  }
  const flow = ['slack_oauth_missing_state', 'slack_oauth_invalid_state', 'slack_oauth_missing_code'];
  if (flow.includes(error.code ?? '')) {
    sendPage(res, 400, w.failedTitle, [w.linkSpent, w.againHere(again)]);
    return;
  }
  if (error.code === SLACK_REFUSED) {
    // Slack refused the code (made up, expired, already traded): the request was wrong, not Schakel.
    sendPage(res, 400, w.failedTitle, [w.codeRefused, w.againHere(again)]);
    return;
  }
  // Slack unreachable, or the installation not stored: logged by Bolt; never a 500 (see server.ts).
  sendPage(res, 400, w.failedTitle, [w.notFinished, w.againOrLog(again)]);
}

/** The code of the error Slack's Web API client throws when Slack answers `ok: false` (here: invalid_code). */
const SLACK_REFUSED = 'slack_webapi_platform_error';
