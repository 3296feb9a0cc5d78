/**
 * The URL by which this machine reaches a server listening on `address`: an IPv6 address in
 * brackets (`http://[::1]:3978`, never `http://::1:3978`), and for every address (`0.0.0.0`,
 * `::`) a name of this machine, `anyName`, since no browser can open `http://[::]:3978`.
 */
export function localUrl(address: string, port: number, anyName = 'localhost'): string {
  const host =
    address === '0.0.0.0' || address === '::' ? anyName : address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${port}`;
}
