/** The configured PostgreSQL server did not answer: said in one plain line, never as a stack. */
export class DatabaseUnreachable extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(`database unreachable: ${reason}`);
    this.reason = reason;
    this.name = 'DatabaseUnreachable';
  }
}

export function unreachableText(err: DatabaseUnreachable, english: boolean): string {
  return english
    ? `Schakel cannot reach the database (${err.reason}). Check DATABASE_URL and that the server is running; "schakel doctor" tells more.`
    : `Schakel kan de database niet bereiken (${err.reason}). Controleer DATABASE_URL en of de server draait; "schakel doctor" zegt meer.`;
}
