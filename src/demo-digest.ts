import { DateTime } from 'luxon';
import type { Core } from './core.ts';
import { DEMO_TENANT, demoUserId } from './domain/demo-region.ts';
import { DIGEST_ACTIONS } from './messages/digest-messages.ts';
import { DEFAULT_TIME_ZONE } from './schedule/local-time.ts';
import { previousTertiaal, tertiaalOf } from './schedule/tertialen.ts';

/**
 * The demo region's stuurgroep has had a digest: the tertiaal before today's, through the same
 * review as any digest (the demo projectleider's draft and its publish button), so the stuurgroep
 * channel shows it and `samenvatting laatste` finds it. The demo set-up asks for the draft and
 * presses the button, not she: the logboek names "Schakel (demo)", and her mijn-gegevens lists
 * neither.
 */
export async function publishDemoDigest(core: Core, now: Date): Promise<void> {
  const user = { platform: 'teams' as const, workspace: DEMO_TENANT, userId: demoUserId('pl') };
  const member = await core.home.identify(user);
  const today = DateTime.fromJSDate(now, { zone: DEFAULT_TIME_ZONE }).toISODate()!;
  const period = previousTertiaal(tertiaalOf(today)).label;
  const place = { platform: 'teams' as const, workspace: DEMO_TENANT, channelId: 'a:lokaal-pl' };
  const preview = await core.digestReview.digestDraft(member, place, period, 'demo');
  const publish = preview.blocks
    .flatMap((b) => (b.type === 'actions' ? b.actions : []))
    .find((a) => a.id === DIGEST_ACTIONS.publish);
  if (publish) await core.digestReview.digestAction(user, DIGEST_ACTIONS.publish, publish.value, 'demo');
}
