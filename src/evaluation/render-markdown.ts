import type { EvaluationDocument } from './document.ts';
import { type Block, evaluationOutline, SUMMARY_LINE } from './outline.ts';

function line(b: Block): string {
  switch (b.kind) {
    case 'title':
      return `# ${b.text}\n`;
    case 'heading':
      return `\n## ${b.text}\n`;
    case 'question':
      return `\n### ${b.text}\n`;
    case 'paragraph':
      return `${b.text}\n`;
    case 'bullet':
      return `- ${b.text}`;
    case 'prompt':
      return `\n_${b.text}_\n`;
    case 'summary':
      return `\n**${SUMMARY_LINE}**\n`;
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
