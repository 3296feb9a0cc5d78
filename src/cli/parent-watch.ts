/**
 * Under `npm start` Schakel is npm's own child: the start script begins with `exec`, so the shell
 * npm runs it in (`sh -c`; dash forks for a command, and holds a SIGINT it gets until that command
 * ends) becomes Schakel, and the SIGINT or SIGTERM npm passes on reaches Schakel itself. Only npm
 * can then end without a word (killed outright: SIGKILL, as a process manager does that waited long
 * enough, or a crash), leaving Schakel an orphan holding its port. So when npm started it, Schakel
 * stops once its parent is gone (its parent process id changes). Not otherwise: `nohup node
 * bin/schakel.mjs start &` must outlive the terminal. Windows' cmd.exe knows no `exec`: there the
 * script's `|| node …` starts Schakel after cmd's one line that it does not know `exec`, and
 * Ctrl-C reaches every process of the console. A process's parent id never changes on Windows, so
 * there this watch finds nothing.
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
