/**
 * Bewaartermijn: free text older than the retention period is deleted
 * (`deleteFreeTextBefore` in src/store/retention-repo.ts says what goes).
 * The moment before which text goes: `months` calendar months before now.
 */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}
