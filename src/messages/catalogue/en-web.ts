import type { Words } from './nl.ts';

/** What Schakel's own web server says, in English (nl-web.ts has the Dutch the pages use). */
export const enWeb: Words['web'] = {
  requestFailed: 'Schakel could not handle this request',
  requestCutOff: 'The request was broken off before it was all in',
  requestTooLarge: 'Request is too large',
  notJson: 'This request is not valid JSON.',
  slackStale: 'Request is too old or comes from the future',
  slackSignature: 'Signature does not match',
  slackNotUnderstood: 'This is not a request Schakel understands',
  teamsNoToken: 'No valid token',
  teamsNotUnderstood: 'This is not an activity Schakel understands',
  teamsOtherTenant: 'This Teams organisation does not use Schakel',
  teamsFailed: 'Schakel could not handle this activity',
  alreadyDone: 'This request has already been handled.',
  notFound: 'Not found',
  notFoundTitle: 'This page does not exist',
  compressedRefused: 'Compressed requests are not accepted: send the body without Content-Encoding.',
  methodNotAllowed: (methods) =>
    `This method is not allowed here: use ${methods.length > 1 ? `${methods.slice(0, -1).join(', ')} or ${methods.at(-1)}` : methods[0]}`,
  notFoundPage:
    'This link leads nowhere in Schakel. Perhaps it was not copied completely: check that the whole link is in the address bar, or ask whoever sent it for a new one.',
  notThisMachine: 'Schakel in local mode answers on this computer only: open 127.0.0.1 or localhost.',
  fileMissing: 'This file does not exist (any more).',
  feedMissing: 'This calendar link does not exist (any more).',
  feedGoneTitle: 'This calendar link no longer works',
  feedBrokenTitle: 'Schakel cannot make this calendar now',
  feedGone:
    'The calendar behind this link is no longer here: the link was renewed, or it was not copied completely. Type reeks in the channel of your werkgroep for the link that holds now.',
  install: {
    doneTitle: 'Schakel is installed',
    done: (workspace) => `Schakel is installed in ${workspace}. The bot token is stored encrypted.`,
    yourWorkspace: 'your workspace',
    nextStep: (invite, help) =>
      `Next step: in the channel of your werkgroep, type ${invite} and then ${help}.`,
    closeWindow: 'You can close this window.',
    startAgain: 'Start again',
    cancelledTitle: 'Installation cancelled',
    cancelled: (again) =>
      `You stopped the installation of Schakel in Slack; nothing was stored. ${again} if that was not what you meant.`,
    failedTitle: 'Installation failed',
    linkSpent:
      'This installation link has expired, was already used, or was started in another browser. Nothing was stored.',
    codeRefused:
      'Slack did not accept this installation code: it has expired, was already used or is not from Slack. Nothing was stored.',
    notFinished: 'Slack and Schakel could not finish the installation; nothing was stored.',
    againHere: (again) => `${again} in this browser, within ten minutes.`,
    againOrLog: (again) =>
      `${again}. If it fails again, ask the administrator of the Schakel server to look in the log.`,
  },
};
