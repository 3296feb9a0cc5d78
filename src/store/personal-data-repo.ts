import { audit } from './audit-repo.ts';
import type { Database, Queryable } from './database.ts';
import { lockRegionDrafts, withdrawDraftsOfRegion } from './digest-versions-repo.ts';
import { regionExists } from './member-import-repo.ts';
import { projectleiderNames } from './members-repo.ts';
import { bind, unitOfWork } from './unit-of-work.ts';

/** A Teams personal chat `t` of the member's account `p` (rows from before tenants were kept have ''). */
const OWN_TEAMS_CHAT = `p.platform = 'teams' AND t.conversation_type = 'personal' AND t.user_id = p.user_id
  AND (t.tenant = p.workspace OR t.tenant = '')`;

/** Everything Schakel holds about one member, with Dutch keys, for inzage (AVG art. 15). */
export async function personalData(db: Queryable, memberId: string) {
  const one = async (sql: string) => (await db.query(sql, [memberId])).rows;
  const [lid] = await one(
    `SELECT m.name AS naam, m.organisation AS organisatie, m.domain AS domein, r.name AS regio,
            m.email AS "e-mail", m.locale AS taal, m.locale_chosen AS taal_zelf_gekozen,
            m.created_at AS aangemaakt_op,
            array_remove(array_agg(mr.role ORDER BY mr.role), NULL) AS rollen
       FROM members m JOIN regions r ON r.id = m.region_id LEFT JOIN member_roles mr ON mr.member_id = m.id
      WHERE m.id = $1 GROUP BY m.id, r.name`,
  );
  return {
    lid,
    // With each Teams account, the personal chat Schakel keeps with it (to send there), if any.
    koppelingen: await one(
      `SELECT p.platform, p.workspace AS werkruimte, p.user_id AS gebruiker,
              t.conversation_id AS teams_privegesprek, t.installed_at AS teams_privegesprek_sinds
         FROM platform_identities p LEFT JOIN teams_conversations t ON ${OWN_TEAMS_CHAT}
        WHERE p.member_id = $1 ORDER BY p.platform, p.workspace, t.conversation_id`,
    ),
    // Each with its kind (werkgroep, stuurgroep, …), so the inzage names a stuurgroep as one.
    overleggen: (await one(
      `SELECT o.name AS naam, o.kind AS soort FROM overleggen o JOIN overleg_members om ON om.overleg_id = o.id
        WHERE om.member_id = $1 ORDER BY o.name`,
    )) as Array<{ naam: string; soort: string }>,
    // Each with its werkgroep's name: the same words in two werkgroepen are two items.
    agendapunten: await one(
      `SELECT o.name AS werkgroep, a.text AS tekst, a.for_occurrence AS voor_bijeenkomst, a.created_at AS toegevoegd_op
         FROM agenda_items a JOIN overleggen o ON o.id = a.overleg_id WHERE a.added_by = $1 ORDER BY a.created_at`,
    ),
    actiepunten: await one(
      `SELECT o.name AS werkgroep, a.description AS beschrijving, a.due_date AS uiterlijk, a.done_at AS afgerond_op,
              CASE WHEN a.owner_id = $1 THEN 'eigenaar' ELSE 'aangemaakt' END AS jouw_rol
         FROM actiepunten a JOIN overleggen o ON o.id = a.overleg_id
        WHERE (a.owner_id = $1 OR a.created_by = $1) AND a.removed_at IS NULL ORDER BY a.created_at`,
    ),
    checkin_antwoorden: await one(
      `SELECT o.name AS werkgroep, r.occurrence AS bijeenkomst, a.samenwerkingsniveau, a.toelichting,
              a.went_well AS wat_ging_goed, a.updated_at AS laatst_gewijzigd
         FROM checkin_answers a JOIN checkin_rounds r ON r.id = a.round_id JOIN overleggen o ON o.id = r.overleg_id
        WHERE a.member_id = $1 ORDER BY r.occurrence`,
    ),
    knelpunten_ingebracht: await one(
      `SELECT description AS beschrijving, category AS categorie, oplossing, status, created_at AS ingebracht_op
         FROM knelpunten WHERE raised_by = $1 ORDER BY created_at`,
    ),
    knelpunt_updates: await one(
      `SELECT k.description AS knelpunt, h.update_kind AS update, h.oplossing, h.at AS moment
         FROM knelpunt_history h JOIN knelpunten k ON k.id = h.knelpunt_id
        WHERE h.member_id = $1 AND h.update_kind <> 'raised' ORDER BY h.at`,
    ),
    checklist: await one(
      `SELECT tertiaal, item, answer AS antwoord FROM checklist_answers WHERE member_id = $1 ORDER BY tertiaal, item`,
    ),
    // What a projectleider recorded or made for the region names them too.
    voortgang_vastgelegd: await one(
      `SELECT tertiaal, updated_at AS vastgelegd_op FROM voortgang WHERE recorded_by = $1 ORDER BY tertiaal`,
    ),
    checklist_werkgroep_vastgelegd: await one(
      `SELECT tertiaal, item, answer AS antwoord, updated_at AS vastgelegd_op
         FROM checklist_agreed WHERE recorded_by = $1 ORDER BY tertiaal, item`,
    ),
    samenvattingen: await one(
      `SELECT period_label AS periode, version AS versie, status,
              COALESCE(created_by = $1, false) AS door_jou_gemaakt,
              COALESCE(published_by = $1, false) AS door_jou_gepubliceerd, created_at AS gemaakt_op
         FROM digest_versions WHERE created_by = $1 OR published_by = $1 ORDER BY period_label, version`,
    ),
    stuurgroepdata: await one(
      `SELECT meeting_date AS datum, created_at AS toegevoegd_op
         FROM stuurgroep_meetings WHERE created_by = $1 ORDER BY meeting_date`,
    ),
    // What was sent, or is still to be sent, to their accounts directly: vergeten erases it too.
    berichten_aan_jou: await one(
      `SELECT d.kind AS soort, d.platform, d.status, d.due_at AS gepland_op, d.sent_at AS verstuurd_op
         FROM deliveries d JOIN platform_identities p
           ON d.platform = p.platform AND d.workspace = p.workspace AND d.channel_id = p.user_id
        WHERE p.member_id = $1 ORDER BY d.due_at, d.key`,
    ),
    logboek: await one(
      `SELECT at AS moment, action AS actie, subject AS onderwerp FROM audit_log WHERE actor_id = $1 ORDER BY at`,
    ),
  };
}

