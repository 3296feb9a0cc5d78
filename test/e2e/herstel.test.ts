import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { TEAMS_CHANNEL, TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { postToSlack } from '../support/slack-requests.ts';
import { pressBody, pressInOost, slashInOost } from '../support/slash-command.ts';
import { invokeActivity, postActivity } from '../support/teams-activities.ts';
import { linkHannekeOnTeams, typeInTeamsChannel } from '../support/teams-chat.ts';
import { waitFor } from '../support/wait-for.ts';
import { buttonsOf, channelPosts, countSaying } from '../support/werkgroep-channel-posts.ts';
import {
  startWerkgroepHarness,
  type WerkgroepHarness,
  withTuesdaySeries,
} from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-herstel';
// Monday 5 October 2026, 08:00 in Amsterdam; meetings every four weeks on Tuesday from 6 October, 14:00.
const clock = manualClock('2026-10-05T06:00:00Z');

/**
 * A meeting cancelled by mistake comes back with `herstel <datum>` or "Toch laten doorgaan" under
 * the annuleer answer: on Slack and Teams, with the werkgroep told once when it heard of the cancellation.
 */
describe('herstel: a cancelled meeting goes ahead after all', () => {
  let h: WerkgroepHarness;
  const slash = (userId: string, text: string) => slashInOost(h, SECRET, userId, text);
  const slackPosts = () => channelPosts(h).slack();
  const teamsPosts = () => channelPosts(h).teams();
  const count = countSaying;
  const audited = async (action: string) =>
    (await h.tdb.db.pool.query('SELECT 1 FROM audit_log WHERE action = $1', [action])).rows.length;
  const typeInTeams = async (text: string) => (await typeInTeamsChannel(h, text)).join('\n');

  /** The feed as a calendar reads it: the series' SEQUENCE, and the event of 3 November if it has one. */
  const feed = async () => {
    const { rows } = await h.tdb.db.pool.query<{ ics_token: string }>('SELECT ics_token FROM meeting_series');
    const text = await (await fetch(`${h.app.baseUrl}/ics/${rows[0]!.ics_token}.ics`)).text();
    const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const master = vevents.find((v) => !v.hasProperty('recurrence-id'))!;
    const third = vevents.find((v) =>
      String(v.getFirstPropertyValue('recurrence-id')).startsWith('2026-11-03'),
    );
    return {
      sequence: Number(master.getFirstPropertyValue('sequence')),
      exdates: master.getAllProperties('exdate').map((p) => String(p.getFirstValue())),
      third: third && {
        start: String(third.getFirstPropertyValue('dtstart')),
        status: third.getFirstPropertyValue('status'),
        sequence: Number(third.getFirstPropertyValue('sequence')),
      },
    };
  };

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
    await withTuesdaySeries(h);
    await linkHannekeOnTeams(h.tdb.db.pool, h.w.projectleiderId);
  });
  afterAll(async () => h?.stop());

  it('Slack: the annuleer answer names herstel and has "Toch laten doorgaan", asked first', async () => {
    const answer = await slash('U0HANNEKE', 'annuleer 2026-11-03');
    expect(answer).toContain('Gaat ze toch door? Typ /schakel herstel 2026-11-03 of kies de knop.');
    const [button] = buttonsOf(answer);
    expect(button?.text.text).toBe('Toch laten doorgaan');
    expect(JSON.stringify(button?.confirm)).toContain('Bijeenkomst toch laten doorgaan?');
    expect(JSON.stringify(button?.confirm)).toContain('Ja, laten doorgaan');
  });

  it('told of the cancellation, the werkgroep hears once that it goes ahead; its reminder comes again', async () => {
    clock.set('2026-11-02T08:00:30Z'); // Monday 09:00:30, the reminder moment: the cancel notice goes out
    await h.app.running.tick();
    expect(count(slackPosts(), 'gaat niet door')).toBe(1);
    expect(count(teamsPosts(), 'gaat niet door')).toBe(1);
    expect(count(slackPosts(), 'Morgen: Werkgroep Oost')).toBe(0);

    // The calendar has it cancelled: an EXDATE on the series.
    const off = await feed();
    expect(off.exdates).toEqual(['2026-11-03T14:00:00']);
    expect(off.third).toBeUndefined();

    const press = { action_id: 'werkgroep_kies', value: `${h.w.overlegId}|herstel 2026-11-03` };
    const answer = JSON.stringify(await pressInOost(h, SECRET, 'U0HANNEKE', press));
    expect(answer).toContain('De bijeenkomst van dinsdag 3 november 2026 om 14:00 gaat toch door.');
    expect(answer).toContain('De werkgroep krijgt één bericht dat ze toch doorgaat.');
    expect(answer).toContain('dinsdag 3 november 2026, 14:00–15:30');

    // Pressed again on the same card: it stands already, nothing more is sent.
    const again = JSON.stringify(await pressInOost(h, SECRET, 'U0HANNEKE', press));
    expect(again).toContain('is niet afgezegd; ze gaat gewoon door');

    await h.app.running.tick();
    await h.app.running.tick();
    expect(count(slackPosts(), 'gaat toch door')).toBe(1);
    expect(count(teamsPosts(), 'gaat toch door')).toBe(1);
    expect(count(slackPosts(), 'op dinsdag 3 november 2026, 14:00–15:30 gaat toch door')).toBe(1);
    // The reminder is planned again (its moment is minutes ago): it goes out after all.
    expect(count(slackPosts(), 'Morgen: Werkgroep Oost')).toBe(1);
    expect(count(slackPosts(), 'gaat niet door')).toBe(1);
    expect(await audited('bijeenkomst_hersteld')).toBe(1);
    // The calendar that had it cancelled gets a newer series, and the meeting itself on again.
    const on = await feed();
    expect(on.exdates).toEqual([]);
    expect(on.sequence).toBeGreaterThan(off.sequence);
    expect(on.third).toEqual({ start: '2026-11-03T14:00:00', status: 'CONFIRMED', sequence: on.sequence });
    expect(await slash('U0HANNEKE', 'logboek')).toContain(
      'bijeenkomst van Werkgroep Oost van dinsdag 3 november 2026 14:00 hersteld',
    );
  });

  it('cancelled again and put back again: the werkgroep is told each time, once', async () => {
    expect(await slash('U0HANNEKE', 'annuleer 2026-11-03')).toContain('gaat niet door');
    await h.app.running.tick();
    expect(count(slackPosts(), 'op dinsdag 3 november 2026, 14:00–15:30 gaat niet door')).toBe(2);
    expect(await slash('U0HANNEKE', 'herstel 2026-11-03')).toContain(
      'De werkgroep krijgt één bericht dat ze toch doorgaat.',
    );
    await h.app.running.tick();
    await h.app.running.tick();
    expect(count(slackPosts(), 'op dinsdag 3 november 2026, 14:00–15:30 gaat toch door')).toBe(2);
    expect(count(teamsPosts(), 'gaat toch door')).toBe(2);
  });

  it('Teams: cancelled and put back before the notice went out: nothing extra, the reminder as ever', async () => {
    const cancelled = await typeInTeams('annuleer 2026-12-01');
    expect(cancelled).toContain('Typ @Schakel herstel 2026-12-01 of kies de knop.');
    expect(cancelled).toContain('Toch laten doorgaan');
    expect(cancelled).toContain('Bijeenkomst toch laten doorgaan?');
    // The button in the card's question step, as Teams posts it when "Ja, laten doorgaan" is chosen.
    const yes = /"title":"Ja, laten doorgaan","verb":"werkgroep_kies","data":(\{[^}]*\})/.exec(
      cancelled,
    )?.[1];
    expect(JSON.parse(yes ?? '{}').value).toBe(`${h.w.overlegId}|herstel 2026-12-01`);
    const res = await postActivity(
      h.app.baseUrl,
      invokeActivity({
        verb: 'werkgroep_kies',
        data: JSON.parse(yes ?? '{}'),
        serviceUrl: h.teams.serviceUrl,
        userId: '29:hanneke',
        tenantId: TEAMS_TENANT,
        conversationId: TEAMS_CHANNEL,
      }),
    );
    const answer = JSON.stringify(await res.json());
    expect(answer).toContain('De bijeenkomst van dinsdag 1 december 2026 om 14:00 gaat toch door.');
    expect(answer).not.toContain('De werkgroep krijgt één bericht');

    const [slackBefore, teamsBefore] = [slackPosts().length, teamsPosts().length];
    clock.set('2026-11-30T08:00:30Z'); // the reminder moment of 1 December
    await h.app.running.tick();
    await h.app.running.tick();
    const sent = [...slackPosts().slice(slackBefore), ...teamsPosts().slice(teamsBefore)];
    expect(count(sent, 'Morgen: Werkgroep Oost')).toBe(2);
    expect(count(sent, 'gaat niet door')).toBe(0);
    expect(count(sent, 'gaat toch door')).toBe(0);
  });

  it('a meeting not cancelled, a date without a meeting, a meeting past: said so, nothing changes', async () => {
    const before = await audited('bijeenkomst_hersteld');
    expect(await slash('U0HANNEKE', 'herstel 2026-12-29')).toContain(
      'De bijeenkomst van dinsdag 29 december 2026 is niet afgezegd; ze gaat gewoon door. Er verandert niets.',
    );
    expect(await slash('U0HANNEKE', 'herstel 2026-12-30')).toContain(
      'Op woensdag 30 december 2026 staat geen bijeenkomst van deze werkgroep.',
    );
    expect(await slash('U0HANNEKE', 'annuleer 2026-12-29')).toContain('gaat niet door');
    clock.set('2026-12-29T14:00:00Z'); // 15:00 in Amsterdam: the meeting of 14:00 has begun
    expect(await slash('U0HANNEKE', 'herstel 2026-12-29')).toContain(
      'De bijeenkomst van dinsdag 29 december 2026 om 14:00 is al begonnen of voorbij. Een afzegging kun je dan niet meer terugdraaien; er is niets veranderd. Typ /schakel volgende om te zien wanneer de werkgroep weer bijeenkomt.',
    );
    await slash('U0HANNEKE', 'taal en');
    expect(await slash('U0HANNEKE', 'herstel 2026-12-29')).toContain(
      'has begun or is over. A cancellation cannot be undone after that; nothing has changed. Type /schakel volgende to see when the werkgroep meets next.',
    );
    await slash('U0HANNEKE', 'taal nl');
    expect(await slash('U0RUBEN', 'herstel 2027-01-26')).toContain('Alleen de projectleider');
    expect(await audited('bijeenkomst_hersteld')).toBe(before);
  });

  it('sent twice at once: restored once, the second hears it stands already', async () => {
    expect(await slash('U0HANNEKE', 'annuleer 2027-01-26')).toContain('gaat niet door');
    const before = await audited('bijeenkomst_hersteld');
    const answers = await Promise.all([
      slash('U0HANNEKE', 'herstel 2027-01-26'),
      slash('U0HANNEKE', 'herstel 2027-01-26'),
    ]);
    expect(answers.filter((a) => a.includes('gaat toch door.'))).toHaveLength(1);
    expect(answers.filter((a) => a.includes('is niet afgezegd'))).toHaveLength(1);
    expect(await audited('bijeenkomst_hersteld')).toBe(before + 1);
  });

  it('a Slack retry of the button press puts the meeting back once', async () => {
    expect(await slash('U0HANNEKE', 'annuleer 2027-02-23')).toContain('gaat niet door');
    const before = await audited('bijeenkomst_hersteld');
    const press = { action_id: 'werkgroep_kies', value: `${h.w.overlegId}|herstel 2027-02-23` };
    const { body, path } = pressBody(h, 'U0HANNEKE', press);
    const after = h.slack.calls.length;
    expect((await postToSlack(`${h.app.baseUrl}/slack/events`, SECRET, body)).status).toBe(200);
    const answer = JSON.stringify((await h.slack.waitFor((c) => c.path === path, { after })).body);
    expect(answer).toContain('De bijeenkomst van dinsdag 23 februari 2027 om 14:00 gaat toch door.');
    // Recognised at the edge (the same signature), or carried out again and found put back already.
    const recognised = (l: string) => l.includes('herhaald verzoek beantwoord');
    const seen = h.app.logs.lines.filter(recognised).length;
    const sent = h.slack.calls.length;
    const retry = await postToSlack(`${h.app.baseUrl}/slack/events`, SECRET, body, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retry.status).toBe(200);
    const again = () => h.slack.calls.slice(sent).find((c) => c.path === path);
    await waitFor('the retry answered', () => h.app.logs.lines.filter(recognised).length > seen || again());
    if (again()) expect(JSON.stringify(again()?.body)).toContain('is niet afgezegd');
    expect(await audited('bijeenkomst_hersteld')).toBe(before + 1);
  });

  it('moved, then cancelled: herstel of a day near it names the cancelled meeting where it had moved to', async () => {
    expect(await slash('U0HANNEKE', 'verplaats 2027-03-23 naar 2027-03-24 15:00')).toContain('verplaatst');
    expect(await slash('U0HANNEKE', 'annuleer 2027-03-24')).toContain('gaat niet door');
    const before = await audited('bijeenkomst_hersteld');
    expect(await slash('U0HANNEKE', 'herstel 2027-03-25')).toContain(
      'Op donderdag 25 maart 2027 staat geen bijeenkomst van deze werkgroep. Afgezegd is wel de bijeenkomst van woensdag 24 maart 2027 om 15:00. Moet die toch doorgaan? Typ /schakel herstel 2027-03-24. Er is niets veranderd.',
    );
    expect(await audited('bijeenkomst_hersteld')).toBe(before);
    expect(await slash('U0HANNEKE', 'herstel 2027-03-24')).toContain('gaat toch door; ze blijft verplaatst');
    // Nothing cancelled nearby: the plain answer, as before.
    const plain = await slash('U0HANNEKE', 'herstel 2027-03-25');
    expect(plain).toContain('Op donderdag 25 maart 2027 staat geen bijeenkomst van deze werkgroep.');
    expect(plain).not.toContain('Afgezegd is wel');
  });
});
