/** The commands that only read, with arguments that name region zwaluwdorp and a period of 2026. */
export const READ_ONLY_COMMANDS: readonly (readonly string[])[] = [
  ['regions'],
  ['export'],
  ['digest', '--region', 'zwaluwdorp', '--period', '2026-T1', '--format', 'json'],
  ['national', '--period', '2026-T1', '--format', 'json'],
  ['evaluation', '--region', 'zwaluwdorp', '--from', '2026-01-01', '--to', '2026-04-30', '--format', 'md'],
];
