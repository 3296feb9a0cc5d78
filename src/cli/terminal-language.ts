/**
 * The language of what Schakel says to the person at the terminal: English with `--en`, or when
 * the terminal's locale is English. POSIX order: LC_ALL (when set and not empty) wins over
 * LC_MESSAGES, which wins over LANG. Documents for the stuurgroep and the region do not follow the
 * terminal: they are Dutch unless `--en` is given (see documentsInEnglish).
 */
export function speaksEnglish(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  if (argv.includes('--en')) return true;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.startsWith('en');
}

/** `--en` itself: the digest, national overview and draft evaluation in English. */
export function documentsInEnglish(argv: readonly string[]): boolean {
  return argv.includes('--en');
}
