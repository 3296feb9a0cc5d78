import { TEAMS_CHANNEL, TEAMS_TENANT } from './rhythm-fixture.ts';
import { cardActionInvoke, postActivity } from './teams-activities.ts';
import type { WerkgroepHarness } from './werkgroep-harness.ts';

/**
 * Ruben (a member of Werkgroep Oost) puts `typed` in the agenda call's input in the werkgroep's
 * Teams channel and presses it: what Teams posts (`typed` as it is, text or not), and Schakel's answer.
 */
export function pressAgendaInput(h: WerkgroepHarness, typed: unknown): Promise<Response> {
  const invoke = cardActionInvoke({
    serviceUrl: h.teams.serviceUrl,
    userId: '29:ruben',
    tenantId: TEAMS_TENANT,
    conversationId: TEAMS_CHANNEL,
    verb: 'quick_input',
    data: { action: 'quick_input', input: 'agendapunt', value: h.w.overlegId, quick_agendapunt: typed },
  });
  return postActivity(h.app.baseUrl, invoke);
}
