/**
 * Draws the app icons and writes them into manifest/. The PNGs are committed; run this again
 * (`npx node scripts/make-icons.ts`) only when the glyph or colour changes. A test checks that the
 * committed files are exactly what this draws, so they cannot drift apart.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { colorIcon, outlineIcon } from './icons/render.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

export interface IconFile {
  readonly path: string;
  readonly draw: () => Buffer;
}

/** Every icon with its place in the repository, relative to the repository root. */
export const ICONS: readonly IconFile[] = [
  // Teams: 192×192 full colour, the symbol within the middle 96 px or a little more.
  { path: 'manifest/teams/color.png', draw: () => colorIcon(192, 0.56) },
  // Teams: 32×32 white on transparent, the symbol filling the square up to a 1 px edge.
  { path: 'manifest/teams/outline.png', draw: () => outlineIcon(32, 1) },
  // Slack asks for 512 to 2000 px square; it is uploaded by hand (see docs/install-slack.md).
  { path: 'manifest/slack/icon.png', draw: () => colorIcon(512, 0.56) },
];

if (import.meta.main) {
  for (const icon of ICONS) {
    await writeFile(`${root}${icon.path}`, icon.draw());
    process.stdout.write(`${icon.path}\n`);
  }
}