/**
 * Deletes the member and every link to them (AVG art. 17), their accounts' Teams personal chat and
 * direct deliveries included. Their agendapunten and actiepunten stay for the werkgroep without
 * their name (the foreign keys set null); aggregates already published are not touched, unpublished
 * drafts of the region are withdrawn.
 */
export async function eraseMember(db: Queryable, memberId: string): Promise<boolean> {
  // An unpublished draft of the region holds their answers as they were when it was made (levels,
  // wat ging goed): it is withdrawn and emptied, so publishing it cannot bring them back; the next
  // is made without them, under a new number.
  // The region's lock first, held to the end: a draft being made now is either written before
  // (and withdrawn here) or waits and sees the member gone (see regionMembersMark).
  const region = await db.query('SELECT region_id FROM members WHERE id = $1', [memberId]);
  if (region.rows[0]) {
    await lockRegionDrafts(db, region.rows[0].region_id);
    await withdrawDraftsOfRegion(db, region.rows[0].region_id);
  }
  // Their accounts go with them (the foreign key cascades); what names an account outside that
  // table goes first: the Teams personal chat, and what was sent to them directly (each row's key and
  // channel is their user id; a command's pending answer goes with its delivery). Added again later,
  // they are reached as any member is: a direct message opens the chat through a connector of their
  // werkgroep's channel, and the chat row comes back when they add Schakel themselves.
  await db.query(
    `DELETE FROM teams_conversations t USING platform_identities p WHERE p.member_id = $1 AND ${OWN_TEAMS_CHAT}`,
    [memberId],
  );
  await db.query(
    `DELETE FROM deliveries d USING platform_identities p
      WHERE p.member_id = $1 AND d.platform = p.platform AND d.workspace = p.workspace AND d.channel_id = p.user_id`,
    [memberId],
  );
  // A Slack form submission is remembered for a while by a key with their user id in it
  // (slack:<view>:<user>:<digest>, adapters/slack/listeners/views/form-submissions.ts).
  await db.query(
    `DELETE FROM processed_requests r USING platform_identities p
      WHERE p.member_id = $1 AND p.platform = 'slack'
        AND split_part(r.key, ':', 1) = 'slack' AND split_part(r.key, ':', 3) = p.user_id`,
    [memberId],
  );
  const r = await db.query('DELETE FROM members WHERE id = $1', [memberId]);
  return r.rowCount === 1;
}

/**
 * Where the check-in cards sent to the member stand in their chat (each delivery's sent_ref), read
 * just before the erasure deletes those rows, so the cards can be changed into a line that says so.
 */
export async function sentCardsOf(db: Queryable, memberId: string) {
  const { rows } = await db.query<{
    platform: 'slack' | 'teams';
    workspace: string;
    userId: string;
    ref: string;
  }>(
    `SELECT d.platform, d.workspace, d.channel_id AS "userId", d.sent_ref AS ref
       FROM deliveries d JOIN platform_identities p
         ON d.platform = p.platform AND d.workspace = p.workspace AND d.channel_id = p.user_id
      WHERE p.member_id = $1 AND d.kind IN ('checkin_dm', 'checkin_nudge') AND d.sent_ref IS NOT NULL
      ORDER BY d.sent_at`,
    [memberId],
  );
  return rows;
}

/** A member of the region found by name and/or e-mail, as the operator gives them (case does not count). */
export interface MemberMatch {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  readonly email: string | null;
}

/** The members of a region with this name and/or e-mail address (each ignored when null). */
export async function membersMatching(
  db: Queryable,
  regionId: string,
  name: string | null,
  email: string | null,
): Promise<MemberMatch[]> {
  const { rows } = await db.query<MemberMatch>(
    `SELECT id, name, organisation, email FROM members
      WHERE region_id = $1 AND ($2::text IS NULL OR lower(btrim(name)) = lower(btrim($2)))
        AND ($3::text IS NULL OR lower(email) = lower(btrim($3)))
      ORDER BY name, email, id`,
    [regionId, name, email],
  );
  return rows;
}

/** Inzage and vergeten (AVG): the member's data, erasing it, and the logbook line that says so. */
export const personalDataRepository = (db: Queryable) =>
  bind(db, {
    personalData,
    sentCardsOf,
    eraseMember,
    audit,
    regionExists,
    membersMatching,
    projectleiderNames,
  });
export type PersonalDataRepository = ReturnType<typeof personalDataRepository>;
export const personalDataStore = (db: Database) => unitOfWork(db, personalDataRepository);
