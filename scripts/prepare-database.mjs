// Runs after `npm ci` (postinstall): prepares the embedded database's first cluster, so that the
// first `npm start` unpacks it instead of running initdb (src/store/prepared-cluster.ts), and
// compiles Schakel's modules once into Node's compile cache. Plain JavaScript that never fails
// the install: on a Node.js too old for Schakel, or on any error, it says so and the first start
// only takes longer.
const [major, minor] = process.versions.node.split('.').map(Number);
if (process.env.npm_command === 'exec') {
  // The first `npx schakel …` in a clone: npx links this folder into its own cache (~/.npm/_npx)
  // and runs postinstall there again. `npm ci` did this work already in this very folder; doing it
  // again made that first command wait half a minute or more, silently, before it ran.
} else if (major < 22 || (major === 22 && minor < 18)) {
  process.stdout.write(
    `Schakel: de ingebouwde database wordt bij de eerste start klaargezet (Node.js ${process.version}).\n`,
  );
} else {
  try {
    // The same compile cache as bin/schakel.mjs, filled here by loading Schakel's modules once,
    // for Node as it is and for Node with `npm start`'s options (each has its own cache).
    await import('./warm-compile-cache.mjs');
    // Only a slower first start without it.
    await warmForNpmStart().catch(() => undefined);
    const { relative } = await import('node:path');
    const { prepareCluster } = await import('../src/store/prepare-cluster.ts');
    const file = await prepareCluster();
    process.stdout.write(`Schakel: de ingebouwde database staat klaar (${relative(process.cwd(), file)}).\n`);
  } catch (err) {
    process.stdout.write(
      `Schakel: de ingebouwde database kon niet vooraf worden klaargezet (${err.message}); de eerste start duurt daardoor wat langer.\n`,
    );
  }
}

/** Runs the warm-up again in a Node started with `npm start`'s options (package.json). */
async function warmForNpmStart() {
  const { readFile } = await import('node:fs/promises');
  const { execFile } = await import('node:child_process');
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
  // The command after `exec` (before it, the PATH for cmd.exe): node, its options, the script.
  const words = pkg.scripts.start.split('exec ').pop().split(/\s+/);
  const options = words.slice(1, words.indexOf('bin/schakel.mjs'));
  if (options.length === 0) return;
  const script = new URL('./warm-compile-cache.mjs', import.meta.url).pathname;
  await new Promise((resolve, reject) =>
    execFile(process.execPath, [...options, script], (err) => (err ? reject(err) : resolve())),
  );
}
