// Loads what `schakel start` loads (including the platforms it loads only when configured) with
// Node's compile cache on, the same cache as bin/schakel.mjs. Node keeps one cache per set of V8
// flags: run by the postinstall step once as it is, for `npx schakel start`, and once with
// `npm start`'s Node options (--liftoff-only), for `npm start`.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.(new URL('../node_modules/.cache/schakel/compile', import.meta.url).pathname);
await import('../src/cli/main.ts');
await import('../src/cli/commands/start.ts');
await import('../adapters/main.ts');
await import('../adapters/teams/platform.ts');
await import('../adapters/slack/platform.ts');
(await import('../src/privacy/phone.ts')).loadPhoneLibrary();
