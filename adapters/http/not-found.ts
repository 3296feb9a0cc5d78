import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendPage, wantsPage } from './html-page.ts';
import { sendJson } from './send-json.ts';

/** What a link that leads nowhere answers: its page for a person, its short error for a program. */
export interface DeadLink {
  readonly title: string;
  readonly text: string;
  /** The JSON `error`, for a program (curl, a calendar app, a test) that does not ask for HTML. */
  readonly error: string;
}

/** A 404: the small Dutch page when a browser opened the link, `{ error }` as JSON otherwise. */
export function sendNotFound(req: IncomingMessage, res: ServerResponse, link: DeadLink): void {
  if (wantsPage(req)) sendPage(res, 404, link.title, [link.text]);
  else sendJson(res, 404, { error: link.error });
}
