import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { parseMembersCsv } from '../../src/members/csv-import.ts';
import { digestTextForm } from '../../src/messages/forms/digest-form.ts';
import type { Form } from '../../src/messages/forms/model.ts';
import { seriesForm } from '../../src/messages/forms/series-form.ts';
import { werkgroepForm } from '../../src/messages/forms/werkgroep-form.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { tertiaalOf } from '../../src/schedule/tertialen.ts';
import { databaseText } from '../support/database-text.ts';
import { slashInOost } from '../support/slash-command.ts';
import type { WerkgroepHarness } from '../support/werkgroep-harness.ts';
import { importWith, JSON_PLACES, type PlatformRoutes } from './column-routes.ts';
import { checkinIn, openKnelpunt, startEveryColumnFixture, storedPlaces } from './every-column-fixture.ts';
import { NOT_TYPED } from './not-typed-columns.ts';

/**
 * Issue 14: for every column a person types into, client data sent through every route that
 * writes it is refused, and then found nowhere: not in any table, not in the log, not in the ICS
 * feed, not in an export. The columns are read from the schema, so a new text column without a
 * route here (or a reason in the allowlist) fails this test.
 */

const SECRET = 'elke-kolom-geheim';
// Just after the first meeting of Werkgroep Oost (Tuesday 6 October 2026, 15:30 in Amsterdam).
const clock = manualClock('2026-10-06T13:00:00Z');
const guard = createGuard();

/** Client data of three kinds, each with a word that is in no fixture, to search for afterwards. */
const CLIENT_DATA = {
  bsn: 'Bespreken: klant met BSN 123456782',
  diagnose: 'Jan de Boer heeft schizofrenie',
  adres: 'Bij mevrouw Veldkamp thuis, Zonnebloemstraat 14, 7201 AB Zutphen',
} as const;
const MARKERS = ['123456782', 'Jan de Boer', 'schizofrenie', 'Zonnebloemstraat', 'Veldkamp'];

type Route = (text: string) => Promise<void>;

