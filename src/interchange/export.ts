import type { Clock } from '../clock.ts';
import { seriesInputSchema } from '../schedule/series-schema.ts';
import type { InterchangeRepository } from '../store/interchange-repo.ts';
import type { Interchange } from './schema.ts';

/**
 * The whole installation, or one region, as a schakel/v1 document. Everything is sorted and
 * normalised (series defaults filled in), so exporting what was imported gives the same file.
 * Region targets are not in v1 yet: there is no table for them.
 */
export async function exportInterchange(
  store: Pick<InterchangeRepository, 'readInstallation'>,
  regionId: string | null,
  clock: Clock,
): Promise<Interchange> {
  const rows = await store.readInstallation(regionId);
  const knelpunten = new Map<string, Interchange['checkins'][number]['knelpunten']>();
  for (const k of rows.knelpunten) {
    const key = `${k.raised_in}/${k.raised_by}`;
    const list = knelpunten.get(key) ?? [];
    list.push({
      description: k.description,
      category: k.category,
      oplossing: k.oplossing,
      status: k.status as 'open',
    });
    knelpunten.set(key, list);
  }
  const checklist = new Map<string, Interchange['checklist'][number]>();
  for (const c of rows.checklist) {
    const key = `${c.region_id}/${c.tertiaal}`;
    const entry = checklist.get(key) ?? { regionId: c.region_id, tertiaal: c.tertiaal, answers: {} };
    entry.answers[String(c.item)] = c.answer as 'ja';
    checklist.set(key, entry);
  }
  return {
    format: 'schakel/v1',
    exportedAt: clock.now().toISOString(),
    regions: rows.regions.map((r) => ({
      id: r.id,
      name: r.name,
      startLevel: r.start_level,
      targetLevel: r.target_level,
    })),
    members: rows.members.map((m) => ({
      id: m.id,
      regionId: m.region_id,
      name: m.name,
      organisation: m.organisation,
      domain: m.domain as 'ggz',
      roles: m.roles as 'lid'[],
      ...(m.email === null ? {} : { email: m.email }),
    })),
    werkgroepen: rows.overleggen.map((o) => ({
      id: o.id,
      regionId: o.region_id,
      name: o.name,
      kind: o.kind as 'werkgroep',
      memberIds: o.member_ids,
      ...(o.definition ? { series: seriesInputSchema.parse(o.definition) } : {}),
    })),
    checkins: rows.answers.map((a) => ({
      memberId: a.member_id,
      werkgroepId: a.overleg_id,
      date: a.meeting_date,
      level: a.level,
      ...(a.toelichting === null ? {} : { toelichting: a.toelichting }),
      ...(a.went_well === null ? {} : { wentWell: a.went_well }),
      knelpunten: knelpunten.get(`${a.round_id}/${a.member_id}`) ?? [],
    })),
    checklist: [...checklist.values()],
    voortgang: rows.voortgang.map((v) => ({
      regionId: v.region_id,
      tertiaal: v.tertiaal,
      values: {
        trajecten: v.trajecten,
        duurzameUitstroom: v.duurzame_uitstroom,
        duurzameUitstroomPercentage: v.duurzame_uitstroom_pct,
        leerbijeenkomsten: v.leerbijeenkomsten,
        casusbesprekingen: v.casusbesprekingen,
      },
    })),
  };
}
