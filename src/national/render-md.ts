import { CHECKLIST_GROUPS, CHECKLIST_ITEMS } from '../domain/checklist.ts';
import { escapeMarkdown } from '../escape.ts';
import { TOO_FEW_TEXT } from '../privacy/small-groups.ts';
import { LEVEL_CHANGE_CATEGORIES, LEVEL_CHANGE_LABELS } from './levels.ts';
import type { NationalOverview } from './overview.ts';

/** The national overview as Dutch Markdown, laid out like the 2018 report's two tables. */
export function renderNationalMarkdown(o: NationalOverview): string {
  const lines = [
    `# Landelijk overzicht ${o.period.from} tot en met ${o.period.to}`,
    '',
    `Aantal regio's: ${o.regions}. Alleen aantallen regio's; geen namen van regio's of deelnemers.`,
    '',
    '## Randvoorwaarden voor effectieve regionale samenwerking',
    '',
    "Per onderdeel van de checklist: het aantal regio's met die laatst afgesproken stand in de periode.",
    "Regio's zonder antwoord op een onderdeel tellen daar niet mee.",
  ];
  for (const group of CHECKLIST_GROUPS) {
    lines.push(
      '',
      `### ${group.label}`,
      '',
      '| nr | randvoorwaarde | ja | in ontwikkeling | nee |',
      '|---:|---|---:|---:|---:|',
    );
    for (const item of CHECKLIST_ITEMS.filter((i) => i.group === group.id)) {
      const c = o.checklist[String(item.number)];
      lines.push(
        `| ${item.number} | ${escapeMarkdown(item.text)} | ${c?.ja ?? 0} | ${c?.in_ontwikkeling ?? 0} | ${c?.nee ?? 0} |`,
      );
    }
  }
  lines.push(
    '',
    '## Verandering in samenwerkingsniveau',
    '',
    'Huidig niveau (mediaan van het laatste antwoord van elke deelnemer in de periode) min het startniveau.',
    `Een regio met ${TOO_FEW_TEXT} antwoorden in de periode telt als niet beschikbaar.`,
    '',
    "| verandering | aantal regio's |",
    '|---|---:|',
  );
  for (const category of LEVEL_CHANGE_CATEGORIES) {
    lines.push(`| ${LEVEL_CHANGE_LABELS[category]} | ${o.levelChange[category]} |`);
  }
  return `${lines.join('\n')}\n`;
}
