/**
 * The privacy statement and the terms of use as words, apart from any markup: a title, an
 * introduction and sections of paragraphs and lists. adapters/http/legal-pages.ts draws them.
 */

/**
 * Where the web server serves each page. The Teams manifest links them (websiteUrl, privacyUrl,
 * termsOfUseUrl) and `mijn-gegevens` names the privacy statement.
 */
export const LEGAL_PATHS = { about: '/', privacy: '/privacy', terms: '/gebruiksvoorwaarden' } as const;

/** The privacy statement's address on the server at `publicUrl`, or null when it has none. */
export function privacyStatementUrl(publicUrl: string | undefined): string | null {
  return publicUrl ? `${publicUrl.replace(/\/$/, '')}${LEGAL_PATHS.privacy}` : null;
}

/** What the pages say that depends on this Schakel: its configuration and the code's own figures. */
export interface LegalFacts {
  /** Free text older than this is deleted (SCHAKEL_RETENTION_MONTHS). */
  readonly retentionMonths: number;
  /** A breakdown never shows a group with fewer answers than this (src/privacy/small-groups.ts). */
  readonly minGroup: number;
  /** Keys of handled form submissions (a Slack one holds the user id) older than this many days go when a round closes. */
  readonly requestKeyDays: number;
  /** Whether a language model drafts the digest's summary (AI_SUMMARY). */
  readonly aiSummary: boolean;
  /** HTML, escaped: the organisation responsible (SCHAKEL_PRIVACY_CONTROLLER), or null. */
  readonly controllerHtml: string | null;
  /** HTML, escaped and linked: how to reach it (SCHAKEL_PRIVACY_CONTACT), or null. */
  readonly contactHtml: string | null;
}

/** A paragraph (trusted HTML: `<code>`, an escaped name, a link) or a list of such items. */
export type LegalBlock = string | readonly string[];

export interface LegalSection {
  readonly heading: string;
  readonly blocks: readonly LegalBlock[];
}

export interface LegalPage {
  readonly title: string;
  readonly intro: string;
  readonly sections: readonly LegalSection[];
}

/** The words around both pages, and each page built from the facts. */
export interface LegalWords {
  /** The link to the same page in the other language, in that language ("English", "Nederlands"). */
  readonly otherLanguage: string;
  /** Heading of the links at the bottom of a page, and the names of the two pages there. */
  readonly seeAlso: string;
  readonly aboutLink: string;
  readonly privacyLink: string;
  readonly termsLink: string;
  /** What Schakel is: the page at the server's root, the website the Teams app names. */
  readonly about: (facts: LegalFacts) => LegalPage;
  readonly privacy: (facts: LegalFacts) => LegalPage;
  readonly terms: (facts: LegalFacts) => LegalPage;
}
