/**
 * The most bytes of JSON Schakel sends as one Teams message (an activity, or a card in an invoke
 * answer). Teams refuses a bot message over about 28 KB (its connector answers 413
 * MessageSizeTooBig), counting the activity as the connector gets it, with what the SDK adds (from,
 * recipient, conversation, ids: under 1 KB) and Teams' own envelope. 24 KB leaves 4 KB for those,
 * and still holds some 35 actiepunten of the longest kind with their Klaar choice.
 */
export const TEAMS_MESSAGE_BUDGET = 24 * 1024;

/** Whether `json` serialized stays within TEAMS_MESSAGE_BUDGET. */
export function withinTeamsBudget(json: unknown): boolean {
  return Buffer.byteLength(JSON.stringify(json)) <= TEAMS_MESSAGE_BUDGET;
}
