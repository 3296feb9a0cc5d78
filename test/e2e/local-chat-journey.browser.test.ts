import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';

/**
 * The whole mission in "Schakel lokaal", played as a person would, by clicking and typing in the
 * page only, in Debian's Chromium. Any request to a host other than 127.0.0.1 fails the test.
 * A screenshot of each step is kept in test-artifacts/local-chat/.
 */
describe('Schakel lokaal: the journey in a browser', () => {
  let url: string;
  let page: Page;
  const elsewhere: string[] = [];
  let step = 0;

  const local = localChatInBrowserForTests({}, async (started) => {
    ({ page } = started);
    url = started.chat.app.running.localChatUrl!;
    await page.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === '127.0.0.1') return route.continue();
      elsewhere.push(route.request().url());
      return route.abort();
    });
  });

  const shot = async (name: string) =>
    page.screenshot({ path: join(SHOTS, `${String(++step).padStart(2, '0')}-${name}.png`), fullPage: false });
  const botBubbles = () => page.locator('.bericht:not(.van-mij)').count();
  /** Waits until Schakel is no longer typing and `text` is in the open conversation. */
  const seen = async (text: string) => {
    await page.locator('#berichten').getByText(text, { exact: false }).last().waitFor({ timeout: 20_000 });
    await page.locator('#typt').waitFor({ state: 'hidden', timeout: 20_000 });
  };
  async function say(text: string) {
    const before = await botBubbles();
    await page.locator('#tekst').fill(text);
    await page.locator('#tekst').press('Enter');
    await page.waitForFunction(
      (n) =>
        (
          globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
        ).document.querySelectorAll('.bericht:not(.van-mij)').length > n,
      before,
      { timeout: 20_000 },
    );
    await page.locator('#typt').waitFor({ state: 'hidden', timeout: 20_000 });
  }
  /** Opens a conversation and waits until its own messages are on screen, not the previous one's. */
  const open = async (name: string) => {
    const button = page.locator('nav button', { hasText: name });
    const id = await button.getAttribute('data-id');
    await button.click();
    await page.locator(`#berichten[data-gesprek="${id}"][aria-busy="false"]`).waitFor({ timeout: 20_000 });
  };
  const playAs = async (name: string) => {
    const value = await page.locator('#rol option', { hasText: name }).getAttribute('value');
    await page.locator('#rol').selectOption(value ?? '');
  };
  const lastCard = () => page.locator('.bericht:not(.van-mij)').last();

  it('plays help → werkgroep → series → agendapunt → meeting → check-in → digest → stuurgroep', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open(url);
    await seen('Hoi Femke');
    await shot('welkom');

    await say('help');
    await shot('help');

    // A new werkgroep with the form on the overview card, from the personal chat.
    await open('Chat met Schakel');
    await page.locator('.ac-pushButton', { hasText: 'Nieuwe werkgroep' }).first().click();
    await page.locator('[id="naam"] input').waitFor();
    const first = new Date(Date.now() + 7 * 86_400_000);
    while (first.getUTCDay() !== 2) first.setUTCDate(first.getUTCDate() + 1);
    await page.locator('[id="naam"] input').fill('Werkgroep Jobcoaching Oost');
    await page.locator('[id="datum"] input').fill(first.toISOString().slice(0, 10));
    await page.locator('[id="tijd"] input').fill('14:00');
    await page.locator('[id="leden"]').getByText('Ruben Kleinjan').click();
    await page.locator('[id="leden"]').getByText('Sem Wolters').click();
    await shot('werkgroep-formulier');
    await page.locator('.ac-pushButton', { hasText: 'Aanmaken' }).last().click();
    await seen('Werkgroep Jobcoaching Oost');
    await shot('werkgroep-gemaakt');

    // Link it to the team's General channel, then see the series and add an agendapunt there.
    await open('Algemeen');
    await say('koppel Werkgroep Jobcoaching Oost');
    await say('reeks');
    await shot('reeks');
    await say('agendapunt Werkgeversdag voorbereiden');
    await seen('Genoteerd');
    await shot('agendapunt');

    // Let the meeting happen: the invitation in the channel, the check-in card to each member.
    // The button's line names the meeting it lets happen: this channel's werkgroep, and its date.
    await page.locator('#volgende', { hasText: 'Werkgroep Jobcoaching Oost' }).waitFor();
    await page.locator('#afronden').click();
    await page.locator('#tijd-melding', { hasText: 'afgerond' }).waitFor();
    expect(await page.locator('#tijd-melding').innerText()).toMatch(
      /^De bijeenkomst van Werkgroep Jobcoaching Oost \(dinsdag \d{1,2} \w+ \d{4}, 14:00–15:30\) is afgerond\.$/,
    );
    await shot('bijeenkomst-afgerond');

    await playAs('Ruben Kleinjan');
    await open('Chat met Schakel');
    await seen('Check-in');
    await shot('checkin-ontvangen');
    const card = lastCard();
    await card.locator('[id="samenwerkingsniveau"] select').selectOption('3.5');
    await card.locator('[id="new1_description"] input').fill('Cliënt met BSN 123456782 wacht op plek');
    await card.locator('[id="new1_category"] select').selectOption('werkgevers');
    await card.locator('.ac-pushButton', { hasText: 'Opslaan' }).click();
    await seen('BSN');
    await shot('bsn-geweigerd');
    const again = lastCard();
    await again.locator('[id="new1_description"] input').fill('Werkgevers weten ons nog niet te vinden');
    await again.locator('.ac-pushButton', { hasText: 'Opslaan' }).click();
    await seen('opgeslagen');
    await shot('checkin-opgeslagen');

    // The projectleider drafts the digest, edits the text and publishes.
    await playAs('Femke Hoogland');
    await open('Chat met Schakel');
    await say('samenvatting');
    await shot('samenvatting');
    await lastCard().locator('.ac-pushButton', { hasText: 'Tekst aanpassen' }).click();
    await page.locator('textarea').first().waitFor();
    const summary = lastCard().locator('textarea').first();
    await summary.fill('De samenwerking groeit: jobcoaching Oost is gestart.');
    await shot('tekst-aanpassen');
    // The form's buttons are "Opslaan" and, after it, "Annuleren" (the way back).
    await lastCard().locator('.ac-pushButton', { hasText: 'Opslaan' }).click();
    await seen('jobcoaching Oost is gestart');
    await lastCard().locator('.ac-pushButton', { hasText: 'Publiceren' }).click();
    await lastCard().getByText('niet terugdraaien').scrollIntoViewIfNeeded();
    await shot('publiceren-bevestigen');
    await lastCard().locator('.ac-pushButton', { hasText: 'Ja, publiceren' }).click();
    await seen('Gepubliceerd');
    await shot('gepubliceerd');

    // The stuurgroeplid reads it in the stuurgroep channel.
    await playAs('Marloes Ten Have');
    await open('Stuurgroep');
    await seen('jobcoaching Oost is gestart');
    await shot('stuurgroep');

    // On a phone-sized window the same conversation stays readable.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(
      () =>
        (globalThis as unknown as { document: { getAnimations(): unknown[] } }).document.getAnimations()
          .length === 0,
    );
    await shot('telefoon');

    expect(elsewhere).toEqual([]);
  }, 240_000);

  it('gives a member their inzage: a summary, then the whole file once they allow it', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await page.setViewportSize({ width: 1280, height: 900 });
    await local.open(url);
    await playAs('Sem Wolters');
    await open('Chat met Schakel');
    await say('mijn-gegevens');
    await seen('Je gegevens in Schakel');
    const offer = page.locator('.bestand', { hasText: 'schakel-mijn-gegevens.json' }).last();
    await offer.getByRole('button', { name: 'Toestaan' }).waitFor();
    // Local mode has no OneDrive: the offer says where the file will be instead.
    const offered = await offer.innerText();
    expect(offered).toContain(nl.localChat.bestandAanbod);
    expect(offered).not.toContain('OneDrive');
    await shot('inzage-bestand-aangeboden');
    await offer.getByRole('button', { name: 'Toestaan' }).click();
    const link = page.locator('.bestand a', { hasText: 'schakel-mijn-gegevens.json' }).last();
    await link.waitFor({ timeout: 20_000 });
    await seen('toegestaan');
    await shot('inzage-bestand-gedeeld');
    const href = await link.getAttribute('href');
    const download = await fetch(new URL(href ?? '', url));
    expect(download.headers.get('content-disposition')).toContain('schakel-mijn-gegevens.json');
    const data = (await download.json()) as { uitleg: object; lid: { naam: string } };
    expect(data.lid.naam).toBe('Sem Wolters');
    expect(Object.keys(data.uitleg)).toContain('checkin_antwoorden');
    expect(elsewhere).toEqual([]);
  }, 120_000);

  it('says so in plain Dutch when Schakel cannot be reached, instead of staying silent', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open(url);
    await page.route('**/api/bericht', (route) => route.abort());
    try {
      await page.locator('#tekst').fill('help');
      await page.locator('#tekst').press('Enter');
      const line = page.locator('#melding');
      await line.waitFor();
      expect(await line.innerText()).toBe(nl.localChat.onbereikbaar);
      await shot('schakel-onbereikbaar');
    } finally {
      await page.unroute('**/api/bericht');
    }
    await say('help');
    await page.locator('#melding').waitFor({ state: 'hidden' });
  }, 60_000);

  it('the role picker shows every name whole, and the role and organisation in full beneath it', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await page.setViewportSize({ width: 1280, height: 900 });
    await local.open(url);
    // Each option's text, measured in the picker's own font, fits inside the picker beside its arrow.
    const clipped = await page.evaluate(`(() => {
      const select = document.getElementById('rol');
      const measure = document.createElement('canvas').getContext('2d');
      measure.font = getComputedStyle(select).font;
      const room = select.clientWidth - 32;
      return [...select.options].map((o) => o.text).filter((t) => measure.measureText(t).width > room);
    })()`);
    expect(clipped).toEqual([]);
    await playAs('Sem Wolters');
    const line = page.locator('#rol-uitleg');
    await line.getByText('werkgroeplid W&I, Laborijn').waitFor();
    expect(await line.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    await page.locator('.zijbalk').screenshot({ path: join(SHOTS, 'rol-kiezer.png') });
  }, 60_000);
});
