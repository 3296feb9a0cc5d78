import { CHECKLIST_GROUPS, CHECKLIST_ITEMS } from '../domain/checklist.ts';
import { escapeMarkdown } from '../escape.ts';
import { words } from '../messages/catalogue/words.ts';
import { MIN_GROUP } from '../privacy/small-groups.ts';
import { LEVEL_CHANGE_CATEGORIES } from './levels.ts';
import type { NationalOverview } from './overview.ts';

const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;

/**
 * The national overview as Markdown, laid out like the 2018 report's two tables, in the language
 * being spoken (`withLocale`; Dutch unless `--en`).
 */
export function renderNationalMarkdown(o: NationalOverview): string {
  const w = words();
  const said = w.cli.nationalReport;
  const lines = [
    `# ${said.title(o.period.from, o.period.to)}`,
    '',
    said.regions(o.regions),
    '',
    `## ${said.checklistHeading}`,
    '',
    ...said.checklistNote,
  ];
  for (const group of CHECKLIST_GROUPS) {
    lines.push('', `### ${w.checklist.groups[group.id]}`, '', row(said.checklistColumns));
    lines.push('|---:|---|---:|---:|---:|');
    for (const item of CHECKLIST_ITEMS.filter((i) => i.group === group.id)) {
      const c = o.checklist[String(item.number)];
      const text = escapeMarkdown(w.checklist.items[item.number - 1] ?? item.text);
      lines.push(row([item.number, text, c?.ja ?? 0, c?.in_ontwikkeling ?? 0, c?.nee ?? 0]));
    }
  }
  lines.push('', `## ${said.levelHeading}`, '', ...said.levelNote(MIN_GROUP), '');
  lines.push(row(said.levelColumns), '|---|---:|');
  for (const category of LEVEL_CHANGE_CATEGORIES) {
    lines.push(row([w.answers.national.levelChanges[category], o.levelChange[category]]));
  }
  return `${lines.join('\n')}\n`;
}
