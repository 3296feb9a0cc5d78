import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { slackSurfaceProblems } from '../checkin/slack-surface-limits.ts';
import { REGION } from '../digest/fixture.ts';
import { pdfText } from '../digest/pdf-text.ts';
import { databaseText } from '../support/database-text.ts';
import { type DigestHarness, startDigestHarness } from '../support/digest-harness.ts';

const SECRET = 'samenvatting-geheim';
const BSN_TEXT = 'Cliënt met BSN 111222333 is aan het werk.';
// 10 September 2026: the tertiaal before today's is 2026-T2, the fixture's busy period.
const clock = manualClock('2026-09-10T08:00:00Z');
const DRAFT = `${REGION}|2026-T2|1`;
// The published files, kept for people to look at (gitignored).
const keepArtefacts = (files: { png: Uint8Array; pdf: Uint8Array }) => {
  const dir = join(import.meta.dirname, '..', '..', 'test-artifacts', 'digest');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'published.png'), files.png);
  writeFileSync(join(dir, 'published.pdf'), files.pdf);
};

/** The first version of a digest, from draft to the stuurgroep channels (corrections: digest-publish-corrections). */
describe('the stuurgroep digest: review by the projectleider and publish, on Slack and Teams', () => {
  let h: DigestHarness;

  beforeAll(async () => {
    h = await startDigestHarness(SECRET, clock);
  });
  afterAll(async () => h?.stop());

  it('Slack: "samenvatting" makes a stored draft, shown only to the projectleider with the review buttons', async () => {
    const { dm } = await h.slash('U0HANNEKE', 'samenvatting');
    expect(dm).toContain('Concept: Stuurgroep-samenvatting Digestregio');
    expect(dm).toContain('Tweede tertiaal 2026 (mei t/m augustus)');
    expect(dm).toContain('digest_publish');
    expect(slackSurfaceProblems({ blocks: JSON.parse(dm).blocks })).toEqual([]);
    const value = JSON.parse(dm).blocks.find((b: { type: string }) => b.type === 'actions').elements[0].value;
    expect(value).toBe(DRAFT);
    // Publishing cannot be undone: Slack asks first, in its own dialog.
    const publish = JSON.parse(dm)
      .blocks.find((b: { type: string }) => b.type === 'actions')
      .elements.find((e: { action_id: string }) => e.action_id === 'digest_publish');
    expect(publish.confirm).toMatchObject({
      title: { text: 'Samenvatting publiceren?' },
      confirm: { text: 'Ja, publiceren' },
      deny: { text: 'Nog niet' },
    });
    expect(publish.confirm.text.text).toContain('niet terugdraaien');
    // Each knelpunt stands under its category, as in the PDF: the category a line, its knelpunten a list.
    const texts: string[] = JSON.parse(dm).blocks.map(
      (b: { text?: { text?: string } }) => b.text?.text ?? '',
    );
    const category = texts.indexOf('Tijd en capaciteit: 4× genoemd');
    expect(category).toBeGreaterThan(0);
    expect(texts[category + 1]).toMatch(
      /^• Te weinig tijd voor overleg — open; nog geen oplossing\n• Werkdruk/,
    );
    // A checklist change names the item, not only its number.
    expect(dm).toContain(
      'Punt 15, ‘Er is transparantie over geldende privacywet- en regelgeving en de maatregelen daarvoor’: Nee → Ja',
    );
    expect(await h.versions()).toMatchObject([{ version: 1, status: 'draft', omitted: [] }]);
    expect(h.toStuurgroep().slack).toHaveLength(0);
  });

  it('Slack: "Tekst aanpassen" opens the form; a BSN is refused beside the field and stored nowhere', async () => {
    const view = await h.openSummaryForm('U0HANNEKE', DRAFT);
    // The way back on Slack is the modal's own close button: it sends nothing.
    expect(view.close).toEqual({ type: 'plain_text', text: 'Annuleren' });
    const refused = await h.submitForm('U0HANNEKE', view, { samenvatting: BSN_TEXT });
    expect(refused.body?.response_action).toBe('errors');
    expect(Object.keys((refused.body?.errors ?? {}) as object)).toEqual(['samenvatting']);
    expect(await databaseText(h.tdb.db)).not.toContain('111222333');
    const saved = await h.submitForm('U0HANNEKE', view, {
      samenvatting: 'Een goed tertiaal: de samenwerking groeit.',
    });
    expect(saved.body?.response_action).toBe('update');
    expect((await h.versions())[0].summary).toBe('Een goed tertiaal: de samenwerking groeit.');
    expect(JSON.stringify(saved.body)).toContain('De tekst van het concept is aangepast');
  });

  it('Slack: "Tekst aanpassen" saved unchanged says nothing changed, not that the text was changed', async () => {
    const view = await h.openSummaryForm('U0HANNEKE', DRAFT);
    const same = await h.submitForm('U0HANNEKE', view, {
      samenvatting: ' Een goed tertiaal: de samenwerking groeit.\n',
    });
    expect(same.body?.response_action).toBe('update');
    const said = JSON.stringify(same.body);
    expect(said).toContain('Je hebt niets aan de tekst veranderd');
    expect(said).not.toContain('is aangepast');
  });

  it('Teams: "Onderdelen weglaten" turns the card into the form; the choice is stored on the draft', async () => {
    const invoke = (verb: string, data: Record<string, unknown>) => h.teamsAction('hanneke', verb, data);
    const form = await invoke('digest_omit', { action: 'digest_omit', value: DRAFT });
    expect(form).toContain('"verb":"samenvatting-onderdelen"');
    const done = await invoke('samenvatting-onderdelen', {
      schakelForm: 'samenvatting-onderdelen',
      schakelMetadata: { regionId: REGION, period: '2026-T2', version: '1' },
      successen: 'tonen',
      knelpunten: 'weglaten',
      checklist: 'tonen',
      voortgang: 'tonen',
    });
    expect(done).toContain('Weggelaten: Knelpunten.');
    expect(done).toContain('"verb":"digest_publish"');
    // Teams has no dialog: "Publiceren" opens a step in the card whose only button publishes.
    const card = JSON.parse(done).value;
    const step = card.actions.find((a: { title: string }) => a.title === 'Publiceren');
    expect(step.type).toBe('Action.ShowCard');
    expect(JSON.stringify(step.card.body)).toContain('niet terugdraaien');
    // Deliberately changed: beside "Ja, publiceren" a way back, "Nog niet", that shows the preview again.
    expect(step.card.actions).toMatchObject([
      { type: 'Action.Execute', title: 'Ja, publiceren', verb: 'digest_publish', data: { value: DRAFT } },
      {
        type: 'Action.Execute',
        title: 'Nog niet',
        verb: 'digest_show',
        associatedInputs: 'none',
        data: { value: DRAFT },
      },
    ]);
    const back = JSON.parse(await invoke('digest_show', { action: 'digest_show', value: DRAFT })).value;
    expect(JSON.stringify(back.body)).toContain('Concept: Stuurgroep-samenvatting Digestregio');
    expect((await h.versions())[0]).toMatchObject({ status: 'draft', omitted: ['knelpunten'] });
    expect((await h.versions())[0].omitted).toEqual(['knelpunten']);
  });

  it('a lid, or the projectleider of another region, is refused and nothing changes', async () => {
    const before = await h.versions();
    for (const user of ['U0RUBEN', 'U0ANDERS']) {
      const calls = await h.button(user, 'digest_publish', DRAFT);
      const said = JSON.stringify(calls.filter((c) => c.path.startsWith('/response')).map((c) => c.body));
      expect(said).toContain('Alleen de projectleider van deze regio');
    }
    expect((await h.slash('U0RUBEN', 'samenvatting laatste')).ack).toContain('Alleen de stuurgroep');
    expect(await h.versions()).toEqual(before);
    expect(h.toStuurgroep().slack).toHaveLength(0);
    expect(h.toStuurgroep().teams).toHaveLength(0);
  });

  it('publishing queues one message per stuurgroep channel; the next tick posts it, with the chart and the PDF behind a token', async () => {
    const calls = await h.button('U0HANNEKE', 'digest_publish', DRAFT);
    const said = JSON.stringify(calls.filter((c) => c.path.startsWith('/response')).map((c) => c.body));
    expect(said).toContain('wordt nu naar 2 kanalen van de stuurgroep gestuurd');
    expect(h.toStuurgroep().slack).toHaveLength(0);
    await h.app.running.tick();
    await h.app.running.tick();
    const sent = h.toStuurgroep();
    expect(sent.slack).toHaveLength(1);
    expect(sent.teams).toHaveLength(1);
    expect(slackSurfaceProblems({ blocks: sent.slack[0]?.body.blocks })).toEqual([]);
    const text = JSON.stringify(sent.slack[0]?.body);
    expect(text).toContain('Een goed tertiaal: de samenwerking groeit.');
    expect(text).toContain('https://schakel.example.nl/digest/');
    expect(text).not.toContain('Belangrijkste knelpunten');
    expect(text).not.toContain('Correctie');
    expect(JSON.stringify(sent.teams[0]?.body)).toContain('https://schakel.example.nl/digest/');
    const links = h.fileLinks(text);
    const png = await fetch(links.png);
    expect(png.headers.get('content-type')).toBe('image/png');
    const published = { png: new Uint8Array(await png.arrayBuffer()), pdf: new Uint8Array() };
    expect(Buffer.from(published.png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    const pdf = await fetch(links.pdf);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    published.pdf = new Uint8Array(await pdf.arrayBuffer());
    expect(Buffer.from(published.pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    keepArtefacts(published);
    // The PDF is what was approved: the edited text on top, the left-out knelpunten not there at all.
    const pdfLines = (await pdfText(published.pdf)).split('\n');
    expect(pdfLines).toContain('Een goed tertiaal: de samenwerking groeit.');
    expect(pdfLines).not.toContain('Knelpunten');
    expect((await fetch(`${h.app.baseUrl}/digest/onbekend-token-123456.png`)).status).toBe(404);
    expect(await h.versions()).toMatchObject([{ version: 1, status: 'published' }]);
    const audit = await h.tdb.db.pool.query(
      `SELECT subject FROM audit_log WHERE action = 'samenvatting_gepubliceerd'`,
    );
    expect(audit.rows).toEqual([{ subject: '2026-T2 versie 1' }]);
  });

  it('three clicks at once on "Publiceren" of a new version publish it once, and every click is told so', async () => {
    const { dm } = await h.slash('U0HANNEKE', 'samenvatting 2026-T2');
    expect(dm).toContain('Versie 2, correctie op versie 1');
    const v2 = DRAFT.replace(/\|1$/, '|2');
    const before = h.slack.calls.length;
    const isAnswer = (c: { path: string }) => c.path.startsWith('/response');
    const answered = () => h.slack.calls.slice(before).filter(isAnswer);
    await Promise.all([1, 2, 3].map(() => h.button('U0HANNEKE', 'digest_publish', v2)));
    await h.slack.waitFor(() => answered().length >= 3, { after: before });
    const answers = answered().map((c) => JSON.stringify(c.body));
    expect(answers).toHaveLength(3);
    expect(
      answers.filter((a) => a.includes('wordt nu naar 2 kanalen van de stuurgroep gestuurd')),
    ).toHaveLength(1);
    // The clicks that lost the race hear that the version is published, not that the draft is gone.
    for (const answer of answers) expect(answer).not.toContain('bestaat niet (meer)');
    expect(answers.filter((a) => a.includes('al gepubliceerd'))).toHaveLength(2);
    await h.app.running.tick();
    expect(h.toStuurgroep().slack).toHaveLength(2);
  });
});
