import { createServer, type Server } from 'node:net';

/**
 * A stand-in PostgreSQL server that answers every connection's startup with one FATAL error, as a
 * real server does for a database or role that does not exist: enough to see what Schakel tells
 * the operator, without a server of its own. `code` is the SQLSTATE, `message` pg's English text.
 */
export async function refusingPostgres(
  code: string,
  message: string,
): Promise<{ port: number; close: () => Promise<void> }> {
  const server: Server = createServer((socket) => {
    socket.once('data', () => {
      const fields = Buffer.concat([
        field('S', 'FATAL'),
        field('V', 'FATAL'),
        field('C', code),
        field('M', message),
        Buffer.from([0]),
      ]);
      const length = Buffer.alloc(4);
      length.writeInt32BE(fields.length + 4);
      socket.end(Buffer.concat([Buffer.from('E'), length, fields]));
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function field(type: string, value: string): Buffer {
  return Buffer.concat([Buffer.from(type), Buffer.from(value, 'utf8'), Buffer.from([0])]);
}
