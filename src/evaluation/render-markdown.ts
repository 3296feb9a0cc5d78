import { escapeMarkdown } from '../escape.ts';
import { words } from '../messages/catalogue/words.ts';
import type { EvaluationDocument } from './document.ts';
import { type Block, evaluationOutline } from './outline.ts';

/** One block; its text is escaped, since most of it is what members typed. */
function line(b: Block): string {
  if (b.kind === 'summary') return `\n**${words().documents.evaluation.summary}**\n`;
  if (b.kind === 'table') {
    const row = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
    return `\n${[row(b.header), `|${b.header.map(() => '---|').join('')}`, ...b.rows.map(row)].join('\n')}\n`;
  }
  const text = escapeMarkdown(b.text);
  switch (b.kind) {
    case 'title':
      return `# ${text}\n`;
    case 'heading':
      return `\n## ${text}\n`;
    case 'question':
      return `\n### ${text}\n`;
    case 'paragraph':
      return `${text}\n`;
    case 'bullet':
      return `- ${text}`;
    case 'prompt':
      return `\n_${text}_\n`;
  }
}

/** The draft as Markdown: headings for sections and questions, so it pastes into the form's layout. */
export function renderEvaluationMarkdown(doc: EvaluationDocument): string {
  const out: string[] = [];
  let previous: Block['kind'] | undefined;
  for (const b of evaluationOutline(doc)) {
    // A list ends with a blank line before whatever follows it.
    if (previous === 'bullet' && b.kind !== 'bullet') out.push('');
    out.push(line(b));
    previous = b.kind;
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
