const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/**
 * Text a member typed (a slash command, a direct message) as they typed it. Slack sends the three
 * signs its own markup uses as HTML entities, so "GGZ & UWV" arrives as "GGZ &amp; UWV" and was
 * stored and shown so. One pass, so that a typed "&lt;" (arriving as "&amp;lt;") stays "&lt;".
 */
export function slackTyped(text: string): string {
  return text.replace(/&(?:amp|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
}
