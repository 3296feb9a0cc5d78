/** What Schakel serves over plain HTTP behind a secret token: the ICS feed, the digest's files. */
export interface PublicFiles {
  /**
   * The ICS feed behind a secret token, or null when the token is unknown or revoked; stamped with
   * its series' last change (DTSTAMP): the same bytes while nothing changed.
   */
  icsFeed(token: string): Promise<{ readonly text: string } | null>;
  /** A published digest's PNG chart or PDF; null when there is no such file. */
  digestFile(token: string, kind: 'png' | 'pdf'): Promise<{ type: string; body: Uint8Array } | null>;
}
