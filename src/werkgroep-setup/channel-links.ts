import type { Clock } from '../clock.ts';
import { authorize } from '../domain/authorization.ts';
import { nameKey, normalName } from '../domain/control-characters.ts';
import { InvalidInput, NotFound } from '../domain/errors.ts';
import type { Member, PlatformUser } from '../domain/members.ts';
import type { Replanned } from '../jobs/plan-deliveries.ts';
import { words } from '../messages/catalogue/words.ts';
import type { Channel } from '../store/channels-repo.ts';
import type { ChannelPlace } from '../store/werkgroep-setup-repo.ts';
import type { WerkgroepSetupRepository, WerkgroepSetupStore } from '../store/werkgroep-setup-store.ts';

/**
 * Which channel or chat receives a werkgroep's reminders: linked by the projectleider (or a
 * beheerder) of the region where they type `koppel <naam>`, unlinked with `ontkoppel`.
 */

/** Setting up werkgroepen and their channels is for a projectleider or beheerder of the region. */
export function assertMaySetUp(actor: Member | null): Member {
  return authorize(actor, 'werkgroep.setup');
}

/** How a command is typed on the platform: after `/schakel` in Slack, as it is to the bot in Teams. */
export function prefixOf(platform: PlatformUser['platform']): string {
  return platform === 'slack' ? '/schakel ' : '';
}

/** A Teams channel reports each thread as `<channel>;messageid=…`: the channel is the part before. */
export function channelOf(place: ChannelPlace): ChannelPlace {
  if (place.platform !== 'teams') return place;
  return { ...place, channelId: place.channelId.split(';')[0] ?? place.channelId };
}

export type Linkable =
  | { readonly ok: true; readonly channel: Channel }
  | { readonly ok: false; readonly reason: string };

/**
 * Whether reminders can be sent to this place. A private chat with Schakel is not a werkgroep's
 * channel; in Teams, Schakel can only send where it was added (teams_conversations).
 */
export async function linkable(
  store: Pick<WerkgroepSetupRepository, 'installedTeamsConversation'>,
  user: PlatformUser,
  place: ChannelPlace,
): Promise<Linkable> {
  const p = channelOf(place);
  const personal = {
    ok: false as const,
    reason: words().answers.links.personal(prefixOf(user.platform)),
  };
  if (p.workspace !== user.workspace || p.platform !== user.platform) return personal;
  if (p.platform === 'slack') {
    // Slack's direct messages have ids starting with D.
    return p.channelId.startsWith('D') ? personal : { ok: true, channel: { ...p, serviceUrl: null } };
  }
  const installed = await store.installedTeamsConversation(p.channelId);
  if (installed?.type === 'personal') return personal;
  if (!installed || (installed.tenant !== '' && installed.tenant !== p.workspace)) {
    return {
      ok: false,
      reason: words().answers.links.notAdded,
    };
  }
  return { ok: true, channel: { ...p, serviceUrl: installed.serviceUrl } };
}

/** How many of the region's werkgroepen a refusal names. */
const NAMES_SHOWN = 8;
/** How many of the region's werkgroepen a part of a name is looked for in. */
const MAX_NAMES_SEARCHED = 500;

