import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Clock } from '../clock.ts';
import { authorize } from '../domain/authorization.ts';
import { NotFound } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import { overlegTitle } from '../domain/overleg-title.ts';
import { words } from '../messages/catalogue/words.ts';
import { seriesCalendarText } from '../schedule/ics.ts';
import { storedSeries } from '../schedule/stored-series.ts';
import type { RhythmRepository } from '../store/rhythm-store.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';

const TOKEN = /^[A-Za-z0-9_-]{20,64}$/;

export function createCalendar({
  store,
  clock,
  publicUrl,
}: {
  store: UnitOfWork<
    Pick<RhythmRepository, 'findSeriesByIcsToken' | 'findOverleg' | 'replaceIcsToken' | 'audit'>
  >;
  clock: Clock;
  /** Its host is the right-hand side of the feed's UIDs. */
  publicUrl?: string | undefined;
}) {
  const uidDomain = publicUrl ? new URL(publicUrl).hostname : undefined;
  return {
    /**
     * The ICS feed behind a secret token, or null when the token is unknown or revoked. Stamped
     * with the series' last change (RFC 5545 3.8.7.2 allows it for a published feed, one without a
     * METHOD), so a calendar that polls gets the same bytes, and a 304, while nothing changed.
     */
    async icsFeed(token: string): Promise<{ text: string } | null> {
      if (!TOKEN.test(token)) return null;
      const stored = await store.read.findSeriesByIcsToken(token);
      const overleg = stored && (await store.read.findOverleg(stored.overlegId));
      if (!stored || !overleg) return null;
      // Whole seconds: DTSTAMP and Last-Modified say no more.
      const changedAt = new Date(Math.floor(stored.updatedAt.getTime() / 1000) * 1000);
      const text = seriesCalendarText(storedSeries(stored.definition), {
        seriesId: stored.id,
        title: overlegTitle(overleg.name, overleg.kind),
        ...(uidDomain ? { uidDomain } : {}),
        generatedAt: DateTime.fromJSDate(clock.now(), { zone: 'UTC' }),
        stampedAt: DateTime.fromJSDate(changedAt, { zone: 'UTC' }),
        // Raised by every saved change: the feed's SEQUENCE, so a client takes each change as newer.
        sequence: stored.version,
      });
      return { text };
    },

    /** A new secret link for the feed; the old one stops working at once. */
    async revokeIcsToken(actor: Member | null, overlegId: string): Promise<string> {
      const overleg = await store.read.findOverleg(overlegId);
      if (!overleg) throw new NotFound(words().answers.admin.noOverleg);
      const pl = authorize(actor, 'werkgroep.manage', { regionId: overleg.regionId });
      const token = randomBytes(24).toString('base64url');
      return store.transaction(async (tx) => {
        if (!(await tx.replaceIcsToken(overlegId, token)))
          throw new NotFound(words().answers.series.noSeries);
        await tx.audit({
          regionId: overleg.regionId,
          actorId: pl.id,
          action: 'agendalink_vernieuwd',
          subject: overlegId,
          at: clock.now(),
        });
        return token;
      });
    },
  };
}
