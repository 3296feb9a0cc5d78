import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { describe, expect, it, onTestFinished } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { teamsInvokeValue } from '../adapters/submissions.ts';
import { checkinState } from '../support/checkin-fixture.ts';
import { meetingEnds, onTeams, startCheckinHarness } from '../support/checkin-harness.ts';
import { databaseText } from '../support/database-text.ts';
import { TEAMS_CHANNEL, TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { invokeActivity, postActivity } from '../support/teams-activities.ts';
import type { WerkgroepHarness } from '../support/werkgroep-harness.ts';

const REFUSED = 'Jan de Vries heeft een psychose';

interface CardResponse {
  statusCode: number;
  type: string;
  value: IAdaptiveCard | string;
}

type Activity = ReturnType<typeof invokeActivity>;

/**
 * One round on Teams, fresh for each test: the meeting has just ended and every member got their
 * card; with `rubenAnswered`, Ruben has also saved a valid check-in. No test depends on another.
 */
async function teamsRound(opts: { rubenAnswered?: boolean } = {}) {
  const clock = manualClock('2026-10-05T06:00:00Z');
  const h: WerkgroepHarness = await startCheckinHarness({
    clock,
    platforms: ['teams'],
    members: [
      { name: 'Lotte Brummelman', identity: onTeams('29:lotte') },
      { name: 'Vera Smit', identity: onTeams('29:vera'), overleg: 'Werkgroep West' },
    ],
  });
  onTestFinished(() => h.stop());
  const { tdb, teams, app } = h;
  const roundId = await meetingEnds(h, clock, '2026-10-06T13:31:00Z');
  const inviteSent = teams.sentTo(TEAMS_CHANNEL).length;
  await app.running.tick();

  const send = async (activity: Activity): Promise<CardResponse> => {
    const res = await postActivity(app.baseUrl, activity);
    expect(res.status).toBe(200);
    return (await res.json()) as CardResponse;
  };
  /** Presses the card's submit button with `filled`, as the Teams client sends it. */
  const submitted = (userId: string, card: IAdaptiveCard, filled: Record<string, string>) => {
    const value = teamsInvokeValue(card, filled);
    return invokeActivity({
      verb: value.action.verb ?? '',
      data: value.action.data as Record<string, unknown>,
      serviceUrl: teams.serviceUrl,
      userId,
      tenantId: TEAMS_TENANT,
    });
  };
  const button = (userId: string, verb: string, conversation?: { id: string; type: 'channel' }) =>
    invokeActivity({
      verb,
      data: { action: verb, value: roundId },
      serviceUrl: teams.serviceUrl,
      userId,
      tenantId: TEAMS_TENANT,
      ...(conversation ? { conversationId: conversation.id, conversationType: conversation.type } : {}),
    });
  const lastCard = (userId: string): IAdaptiveCard => {
    const sent = teams.directTo(userId).at(-1);
    if (!sent) throw new Error(`nothing sent to ${userId}`);
    return (sent.body.attachments as Array<{ content: IAdaptiveCard }>)[0]!.content;
  };
  const rubensCard = lastCard('29:ruben');
  if (opts.rubenAnswered) await send(submitted('29:ruben', rubensCard, valid));
  return { h, tdb, teams, app, clock, roundId, inviteSent, rubensCard, send, submitted, button, lastCard };
}

const cardOf = (r: CardResponse) => r.value as IAdaptiveCard;

const valid = {
  samenwerkingsniveau: '3.5',
  new1_description: 'Overlegtijd is voor de GGZ niet declarabel',
  new1_category: 'geld-financiering',
};

describe('a check-in on Teams, over real HTTP', () => {
  it('invites the channel, and sends each member the check-in card in a personal chat', async () => {
    const { teams, rubensCard, inviteSent } = await teamsRound();
    expect(inviteSent).toBeGreaterThan(0);
    const [invite] = teams.sentTo(TEAMS_CHANNEL);
    expect(JSON.stringify(invite?.body)).toContain('Check-in: Werkgroep Oost');

    const created = teams.calls.filter((c) => c.path === '/v3/conversations');
    expect(created.map((c) => (c.body.members as Array<{ id: string }>)[0]?.id).sort()).toEqual([
      '29:lotte',
      '29:ruben',
    ]);
    expect(rubensCard.actions?.[0]).toMatchObject({ type: 'Action.Execute', verb: 'checkin' });
    expect(JSON.stringify(rubensCard)).toContain('Werkgroep Oost, bijeenkomst van dinsdag 6 oktober 2026');
    expect(teams.directTo('29:vera')).toEqual([]);
  });

  it('an invalid answer comes back with the message beside the field, the input kept, nothing stored', async () => {
    const { tdb, send, submitted, rubensCard } = await teamsRound();
    const r = await send(submitted('29:ruben', rubensCard, { toelichting: 'Het overleg loopt goed.' }));
    const card = JSON.stringify(cardOf(r));
    expect(card).toContain('"id":"samenwerkingsniveau_problem","text":"Kies een samenwerkingsniveau."');
    expect(card).toContain('"value":"Het overleg loopt goed."');
    expect((await checkinState(tdb.db)).answers).toEqual([]);
  });

  it('a valid answer is stored and the card turns into the confirmation', async () => {
    const { tdb, send, submitted, rubensCard } = await teamsRound();
    const r = await send(submitted('29:ruben', rubensCard, valid));
    const card = cardOf(r);
    expect(JSON.stringify(card.body)).toContain('Bedankt, je check-in is opgeslagen.');
    expect(card.actions?.map((a) => (a as { verb: string }).verb)).toEqual([
      'checkin_open',
      'checklist_open',
    ]);
    const state = await checkinState(tdb.db);
    expect(state.answers).toMatchObject([{ name: 'Ruben Hofstede', samenwerkingsniveau: 3.5 }]);
    expect(state.knelpunten).toHaveLength(1);
  });

  it('a resend of the same invoke, or a double click, stores one answer', async () => {
    const { tdb, app, send, submitted, rubensCard } = await teamsRound({ rubenAnswered: true });
    const activity = submitted('29:ruben', rubensCard, valid);
    const before = await checkinState(tdb.db);
    const first = await send(activity);
    const resend = await send(activity);
    const doubleClick = await send({ ...activity, id: `${activity.id}-2` });
    expect(cardOf(resend)).toEqual(cardOf(first));
    // The resend was answered at the edge (its activity id was claimed in this conversation),
    // with the card the first delivery got; it never reached the core.
    expect(app.logs.lines.filter((l) => l.includes('herhaalde Teams-activiteit'))).toHaveLength(1);
    expect(JSON.stringify(cardOf(doubleClick))).toContain('Bedankt');
    const after = await checkinState(tdb.db);
    expect(after.answers).toHaveLength(1);
    expect(after.knelpunten).toEqual(before.knelpunten);
    expect(after.history).toEqual(before.history);
  });

  it('"Wijzigen" shows the form again with the answer filled in; the change is stored', async () => {
    const { tdb, send, submitted, button } = await teamsRound({ rubenAnswered: true });
    const r = await send(button('29:ruben', 'checkin_open'));
    const form = cardOf(r);
    expect(JSON.stringify(form)).toContain('"id":"samenwerkingsniveau"');
    expect(JSON.stringify(form)).toContain('"value":"3.5"');
    await send(submitted('29:ruben', form, { ...valid, samenwerkingsniveau: '4' }));
    expect((await checkinState(tdb.db)).answers).toMatchObject([{ samenwerkingsniveau: 4 }]);
  });

  it('text that looks like client data: the card stays a form, that field emptied and said so, nothing stored', async () => {
    const { tdb, app, send, submitted, lastCard } = await teamsRound();
    const card = lastCard('29:lotte');
    const r = await send(submitted('29:lotte', card, { samenwerkingsniveau: '3', went_well: REFUSED }));
    const json = JSON.stringify(cardOf(r));
    expect(json).toContain('"id":"went_well_problem"');
    expect(json).toContain(nl.forms.refusedEmptied);
    // The card Schakel sends back stays in the chat's history: the refused text is not in it.
    expect(json).not.toMatch(/Jan de Vries|psychose/);
    expect(json).toContain('"value":"3"');
    expect(await databaseText(tdb.db)).not.toContain('psychose');
    expect(app.logs.text).not.toContain('psychose');
  });

  it('a knelpunt whose oplossing names a client: only the oplossing emptied, the other answers kept', async () => {
    const { tdb, app, teams, send, submitted, lastCard } = await teamsRound();
    const filled = {
      samenwerkingsniveau: '4',
      toelichting: 'Het overleg liep vlot.',
      new1_description: 'Overlegtijd is voor de GGZ niet declarabel',
      new1_category: 'geld-financiering',
      new1_oplossing: 'Bel meneer Pieter Bakker over zijn depressie, BSN 111222333',
    };
    const r = await send(submitted('29:lotte', lastCard('29:lotte'), filled));
    const json = JSON.stringify(cardOf(r));
    expect(json).toContain('"id":"new1_oplossing_problem"');
    expect(json).not.toContain('"id":"toelichting_problem"');
    for (const kept of ['4', filled.toelichting, filled.new1_description, filled.new1_category])
      expect(json).toContain(`"value":"${kept}"`);
    const refused = /Pieter Bakker|depressie|111222333/;
    expect(json).not.toMatch(refused);
    // Nothing Schakel sent to the Teams stand-in, stored or logged carries it either.
    expect(JSON.stringify(teams.calls)).not.toMatch(refused);
    expect(await databaseText(tdb.db)).not.toMatch(refused);
    expect(app.logs.text).not.toMatch(refused);
  });

  it('a button in the channel sends the form to the personal chat, never into the channel', async () => {
    const { teams, send, button, lastCard } = await teamsRound();
    const before = teams.directTo('29:lotte').length;
    const r = await send(button('29:lotte', 'checkin_open', { id: TEAMS_CHANNEL, type: 'channel' }));
    expect(r).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'Ik heb je het formulier in je privégesprek met Schakel gestuurd.',
    });
    expect(teams.directTo('29:lotte')).toHaveLength(before + 1);
    expect(lastCard('29:lotte').actions?.[0]).toMatchObject({ verb: 'checkin' });
  });

  it("someone outside the werkgroep, or with another member's card, is refused and nothing changes", async () => {
    const { tdb, send, submitted, rubensCard } = await teamsRound({ rubenAnswered: true });
    const before = await checkinState(tdb.db);
    const stranger = await send(submitted('29:vera', rubensCard, { samenwerkingsniveau: '6' }));
    expect(JSON.stringify(stranger)).toContain('Je bent geen lid van Werkgroep Oost');
    const other = await send(submitted('29:lotte', rubensCard, { samenwerkingsniveau: '6' }));
    expect(JSON.stringify(other)).toContain('Dit formulier is voor iemand anders');
    expect(await checkinState(tdb.db)).toEqual(before);
  });

  it('halfway, only Lotte (who has not answered) gets one nudge', async () => {
    const { teams, app, clock, lastCard } = await teamsRound({ rubenAnswered: true });
    const before = { ruben: teams.directTo('29:ruben').length, lotte: teams.directTo('29:lotte').length };
    clock.set('2026-10-12T06:00:30Z');
    await app.running.tick();
    await app.running.tick();
    clock.set('2026-10-12T12:00:00Z');
    await app.running.tick();
    expect({ ruben: teams.directTo('29:ruben').length, lotte: teams.directTo('29:lotte').length }).toEqual({
      ruben: before.ruben,
      lotte: before.lotte + 1,
    });
    expect(JSON.stringify(lastCard('29:lotte'))).toContain('Nog even dit');
  });

  it('after closing: the summary in the channel, and a polite refusal for a late answer', async () => {
    const { tdb, teams, app, clock, send, submitted, rubensCard } = await teamsRound({ rubenAnswered: true });
    clock.set('2026-10-13T13:31:30Z');
    await app.running.tick();
    const summary = JSON.stringify(teams.sentTo(TEAMS_CHANNEL).at(-1)?.body);
    expect(summary).toContain('Check-in gesloten: Werkgroep Oost');
    expect(summary).toContain('1 van de 3 leden heeft de check-in ingevuld.');
    expect(summary).not.toContain('Overlegtijd is voor de GGZ niet declarabel');
    expect(summary).toContain('Knelpunten en updates staan in dit overzicht vanaf 3 antwoorden');

    const before = await checkinState(tdb.db);
    const late = await send(submitted('29:ruben', rubensCard, { ...valid, samenwerkingsniveau: '6' }));
    expect(JSON.stringify(late)).toContain(
      'De check-in van dinsdag 6 oktober 2026 is gesloten: wat je nu stuurt, wordt niet meer opgeslagen.',
    );
    expect(await checkinState(tdb.db)).toEqual(before);
  });

  it('after closing, "Wijzigen" on the confirmation says at once that the check-in is closed, no form', async () => {
    const { app, clock, send, button } = await teamsRound({ rubenAnswered: true });
    clock.set('2026-10-13T13:31:30Z');
    await app.running.tick();
    const pressed = JSON.stringify(await send(button('29:ruben', 'checkin_open')));
    expect(pressed).toContain(
      'De check-in van dinsdag 6 oktober 2026 is gesloten: wat je nu stuurt, wordt niet meer opgeslagen.',
    );
    expect(pressed).not.toContain('"id":"samenwerkingsniveau"');
  });
});