export function createChannelLinks(d: {
  store: WerkgroepSetupStore;
  clock: Clock;
  /** Plans the werkgroep's reminders again for its channels as they are now (src/jobs/plan-deliveries.ts). */
  /** Re-plans a werkgroep after a change; says so when its stored series breaks the rules. */
  planOverleg: (overlegId: string, now: Date) => Promise<Pick<Replanned, 'notPlanned'>>;
}) {
  /** The werkgroepen this place is linked to; one of another region is not for this actor to change. */
  async function linkedHere(actor: Member, place: ChannelPlace) {
    const linked = await d.store.read.overleggenOfChannel(channelOf(place));
    for (const o of linked) authorize(actor, 'channel.link', { regionId: o.regionId });
    return linked;
  }

  /**
   * The answer when the place is linked to `overleg` already; a refusal when it is linked to another
   * werkgroep (unlink that first); null when it is free to link.
   */
  function alreadyLinked(
    linked: ReadonlyArray<{ id: string; name: string }>,
    overleg: { id: string; name: string },
  ): string | null {
    if (linked.some((o) => o.id === overleg.id)) return words().answers.links.already(overleg.name);
    const other = linked[0];
    if (!other) return null;
    const message = words().answers.links.linkedElsewhere(other.name, overleg.name);
    throw new InvalidInput([{ field: 'kanaal', message }]);
  }

  /** The region's one werkgroep whose name holds what was typed ("jongeren"), or null for none or several. */
  async function partlyNamed(regionId: string, typed: string): Promise<string | null> {
    const part = nameKey(typed);
    if (part.length < 3) return null;
    const names = await d.store.read.werkgroepNamesOfRegion(regionId, MAX_NAMES_SEARCHED);
    const holding = names.filter((n) => nameKey(n).includes(part));
    return holding.length === 1 ? (holding[0] ?? null) : null;
  }

  /**
   * The werkgroep named `typed`: exactly, or the one name that is the same apart from capitals,
   * spaces, emoji and signs ("werkgroep oost" for "Werkgroep Oost 🌅"); null for none. Several
   * the same that way ("Noord 🌅" and "Noord 🌊") are asked about, naming each.
   */
  async function named(regionId: string, typed: string, p: string) {
    const exact = await d.store.read.overlegByName(regionId, normalName(typed));
    if (exact) return exact;
    const key = nameKey(typed);
    if (!key) return null;
    const names = await d.store.read.werkgroepNamesOfRegion(regionId, MAX_NAMES_SEARCHED);
    const same = names.filter((n) => nameKey(n) === key);
    const w = words().answers.links;
    if (same.length > 1) throw new NotFound(w.whichOne(same.join(w.or), same[0] ?? '', p));
    return same[0] ? d.store.read.overlegByName(regionId, same[0]) : null;
  }

  /**
   * The werkgroepen linked here that `typed` names: the one with that very name (any capitals), else
   * the one whose name is the same apart from emoji and signs; none when that is several
   * ("Noord 🌅" and "Noord 🌊" both) or when only emoji or signs were typed.
   */
  function linkedNamed<O extends { readonly name: string }>(here: readonly O[], typed: string): O[] {
    const plain = (a: string) => normalName(a).toLocaleLowerCase('nl');
    const exact = here.filter((o) => plain(o.name) === plain(typed));
    if (exact.length > 0) return exact;
    const key = nameKey(typed);
    const loose = key ? here.filter((o) => nameKey(o.name) === key) : [];
    return loose.length === 1 ? loose : [];
  }

  /** The region's name and its first werkgroepen, ", " between them ("" for none), as a refusal names them. */
  async function werkgroepenNamed(regionId: string) {
    const region = await d.store.read.regionName(regionId);
    const all = await d.store.read.werkgroepNamesOfRegion(regionId, NAMES_SHOWN + 1);
    const names = all.slice(0, NAMES_SHOWN).join(', ') + (all.length > NAMES_SHOWN ? ', …' : '');
    return { region, names, first: all[0] ?? '' };
  }

  return {
    /** Links the place to the region's werkgroep named `name`; says so when it already was. */
    async koppel(
      member: Member | null,
      user: PlatformUser,
      place: ChannelPlace,
      name: string,
    ): Promise<string> {
      const actor = assertMaySetUp(member);
      const p = prefixOf(user.platform);
      if (name.trim() === '') {
        // A bare `koppel`: which werkgroep is asked, naming the region's werkgroepen.
        const { region, names, first } = await werkgroepenNamed(actor.regionId);
        throw new NotFound(words().answers.links.whichWerkgroep(names, region, p, first));
      }
      const linked = await linkedHere(actor, place);
      const overleg = await named(actor.regionId, name, p);
      if (!overleg) {
        // What was typed is not repeated: it may hold anything, client data too. The region's
        // werkgroepen are named instead, so a typo is easy to see.
        const meant = await partlyNamed(actor.regionId, name);
        if (meant) throw new NotFound(words().answers.links.didYouMean(meant, p));
        const { region, names } = await werkgroepenNamed(actor.regionId);
        throw new NotFound(words().answers.links.noSuch(names, region, p));
      }
      const already = alreadyLinked(linked, overleg);
      if (already) return already;
      const where = await linkable(d.store.read, user, place);
      if (!where.ok) throw new InvalidInput([{ field: 'kanaal', message: where.reason }]);
      const now = d.clock.now();
      const meanwhile = await d.store.transaction(async (tx) => {
        // Looked at again under the place's lock: a koppel sent at the same moment may have linked it.
        await tx.lockChannel(channelOf(place));
        const said = alreadyLinked(await tx.overleggenOfChannel(channelOf(place)), overleg);
        if (said) return said;
        await tx.linkChannel(overleg.id, where.channel);
        await tx.audit({
          regionId: actor.regionId,
          actorId: actor.id,
          action: 'kanaal_gekoppeld',
          subject: overleg.id,
          details: { platform: where.channel.platform, kanaal: where.channel.channelId },
          at: now,
        });
        return null;
      });
      if (meanwhile) return meanwhile;
      // The link stands; a stored series the rules refuse is named (nothing planned for it).
      const { notPlanned } = await d.planOverleg(overleg.id, now);
      const done = words().answers.links.linked(overleg.name);
      return notPlanned ? `${done} ${notPlanned}` : done;
    },

    /**
     * Removes the link of this place (to the werkgroep `name`, when one is named); the reminders
     * still planned for it are dropped. A name that is not linked here unlinks nothing.
     */
    async ontkoppel(member: Member | null, place: ChannelPlace, name: string | null = null): Promise<string> {
      const actor = assertMaySetUp(member);
      const here = await linkedHere(actor, place);
      if (here.length === 0) return words().answers.links.notLinked;
      const linked = name === null ? here : linkedNamed(here, name);
      if (linked.length === 0) {
        // What was typed is not repeated (it may hold anything); what is linked here is named.
        const names = here.map((o) => o.name).join(words().answers.links.and);
        const message = words().answers.links.notLinkedTo(names, prefixOf(place.platform));
        throw new InvalidInput([{ field: 'werkgroep', message }]);
      }
      const channel = channelOf(place);
      const now = d.clock.now();
      // Only what this request unlinked: the same ontkoppel sent twice at once unlinks once.
      const unlinked = await d.store.transaction(async (tx) => {
        const gone: typeof linked = [];
        for (const o of linked) {
          if (!(await tx.unlinkChannel(o.id, channel))) continue;
          gone.push(o);
          await tx.audit({
            regionId: actor.regionId,
            actorId: actor.id,
            action: 'kanaal_ontkoppeld',
            subject: o.id,
            details: { platform: channel.platform, kanaal: channel.channelId },
            at: now,
          });
        }
        return gone;
      });
      const w = words().answers.links;
      if (unlinked.length === 0) return w.notLinked;
      for (const o of unlinked) await d.planOverleg(o.id, now);
      const names = unlinked.map((o) => o.name).join(w.and);
      return w.unlinked(names, prefixOf(place.platform), unlinked[0]?.name ?? '');
    },
  };
}