describe('client data through every route into every typed column is refused and found nowhere', () => {
  let h: WerkgroepHarness;
  let p: PlatformRoutes;
  let roundId: string;
  let knelpuntId: string;
  let zuidId: string;
  let regionId: string;
  const coverage = new Map<string, Map<string, Route>>();
  const cover = (columns: readonly string[], route: string, run: Route) => {
    for (const c of columns) {
      if (!coverage.has(c)) coverage.set(c, new Map());
      coverage.get(c)!.set(route, run);
    }
  };

  beforeAll(async () => {
    ({ h, p, roundId, knelpuntId, zuidId, regionId } = await startEveryColumnFixture(SECRET, clock));
  }, 120_000);
  afterAll(async () => {
    await h?.stop();
  });

  // The routes, each named, with the columns it writes.
  const checkinForRound = () => checkinIn(roundId, [openKnelpunt(knelpuntId)]);
  const checkinFields = {
    'checkin_answers.toelichting': 'toelichting',
    'checkin_answers.went_well': 'went_well',
    'knelpunten.description': 'new1_description',
    'knelpunten.oplossing': 'new1_oplossing',
    'knelpunt_history.oplossing': 'new1_oplossing',
  } as const;
  for (const [column, field] of Object.entries(checkinFields)) {
    const filled = (text: string) => {
      const values: Record<string, string> = { samenwerkingsniveau: '4', new1_category: 'overig' };
      values.new1_description = 'Te weinig tijd voor overleg';
      values[field] = text;
      return values;
    };
    cover([column], 'check-in form, Slack', async (text) => {
      const errors = await p.slackForm('U0RUBEN', checkinForRound(), filled(text));
      expect(Object.keys(errors)).toContain(field);
    });
    cover([column], 'check-in form, Teams', async (text) => {
      const card = await p.teamsForm('29:ruben', checkinForRound(), filled(text));
      expect(card).toContain(`"id":"${field}_problem"`);
    });
  }

  const updateFilled = (text: string) => ({
    samenwerkingsniveau: '4',
    [`open_${knelpuntId}_update`]: 'in_behandeling',
    [`open_${knelpuntId}_oplossing`]: text,
  });
  cover(
    ['knelpunt_history.oplossing', 'knelpunten.oplossing'],
    'check-in form update, Slack',
    async (text) => {
      const errors = await p.slackForm('U0RUBEN', checkinForRound(), updateFilled(text));
      expect(Object.keys(errors)).toContain(`open_${knelpuntId}_oplossing`);
    },
  );
  cover(
    ['knelpunt_history.oplossing', 'knelpunten.oplossing'],
    'check-in form update, Teams',
    async (text) => {
      const card = await p.teamsForm('29:ruben', checkinForRound(), updateFilled(text));
      expect(card).toContain(`"id":"open_${knelpuntId}_oplossing_problem"`);
    },
  );
  cover(['agenda_items.text'], 'quick input form, Slack', async (text) => {
    expect(await p.slackQuickInput('U0RUBEN', h.w.overlegId, text)).toContain('Niet opgeslagen');
  });
  cover(['agenda_items.text'], 'quick input card, Teams', async (text) => {
    expect(await p.teamsQuickInput('29:ruben', h.w.overlegId, text)).toContain('Niet opgeslagen');
  });
  cover(['holiday_periods.name'], 'chat "vakantie" (settings), Teams', async (text) => {
    expect(await p.teamsChat('29:hanneke', `vakantie ${text} 2026-12-19 t/m 2027-01-03`)).toContain(
      'Niet opgeslagen',
    );
  });
  cover(['agenda_items.text'], 'chat "agendapunt", Slack', async (text) => {
    expect(await slashInOost(h, SECRET, 'U0RUBEN', `agendapunt ${text}`)).toContain('Niet opgeslagen');
  });
  cover(['agenda_items.text'], 'chat "agendapunt", Teams', async (text) => {
    expect(await p.teamsChat('29:ruben', `agendapunt ${text}`)).toContain('Niet opgeslagen');
  });
  cover(['actiepunten.description'], 'chat "actiepunt", Slack', async (text) => {
    expect(await slashInOost(h, SECRET, 'U0RUBEN', `actiepunt ${text}`)).toContain('Niet opgeslagen');
  });
  cover(['actiepunten.description'], 'chat "actiepunt", Teams', async (text) => {
    expect(await p.teamsChat('29:ruben', `actiepunt ${text}`)).toContain('Niet opgeslagen');
  });
  cover(['holiday_periods.name'], 'chat "vakantie" (settings), Slack', async (text) => {
    const answer = await slashInOost(h, SECRET, 'U0HANNEKE', `vakantie ${text} 2026-12-19 t/m 2027-01-03`);
    expect(answer).toContain('Niet opgeslagen');
  });

  const series = (text: string, field: 'plaats' | 'link') => ({
    datum: '2026-11-10',
    tijd: '14:00',
    elke: '4',
    duur: '90',
    [field]: field === 'link' ? `https://voorbeeld.nl/${encodeURIComponent(text)}` : text,
  });
  const zuidSeries = () => seriesForm({ overlegId: zuidId, werkgroepName: 'Werkgroep Zuid', mode: 'nieuw' });
  for (const field of ['plaats', 'link'] as const) {
    cover(['meeting_series.definition'], `series form ${field}, Slack`, async (text) => {
      const errors = await p.slackForm('U0HANNEKE', zuidSeries(), series(text, field));
      expect(Object.keys(errors)).toContain(field);
    });
    cover(['meeting_series.definition'], `series form ${field}, Teams`, async (text) => {
      expect(await p.teamsForm('29:hanneke', zuidSeries(), series(text, field))).toContain(
        `"id":"${field}_problem"`,
      );
    });
  }

  const werkgroep = () =>
    werkgroepForm({
      metadata: { aanvraag: crypto.randomUUID() },
      members: [],
      channelNote: null,
      regionName: 'Testregio',
    });
  const werkgroepFilled = (text: string) => ({
    naam: text,
    soort: 'werkgroep',
    datum: '2026-11-12',
    tijd: '14:00',
    elke: '4',
    duur: '90',
  });
  cover(['overleggen.name'], 'new werkgroep form, Slack', async (text) => {
    const errors = await p.slackForm('U0HANNEKE', werkgroep(), werkgroepFilled(text));
    expect(Object.keys(errors)).toContain('naam');
  });
  cover(['overleggen.name'], 'new werkgroep form, Teams', async (text) => {
    expect(await p.teamsForm('29:hanneke', werkgroep(), werkgroepFilled(text))).toContain(
      '"id":"naam_problem"',
    );
  });

  const digestForm = () =>
    digestTextForm(
      { regionId: '', period: tertiaalOf('2026-10-06').label, version: '1' },
      'Een fictieve samenvatting.',
    );
  const withRegion = (form: Form): Form => ({
    ...form,
    privateMetadata: { ...form.privateMetadata, regionId },
  });
  cover(['digest_versions.summary'], 'digest text form, Slack', async (text) => {
    const errors = await p.slackForm('U0HANNEKE', withRegion(digestForm()), { samenvatting: text });
    expect(Object.keys(errors)).toContain('samenvatting');
  });
  cover(['digest_versions.summary'], 'digest text form, Teams', async (text) => {
    expect(await p.teamsForm('29:hanneke', withRegion(digestForm()), { samenvatting: text })).toContain(
      'samenvatting_problem',
    );
  });

  // The CSV of `schakel members import` and the file of `schakel import`, as the CLI reads them.
  for (const column of ['name', 'organisation'] as const) {
    cover([`members.${column}`], `CSV ${column === 'name' ? 'naam' : 'organisatie'}`, async (text) => {
      const row = column === 'name' ? [text, 'GGZ Fictief'] : ['Lotte Fictief', text];
      const csv = `naam,organisatie,domein,e-mail\n"${row[0]}","${row[1]}",ggz,lotte@example.org\n`;
      const parsed = parseMembersCsv(csv, guard);
      expect(parsed.ok).toBe(false);
    });
  }
  for (const [columns, path] of JSON_PLACES) {
    cover(columns, `JSON import ${path}`, (text) => importWith(h.tdb.db, path, text, clock));
  }

  it('every text column of the schema has a route here or a reason in the allowlist', async () => {
    const { rows } = await h.tdb.db.pool.query<{ c: string }>(
      `SELECT table_name || '.' || column_name AS c FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
        ORDER BY 1`,
    );
    const columns = rows.map((r) => r.c);
    const unaccounted = columns.filter((c) => !coverage.has(c) && !(c in NOT_TYPED));
    expect(unaccounted, 'text columns without a route in this test or a reason in NOT_TYPED').toEqual([]);
    // Nothing in the lists that the schema no longer has.
    expect([...coverage.keys(), ...Object.keys(NOT_TYPED)].filter((c) => !columns.includes(c))).toEqual([]);
  });

  it('refuses client data of each kind on every route, and it is found nowhere afterwards', async () => {
    for (const [column, routes] of coverage) {
      for (const [route, run] of routes) {
        for (const [kind, text] of Object.entries(CLIENT_DATA)) {
          try {
            await run(text);
          } catch (err) {
            throw new Error(`${column} via ${route} with ${kind}: ${(err as Error).message}`);
          }
        }
      }
    }
    // The places searched do hold what a route stores: clean text sent the same way is found.
    expect(await slashInOost(h, SECRET, 'U0RUBEN', 'agendapunt Rol van de jobcoach na plaatsing')).toContain(
      'Genoteerd',
    );
    const places: Record<string, string> = { database: await databaseText(h.tdb.db), log: h.app.logs.text };
    expect(places.database).toContain('Rol van de jobcoach na plaatsing');
    // The ICS feeds of every series, the exports, and each member's inzage.
    Object.assign(places, await storedPlaces(h, regionId, clock));
    for (const [place, text] of Object.entries(places)) {
      for (const marker of MARKERS) expect(text, `${marker} in ${place}`).not.toContain(marker);
    }
  }, 300_000);
});
