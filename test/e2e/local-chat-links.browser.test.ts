import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { escapeCardMarkdown } from '../../src/escape.ts';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { freePort } from '../support/free-port.ts';
import type { LocalChatApp } from '../support/local-chat-app.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';

/**
 * The digest's PDF and chart links in "Schakel lokaal" are links a person can click, as Teams
 * shows them; a bare address that is not Schakel's own stays plain text.
 */
describe('Schakel lokaal: links to Schakel’s own files', () => {
  let chat: LocalChatApp;
  let page: Page;
  // A fixed port, so the digest has a PUBLIC_URL to link to (local mode makes it from PORT).
  const local = localChatInBrowserForTests(
    async () => ({ env: { PORT: String(await freePort()) } }),
    (started) => ({ chat, page } = started),
  );

  it('the draft digest’s PDF link opens the PDF; a stranger’s address stays text', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await page.locator('#tekst').fill('samenvatting');
    await page.locator('#tekst').press('Enter');
    const pdf = page.locator('#berichten a[href$=".pdf"]').last();
    await pdf.waitFor({ timeout: 30_000 });
    const href = (await pdf.getAttribute('href')) ?? '';
    expect(new URL(href).origin).toBe(new URL(chat.app.baseUrl).origin);
    expect(await pdf.innerText()).toBe(href);
    await pdf.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'samenvatting-pdf-link.png') });
    const opened = await fetch(href);
    expect(opened.status).toBe(200);
    expect(opened.headers.get('content-type')).toContain('application/pdf');

    const rendered = await page.evaluate(`import('/cards.js').then((m) =>
      m.markdown('Zie https://voorbeeld.example/digest/x.pdf en ${href}.'))`);
    expect(rendered).toContain('Zie https://voorbeeld.example/digest/x.pdf en <a');
    expect(rendered).toContain(`>${href}</a>.`);
  }, 120_000);

  it('the sidebar links the privacy statement, which Schakel serves itself', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    const link = page.locator('#zijbalk').getByRole('link', { name: 'Privacyverklaring' });
    const href = new URL((await link.getAttribute('href')) ?? '', chat.url);
    expect(href.origin).toBe(new URL(chat.app.baseUrl).origin);
    expect(href.pathname).toBe('/privacy');
    await page.locator('#zijbalk').screenshot({ path: join(SHOTS, 'zijbalk-privacy-link.png') });
    const opened = await fetch(href);
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain('<h1>Privacyverklaring van Schakel</h1>');
  }, 60_000);

  it('what a member typed, as Schakel writes it in a card, shows as typed: no link, bold or list', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    const typed = '- [klik hier](https://evil.example/inloggen) **dringend** _nu_ <at>Femke</at> &amp; \\*';
    const shown = (await page.evaluate(
      `import('/cards.js').then((m) => {
        const p = document.createElement('div');
        p.innerHTML = m.markdown(${JSON.stringify(`Agenda:\n${escapeCardMarkdown(typed)}`)});
        return { html: p.innerHTML, text: p.innerText };
      })`,
    )) as { html: string; text: string };
    expect(shown.html).not.toMatch(/<(a|strong|em|li)\b/);
    expect(shown.text).toContain(typed);
    // Schakel's own Markdown is still read as before.
    const own = await page.evaluate(`import('/cards.js').then((m) => m.markdown('- **vet** en _schuin_'))`);
    expect(own).toBe('<ul><li><strong>vet</strong> en <em>schuin</em></li></ul>');
  }, 60_000);

  it('a link a person types whose address holds quotes stays one link with only its own attributes', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    // A quote would end the href it is put in and start an event handler of its own.
    const address = 'https://elders.example/"onmouseover="document.body.dataset.geraakt=1"';
    await page.locator('#tekst').fill(`[Agenda](${address})`);
    await page.locator('#tekst').press('Enter');
    const link = page.locator('#berichten li.van-mij a').last();
    await link.waitFor();
    await link.hover();
    const attributes = await link.evaluate((a) => a.getAttributeNames().sort());
    expect(attributes).toEqual(['href', 'rel', 'target']);
    expect(await link.getAttribute('href')).toBe(address);
    expect(await link.innerText()).toBe('Agenda');
    expect(await page.evaluate('document.body.dataset.geraakt')).toBeUndefined();
  }, 60_000);
});
