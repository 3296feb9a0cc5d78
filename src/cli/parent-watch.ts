/**
 * Under `npm start` Schakel runs in a shell that npm started. A supervisor (or `timeout`) that stops
 * npm sends SIGTERM to npm, npm passes it to the shell, and a shell such as dash ends without passing
 * it on: Schakel would run on, an orphan holding its port. So when npm started it, Schakel stops once
 * its parent is gone (its parent process id changes). Not otherwise: `nohup node bin/schakel.mjs start
 * &` must outlive the terminal. No `exec` in the npm script (Windows' cmd.exe does not know it). On
 * Windows a process's parent id never changes, so there this watch finds nothing; stop Schakel
 * itself there (Ctrl-C reaches it), as a service manager does.
 */
export function parentGone(env: NodeJS.ProcessEnv, everyMs = 1000): Promise<string> | null {
  if (env.npm_lifecycle_event === undefined) return null;
  const parent = process.ppid;
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (process.ppid === parent) return;
      clearInterval(timer);
      resolve('npm is gestopt');
    }, everyMs);
    timer.unref();
  });
}
