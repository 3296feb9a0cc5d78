import { REQUEST_KEY_DAYS } from '../../src/checkin/checkin-deliveries.ts';
import type { Config } from '../../src/config.ts';
import { escapeHtml } from '../../src/escape.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import { LEGAL_PATHS, type LegalFacts, type LegalPage } from '../../src/messages/legal-page.ts';
import type { Locale } from '../../src/messages/locale.ts';
import { MIN_GROUP } from '../../src/privacy/small-groups.ts';
import { PAGE_STYLE, sendHtml } from './html-page.ts';
import type { Route } from './server.ts';

const ROUTE_NAMES = { about: 'about', privacy: 'privacy_statement', terms: 'terms_of_use' } as const;
const LINK_LABELS = { about: 'aboutLink', privacy: 'privacyLink', terms: 'termsLink' } as const;
type Which = keyof typeof LEGAL_PATHS;

// Long Dutch words ("Gebruiksvoorwaarden") must fit a phone: a smaller heading there, and a word
// that still does not fit breaks rather than pushing the page sideways. A command stays whole.
const LEGAL_STYLE = `${PAGE_STYLE.replace('max-width:36rem', 'max-width:42rem')}body{overflow-wrap:break-word}h1{font-size:clamp(1.6rem,7vw,2rem);line-height:1.2}h2{font-size:1.15rem;margin-top:2rem}ul{padding-left:1.25rem}li{margin:.3rem 0}code{background:#eef6f5;padding:0 .2em;border-radius:3px;white-space:nowrap}a{color:#14615c}nav,footer{font-size:.95rem}footer{margin-top:3rem;border-top:1px solid #ccc}`;

/**
 * GET /privacy and /gebruiksvoorwaarden: the privacy statement and the terms of use a member opens
 * from the app's details in Teams, from `mijn-gegevens` or from a colleague's link; GET / says what
 * Schakel is. Dutch; `?lang=en` in English. What they say depends on this Schakel's configuration,
 * read once when the routes are made.
 */
export function legalRoutes(config: Pick<Config, 'retentionMonths' | 'privacyController' | 'ai'>): Route[] {
  const facts = legalFacts(config);
  return (Object.keys(LEGAL_PATHS) as Which[]).map((which) => ({
    method: 'GET',
    path: LEGAL_PATHS[which],
    name: ROUTE_NAMES[which],
    handler: (req, res) => {
      const locale: Locale = /[?&]lang=en(?:&|$)/.test(req.url ?? '') ? 'en' : 'nl';
      sendHtml(res, 200, renderLegalPage(which, locale, facts));
    },
  }));
}

function legalFacts(config: Pick<Config, 'retentionMonths' | 'privacyController' | 'ai'>): LegalFacts {
  const { name, contact } = config.privacyController;
  return {
    retentionMonths: config.retentionMonths,
    minGroup: MIN_GROUP,
    requestKeyDays: REQUEST_KEY_DAYS,
    aiSummary: config.ai.enabled,
    controllerHtml: name ? escapeHtml(name) : null,
    contactHtml: contact ? contactLink(contact) : null,
  };
}

/** An e-mail address or a https address as a link; anything else (a phone number) as text. */
function contactLink(contact: string): string {
  const text = escapeHtml(contact);
  if (/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(contact)) return `<a href="mailto:${text}">${text}</a>`;
  if (/^https:\/\/[^\s<>"]+$/.test(contact)) return `<a href="${text}">${text}</a>`;
  return text;
}

function renderLegalPage(which: Which, locale: Locale, facts: LegalFacts) {
  const w = words(locale).legal;
  const page: LegalPage = w[which](facts);
  const other = locale === 'en' ? 'nl' : 'en';
  const here = (path: string, lang: Locale) => (lang === 'en' ? `${path}?lang=en` : path);
  const body = [
    `<nav><a href="${here(LEGAL_PATHS[which], other)}" hreflang="${other}" lang="${other}">${w.otherLanguage}</a></nav>`,
    `<h1>${page.title}</h1>`,
    `<p>${page.intro}</p>`,
    ...page.sections.map(
      (s) =>
        `<h2>${s.heading}</h2>${s.blocks
          .map((b) =>
            typeof b === 'string' ? `<p>${b}</p>` : `<ul>${b.map((i) => `<li>${i}</li>`).join('')}</ul>`,
          )
          .join('')}`,
    ),
    `<footer><p>${w.seeAlso}: ${(Object.keys(LEGAL_PATHS) as Which[])
      .filter((to) => to !== which)
      .map((to) => `<a href="${here(LEGAL_PATHS[to], locale)}">${w[LINK_LABELS[to]]}</a>`)
      .join(' · ')}</p></footer>`,
  ].join('\n');
  return { lang: locale, title: page.title, style: LEGAL_STYLE, body };
}
