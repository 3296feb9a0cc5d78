/**
 * The platform-neutral message the core returns. Slack renders it as Block Kit,
 * Teams as an Adaptive Card; neither adds or drops content.
 */
export type Block =
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'list'; readonly items: readonly string[] }
  | {
      readonly type: 'facts';
      readonly facts: ReadonlyArray<{ readonly label: string; readonly value: string }>;
    }
  | { readonly type: 'note'; readonly text: string };

export interface Message {
  /** Plain text for notifications and screen readers. */
  readonly fallback: string;
  readonly blocks: readonly Block[];
}

export function plainText(message: Message): string {
  return message.blocks
    .map((b) => {
      switch (b.type) {
        case 'heading':
        case 'text':
        case 'note':
          return b.text;
        case 'list':
          return b.items.map((i) => `• ${i}`).join('\n');
        case 'facts':
          return b.facts.map((f) => `${f.label}: ${f.value}`).join('\n');
      }
      return '';
    })
    .join('\n\n');
}
