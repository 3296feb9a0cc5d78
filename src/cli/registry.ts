import type { CliCommand } from './command.ts';
import { cardsCommand } from './commands/cards.ts';
import { digestCommand } from './commands/digest.ts';
import { doctorCommand } from './commands/doctor.ts';
import { evaluationCommand } from './commands/evaluation.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { membersImportCommand } from './commands/members-import.ts';
import { migrateCommand } from './commands/migrate.ts';
import { nationalCommand } from './commands/national.ts';
import { privacyScanCommand } from './commands/privacy-scan.ts';
import { schedulePreviewCommand } from './commands/schedule-preview.ts';
import { seedDemoCommand } from './commands/seed-demo.ts';
import { startCommand } from './commands/start.ts';

export const COMMANDS: readonly CliCommand[] = [
  doctorCommand,
  membersImportCommand,
  startCommand,
  migrateCommand,
  seedDemoCommand,
  schedulePreviewCommand,
  privacyScanCommand,
  cardsCommand,
  digestCommand,
  evaluationCommand,
  nationalCommand,
  exportCommand,
  importCommand,
];
