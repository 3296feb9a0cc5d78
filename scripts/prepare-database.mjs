// Runs after `npm ci` (postinstall): prepares the embedded database's first cluster, so that the
// first `npm start` unpacks it instead of running initdb (src/store/prepared-cluster.ts), and
// compiles Schakel's modules once into Node's compile cache. Plain JavaScript that never fails
// the install: on a Node.js too old for Schakel, or on any error, it says so and the first start
// only takes longer.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stdout.write(
    `Schakel: de ingebouwde database wordt bij de eerste start klaargezet (Node.js ${process.version}).\n`,
  );
} else {
  try {
    // The same compile cache as bin/schakel.mjs, filled here by loading Schakel's modules once:
    // what `schakel start` loads, including the platforms it loads only when configured.
    const { enableCompileCache } = await import('node:module');
    enableCompileCache?.(new URL('../node_modules/.cache/schakel/compile', import.meta.url).pathname);
    await import('../src/cli/main.ts');
    await import('../src/cli/commands/start.ts');
    await import('../adapters/main.ts');
    await import('../adapters/teams/platform.ts');
    await import('../adapters/slack/platform.ts');
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
