@rem npm start on Windows: cmd.exe, which runs npm's scripts there, knows no "exec". The start script
@rem (package.json) puts this folder first on the PATH and then says "exec node ... start ARGS", which
@rem sh runs as its own exec (npm's signals then reach Schakel itself) and cmd.exe runs as this file:
@rem the command after "exec", with the arguments npm appended (npm start -- --en), as it is.
@%*
