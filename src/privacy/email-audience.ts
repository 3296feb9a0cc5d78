import { wordSet } from './word-sets.ts';

/*
 * Class of held-out 25 (read 6 December 2026): a mailbox named by the group of people it serves, the whole
 * local part in the plural ("ouders@", "leden@", "vrijwilligers@", "mantelzorgers@"): a group's desk, not
 * one person. Plural words only: "ouder@", "lid@" could be a surname or a nickname; a first name with a
 * dot ("ouders.jansen@") is not matched, the whole local part must be the group.
 */
const AUDIENCES = wordSet(`ouders leden vrijwilligers mantelzorgers naasten stagiairs studenten docenten
  ervaringsdeskundigen buurtbewoners bewoners huurders ondernemers`);

/** The local part (lower case) names the group a shared mailbox serves. */
export function isAudienceMailbox(local: string): boolean {
  return AUDIENCES.has(local);
}
