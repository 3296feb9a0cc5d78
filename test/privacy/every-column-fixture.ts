import { expect } from 'vitest';
import type { Clock, manualClock } from '../../src/clock.ts';
import { buildDigest } from '../../src/digest/aggregate.ts';
import { renderDigest } from '../../src/digest/render.ts';
import { exportInterchange } from '../../src/interchange/export.ts';
import { checkinForm } from '../../src/messages/forms/checkin-form.ts';
import { tertiaalOf } from '../../src/schedule/tertialen.ts';
import { digestFiguresRepository } from '../../src/store/digest-repo.ts';
import { insertDraft, newestVersion } from '../../src/store/digest-versions-repo.ts';
import { interchangeRepository } from '../../src/store/interchange-repo.ts';
import { personalData } from '../../src/store/personal-data-repo.ts';
import { meetingEnds, startCheckinHarness } from '../support/checkin-harness.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import type { WerkgroepHarness } from '../support/werkgroep-harness.ts';
import { type PlatformRoutes, platformRoutes } from './column-routes.ts';

/**
 * The world test/privacy/every-column.test.ts sends client data into, and the places it searches
 * afterwards besides the database and the log.
 */
export interface EveryColumnFixture {
  readonly h: WerkgroepHarness;
  readonly p: PlatformRoutes;
  /** The second check-in round, which asks about the knelpunt raised in the first. */
  readonly roundId: string;
  readonly knelpuntId: string;
  /** A werkgroep without a series yet, for the series form. */
  readonly zuidId: string;
  readonly regionId: string;
}

export const openKnelpunt = (id: string) => ({
  id,
  description: 'Te weinig tijd voor overleg',
  category: 'tijd-capaciteit' as const,
});

export const checkinIn = (round: string, open: ReturnType<typeof openKnelpunt>[]) =>
  checkinForm({
    roundId: round,
    werkgroepName: 'Werkgroep Oost',
    meetingDate: 'dinsdag',
    openKnelpunten: open,
  });

export async function startEveryColumnFixture(
  secret: string,
  clock: ReturnType<typeof manualClock>,
): Promise<EveryColumnFixture> {
  const h = await startCheckinHarness({ secret, clock, members: [] });
  const p = platformRoutes(h, secret);
  const { db } = h.tdb;
  await db.pool.query(
    `INSERT INTO platform_identities (platform, workspace, user_id, member_id) VALUES ('teams', $1, '29:hanneke', $2)`,
    [TEAMS_TENANT, h.w.projectleiderId],
  );
  const regionId = (await db.pool.query('SELECT region_id FROM members WHERE id = $1', [h.w.projectleiderId]))
    .rows[0].region_id;
  // A werkgroep without a series yet, for the series form.
  const zuidId = (
    await db.pool.query(
      `INSERT INTO overleggen (region_id, name, kind) VALUES ($1, 'Werkgroep Zuid', 'werkgroep') RETURNING id`,
      [regionId],
    )
  ).rows[0].id;
  await db.pool.query('INSERT INTO overleg_members (overleg_id, member_id) VALUES ($1, $2)', [
    zuidId,
    h.w.projectleiderId,
  ]);
  // Ruben raises a knelpunt in the first round; the second round asks about it again.
  const first = await meetingEnds(h, clock, '2026-10-06T13:31:00Z');
  const clean = await p.slackSubmit('U0RUBEN', checkinIn(first, []), {
    samenwerkingsniveau: '4',
    new1_description: 'Te weinig tijd voor overleg',
    new1_category: 'tijd-capaciteit',
  });
  expect(clean.response_action).not.toBe('errors');
  const knelpuntId = (await db.pool.query('SELECT id FROM knelpunten')).rows[0].id;
  const roundId = await meetingEnds(h, clock, '2026-11-03T14:31:00Z');
  expect(roundId).not.toBe(first);
  // A draft of the stuurgroep digest to edit.
  const t = tertiaalOf('2026-10-06');
  const built = await buildDigest(digestFiguresRepository(db.pool), regionId, t, clock.now());
  await insertDraft(db.pool, {
    regionId,
    period: t.label,
    version: 1,
    document: { ...built, period: { label: t.label, from: t.from, to: t.to } },
    corrects: null,
    summary: 'Een fictieve samenvatting.',
    omitted: [],
    createdBy: h.w.projectleiderId,
    at: clock.now(),
    fileToken: 'concept-token-elke-kolom',
  });
  return { h, p, roundId, knelpuntId, zuidId, regionId };
}

/** The ICS feeds of every series, the draft digest as rendered, `schakel export`, and each member's inzage. */
export async function storedPlaces(
  h: WerkgroepHarness,
  regionId: string,
  clock: Clock,
): Promise<Record<string, string>> {
  const places: Record<string, string> = {};
  const { rows: feeds } = await h.tdb.db.pool.query<{ ics_token: string }>(
    'SELECT ics_token FROM meeting_series WHERE ics_token IS NOT NULL',
  );
  for (const { ics_token } of feeds) {
    const res = await fetch(`${h.app.baseUrl}/ics/${ics_token}.ics`);
    expect(res.status).toBe(200);
    places[`ICS ${ics_token}`] = await res.text();
  }
  expect(feeds.length).toBeGreaterThan(0);
  const draft = await newestVersion(h.tdb.db.pool, regionId, tertiaalOf('2026-10-06').label);
  expect(draft).not.toBeNull();
  const edition = {
    summary: draft!.summary,
    omitted: draft!.omitted,
    version: draft!.version,
    corrects: draft!.corrects,
  };
  places['digest markdown'] = String(await renderDigest(draft!.document, 'md', clock.now(), edition));
  places['digest JSON'] = String(await renderDigest(draft!.document, 'json', clock.now(), edition));
  places['schakel export'] = JSON.stringify(
    await exportInterchange(interchangeRepository(h.tdb.db.pool), null, clock),
  );
  const { rows: members } = await h.tdb.db.pool.query<{ id: string }>('SELECT id FROM members');
  for (const m of members)
    places[`mijn gegevens ${m.id}`] = JSON.stringify(await personalData(h.tdb.db.pool, m.id));
  return places;
}
