#!/usr/bin/env node
// Plain JavaScript on purpose: it must run on any Node.js to say clearly when that one is too old.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `Schakel heeft Node.js 22.18 of nieuwer nodig; dit is ${process.version}. ` +
      'Gebruik "npm start" (dat neemt de Node.js uit de projectmap) of installeer een nieuwere Node.js.\n' +
      `Schakel needs Node.js 22.18 or newer; this is ${process.version}. ` +
      'Use "npm start" (it runs the Node.js installed in the project) or install a newer Node.js.',
  );
  process.exit(1);
}
// Node keeps the compiled form of Schakel's modules on disk: a second start skips most of the
// compiling (and the stripping of TypeScript types), about half of the start-up on a small machine.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.(new URL('../node_modules/.cache/schakel/compile', import.meta.url).pathname);
// `--dotenv=FILE`: the variables in FILE, as Node's --env-file reads them (a variable already in
// the environment wins, even an empty one); FILE must be there. Without the flag every command
// reads .env in the current folder when it is there, silently when it is not (the install guides
// put the settings there and then run `schakel doctor`; a fresh clone has none); an empty
// `--dotenv=` reads no file. Not named like Node's flag: Node reads
// that one from every argument, also those after the script.
const ENV_FILE = '--dotenv=';
const { existsSync } = await import('node:fs');
const args = process.argv.slice(2).filter((arg) => !arg.startsWith(ENV_FILE));
const named = process.argv.slice(2).filter((a) => a.startsWith(ENV_FILE));
const envFiles = named.length > 0 ? named.map((a) => a.slice(ENV_FILE.length)) : ['.env'];
// The language main() speaks (--en, or LC_ALL / LC_MESSAGES / LANG=en…), so that a file problem
// reads as one answer in it.
const { speaksEnglish } = await import('../src/cli/terminal-language.ts');
const english = speaksEnglish(args, process.env);
/** One line from the command line's catalogue (nl-cli-arguments.ts) on stderr, and exit 1. */
async function refuse(pick) {
  const { words } = await import('../src/messages/catalogue/words.ts');
  console.error(pick(words(english ? 'en' : 'nl').cli.arguments));
  process.exit(1);
}
for (const file of envFiles.filter((f) => f !== '')) {
  try {
    process.loadEnvFile(file);
  } catch (err) {
    // Node says ENOENT also for a file it may not read: only a file that is not there is skipped,
    // and only the default .env; a file the operator named and mistyped must not pass in silence.
    if (err.code === 'ENOENT' && !existsSync(file)) {
      if (named.length === 0) continue;
      await refuse((w) => w.envFileMissing(file));
    }
    // Node's ENOENT for a file that is there means it may not be read: said as that, with what
    // to do about a permission (not to rewrite or remove the file).
    if (['ENOENT', 'EACCES', 'EPERM'].includes(err.code)) await refuse((w) => w.envFileNotAllowed(file));
    // Any other system error's code helps whoever looks it up; Node's own (ERR_…) would not.
    const known = err.code;
    const code = typeof known === 'string' && !known.startsWith('ERR_') ? ` (${known})` : '';
    await refuse((w) => w.envFileUnreadable(file, code));
  }
}
// `schakel doctor | head -3` (or `2>&1 | head -3`): the reader has gone. What is left to say is dropped (a stream that
// failed takes no more writes and raises no more errors) and the command finishes its work, closes
// the database and ends with its own exit code, as if its output had been read.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code !== 'EPIPE') throw err;
  });
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(args, {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
// `start` has stopped and said so. What an SDK still has going (Slack's auth.test retrying for
// minutes when Slack cannot be reached) must not keep the process alive past its stop: a supervisor
// waits for the exit. Unref'd, so a process with nothing left ends at once as before.
if (args[0] === 'start') setTimeout(() => process.exit(), 2000).unref();
