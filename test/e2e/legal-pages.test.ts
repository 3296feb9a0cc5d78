import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_KEY_DAYS } from '../../src/checkin/checkin-deliveries.ts';
import { envSchema } from '../../src/config-schema.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import { MIN_GROUP } from '../../src/privacy/small-groups.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * The privacy statement and the terms of use a member opens from the Teams app's details (the
 * manifest's privacyUrl and termsOfUseUrl): served by Schakel itself, with the figures this
 * Schakel really uses and the contact its operator configured.
 */
const DEFAULT_RETENTION_MONTHS = envSchema.shape.SCHAKEL_RETENTION_MONTHS.parse(undefined);
const PAGES = ['/', '/privacy', '/gebruiksvoorwaarden'] as const;

async function page(app: TestApp, path: string) {
  const res = await fetch(`${app.baseUrl}${path}`, { headers: { accept: 'text/html' } });
  return { res, html: await res.text() };
}

/** The page as a person reads it: the text without its markup, spaces made single. */
const readable = (html: string) =>
  html
    .replace(/<style>[^<]*<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('the privacy statement and the terms of use, with the operator’s contact', () => {
  let tdb: TestDatabase;
  let app: TestApp;
  beforeAll(async () => {
    tdb = await createTestDatabase();
    app = await startTestApp(
      {
        SCHAKEL_RETENTION_MONTHS: '18',
        SCHAKEL_PRIVACY_CONTROLLER: 'Gemeente Voorbeeldstad & partners',
        SCHAKEL_PRIVACY_CONTACT: 'privacy@voorbeeldstad.example',
      },
      tdb.db,
    );
  });
  afterAll(async () => {
    await app?.stop();
    await tdb?.drop();
  });

  it('serves both as a Dutch HTML page that loads nothing from elsewhere', async () => {
    for (const path of PAGES) {
      const { res, html } = await page(app, path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'none'");
      expect(csp, path).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
      expect(csp, path).not.toContain('unsafe');
      expect(html, path).toMatch(/^<!doctype html>\s*<html lang="nl">/);
      // No script, no stylesheet, image or font from anywhere: nothing that could track a reader.
      expect(html, path).not.toMatch(/<script|<link|<img|<iframe|src=|url\(/i);
    }
  });

  it('names the configured controller and links the contact, escaped', async () => {
    const { html } = await page(app, '/privacy');
    expect(html).toContain('Gemeente Voorbeeldstad &amp; partners');
    expect(html).toContain(
      '<a href="mailto:privacy@voorbeeldstad.example">privacy@voorbeeldstad.example</a>',
    );
    expect(readable(html)).not.toContain('projectleider van je regio');
    const terms = await page(app, '/gebruiksvoorwaarden');
    expect(terms.html).toContain('privacy@voorbeeldstad.example');
  });

  it('gives the retention this Schakel is configured with, and the figures of the code', async () => {
    const text = readable((await page(app, '/privacy')).html);
    expect(text).toContain('18 maanden');
    expect(text).not.toContain(`${DEFAULT_RETENTION_MONTHS} maanden`);
    expect(text).toContain(`${REQUEST_KEY_DAYS} dagen`);
    expect(text).toContain(`minder dan ${MIN_GROUP} antwoorden`);
  });

  it('says how a member sees and erases their own data, in the words of those commands', async () => {
    const text = readable((await page(app, '/privacy')).html);
    expect(text).toContain('mijn-gegevens');
    expect(text).toContain('vergeet-mij bevestig');
    for (const item of [...words('nl').answers.avg.erasedItems, ...words('nl').answers.avg.keptItems]) {
      expect(text).toContain(item);
    }
    expect(text).toMatch(/gegevens van cliënten/);
  });

  it('links each page to the other and to its English version, which speaks English', async () => {
    const { html } = await page(app, '/privacy');
    expect(html).toContain('href="/gebruiksvoorwaarden"');
    expect(html).toContain('href="/"');
    expect(html).toContain('href="/privacy?lang=en" hreflang="en" lang="en">English</a>');
    for (const path of PAGES) {
      const en = await page(app, `${path}?lang=en`);
      expect(en.res.status, path).toBe(200);
      expect(en.html, path).toMatch(/<html lang="en">/);
      expect(en.html, path).toContain(`href="${path}" hreflang="nl" lang="nl">Nederlands</a>`);
    }
    const text = readable((await page(app, '/privacy?lang=en')).html);
    expect(text).toContain('18 months');
    expect(text).toContain('Gemeente Voorbeeldstad & partners');
  });

  it('says what Schakel is at /, the website the Teams app names, with links to both pages', async () => {
    const { res, html } = await page(app, '/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).toContain('<h1>Schakel</h1>');
    expect(html).toContain('href="/privacy"');
    expect(html).toContain('href="/gebruiksvoorwaarden"');
    expect(readable(html)).toContain('help');
    expect((await page(app, '/?lang=en')).html).toMatch(/<html lang="en">/);
  });

  it('answers HEAD as an uptime monitor or a link checker asks', async () => {
    for (const path of PAGES) {
      const res = await fetch(`${app.baseUrl}${path}`, { method: 'HEAD' });
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toBe('');
    }
  });
});

describe('the privacy statement of a Schakel whose operator named no contact', () => {
  let tdb: TestDatabase;
  let app: TestApp;
  beforeAll(async () => {
    tdb = await createTestDatabase();
    app = await startTestApp({}, tdb.db);
  });
  afterAll(async () => {
    await app?.stop();
    await tdb?.drop();
  });

  it('sends the member to the projectleider of their region, and states the default retention', async () => {
    const { html } = await page(app, '/privacy');
    const text = readable(html);
    expect(text).toContain('projectleider van je regio');
    expect(html).not.toContain('mailto:');
    expect(text).toContain(`${DEFAULT_RETENTION_MONTHS} maanden`);
    expect(readable((await page(app, '/gebruiksvoorwaarden')).html)).toContain('projectleider van je regio');
    expect(readable((await page(app, '/privacy?lang=en')).html)).toContain('projectleider of your region');
  });
});
