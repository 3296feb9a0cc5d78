import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Installation } from '@slack/bolt';
import { escapeHtml } from '../../src/escape.ts';
import { sendPage } from '../http/html-page.ts';

/**
 * The pages a beheerder sees at the end of Slack's install flow (GET /slack/oauth_redirect):
 * in Dutch, saying what happened and what to do next. Bolt's own pages are English.
 */
export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

export function installSucceeded(
  installation: Installation,
  _options: unknown,
  _req: IncomingMessage,
  res: ServerResponse,
): void {
  const name = installation.team?.name ?? installation.enterprise?.name ?? 'je werkruimte';
  sendPage(res, 200, 'Schakel is geïnstalleerd', [
    `Schakel is geïnstalleerd in <strong>${escapeHtml(name)}</strong>. Het bot-token staat versleuteld opgeslagen.`,
    'Volgende stap: typ in het kanaal van je werkgroep <code>/invite @Schakel</code> en daarna <code>/schakel help</code>.',
    'Je kunt dit venster sluiten.',
  ]);
}

export function installFailed(
  error: { code?: string },
  _options: unknown,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const cancelled = new URL(req.url ?? '/', 'http://localhost').searchParams.get('error') === 'access_denied';
  const again = `<a href="${INSTALL_PATH}">Begin opnieuw</a>`;
  if (cancelled) {
    sendPage(res, 400, 'Installatie geannuleerd', [
      `Je hebt de installatie van Schakel in Slack afgebroken; er is niets opgeslagen. ${again} als dat niet de bedoeling was.`,
    ]);
    return;
  }
  const flow = ['slack_oauth_missing_state', 'slack_oauth_invalid_state', 'slack_oauth_missing_code'];
  if (flow.includes(error.code ?? '')) {
    sendPage(res, 400, 'Installatie niet gelukt', [
      'Deze installatielink is verlopen, al gebruikt, of in een andere browser begonnen. Er is niets opgeslagen.',
      `${again} in deze browser, binnen tien minuten.`,
    ]);
    return;
  }
  if (error.code === SLACK_REFUSED) {
    // Slack refused the code (made up, expired, already traded): the request was wrong, not Schakel.
    sendPage(res, 400, 'Installatie niet gelukt', [
      'Slack heeft deze installatiecode niet aangenomen: hij is verlopen, al gebruikt of niet van Slack. Er is niets opgeslagen.',
      `${again} in deze browser, binnen tien minuten.`,
    ]);
    return;
  }
  // Slack unreachable, or the installation not stored: logged by Bolt; never a 500 (see server.ts).
  sendPage(res, 400, 'Installatie niet gelukt', [
    'Slack en Schakel konden de installatie niet afronden; er is niets opgeslagen.',
    `${again}. Lukt het weer niet, vraag dan de beheerder van de Schakel-server om in het logboek te kijken.`,
  ]);
}

/** The code of the error Slack's Web API client throws when Slack answers `ok: false` (here: invalid_code). */
const SLACK_REFUSED = 'slack_webapi_platform_error';
