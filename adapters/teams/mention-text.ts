import { isTeamsHtml, plainFromTeamsHtml } from './html-text.ts';

/** What a typed message carries that this reads: its text and its format, who it went to, and its mentions. */
interface TypedActivity {
  readonly text?: string;
  readonly textFormat?: unknown;
  readonly recipient?: { readonly id?: string };
  readonly entities?: readonly unknown[];
}

interface MentionEntity {
  readonly type?: unknown;
  readonly text?: unknown;
  readonly mentioned?: { readonly id?: unknown; readonly name?: unknown } | null;
}

/** A bot's id with or without Teams' "28:" in front. */
const bare = (id: unknown) => (typeof id === 'string' ? id.replace(/^28:/, '') : '');

/**
 * The text as the member typed it: Schakel's own mention (in a channel the text starts with it)
 * left out, and every other mention kept as the name it shows. Teams writes each mention as
 * `<at>Name</at>` in the text; the SDK's own stripText removes every mention, so "agendapunt
 * Overdracht met @Sanne de Wit" lost the name. Text Teams sent as HTML is then made plain
 * (html-text.ts): the core gets what the member sees, never `&nbsp;`, `&amp;` or `<p>`.
 */
export function typedText(activity: TypedActivity): string | undefined {
  let text = activity.text;
  if (!text) return text;
  const html = isTeamsHtml(text, activity.textFormat);
  const own = bare(activity.recipient?.id);
  for (const entity of activity.entities ?? []) {
    const mention = entity as MentionEntity | null;
    if (mention?.type !== 'mention') continue;
    const name = typeof mention.mentioned?.name === 'string' ? mention.mentioned.name : '';
    const tag = typeof mention.text === 'string' && mention.text ? mention.text : `<at>${name}</at>`;
    const isOwn = own !== '' && bare(mention.mentioned?.id) === own;
    text = text.replace(tag, isOwn ? '' : tag.replace('<at>', '').replace('</at>', ''));
  }
  return html ? plainFromTeamsHtml(text) : text.trim();
}
