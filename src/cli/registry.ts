import type { CliCommand } from './command.ts';

/**
 * Every command by name, each loaded only when it runs or its help is asked for: `schakel start`
 * does not load the code of the export, the evaluation form or the member import.
 */
export interface CommandEntry {
  /** Words after `schakel`, e.g. `privacy scan` or `migrate` (the same as the command's own name). */
  readonly name: string;
  load(): Promise<CliCommand>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'doctor', load: async () => (await import('./commands/doctor.ts')).doctorCommand },
  { name: 'regions', load: async () => (await import('./commands/regions.ts')).regionsCommand },
  {
    name: 'members import',
    load: async () => (await import('./commands/members-import.ts')).membersImportCommand,
  },
  {
    name: 'members erase',
    load: async () => (await import('./commands/members-erase.ts')).membersEraseCommand,
  },
  { name: 'start', load: async () => (await import('./commands/start.ts')).startCommand },
  { name: 'migrate', load: async () => (await import('./commands/migrate.ts')).migrateCommand },
  { name: 'seed-demo', load: async () => (await import('./commands/seed-demo.ts')).seedDemoCommand },
  {
    name: 'schedule preview',
    load: async () => (await import('./commands/schedule-preview.ts')).schedulePreviewCommand,
  },
  { name: 'privacy scan', load: async () => (await import('./commands/privacy-scan.ts')).privacyScanCommand },
  { name: 'cards', load: async () => (await import('./commands/cards.ts')).cardsCommand },
  { name: 'digest', load: async () => (await import('./commands/digest.ts')).digestCommand },
  { name: 'evaluation', load: async () => (await import('./commands/evaluation.ts')).evaluationCommand },
  { name: 'national', load: async () => (await import('./commands/national.ts')).nationalCommand },
  { name: 'export', load: async () => (await import('./commands/export.ts')).exportCommand },
  { name: 'import', load: async () => (await import('./commands/import.ts')).importCommand },
];
