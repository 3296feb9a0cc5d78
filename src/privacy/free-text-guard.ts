/** What a use case needs of the client-data guard (guard.ts) before it stores typed text. */
export interface FreeTextGuard {
  /** Throws PrivacyRefusal when a field looks like client data; nothing is stored then. */
  check(fields: Record<string, string | undefined>): void;
}
