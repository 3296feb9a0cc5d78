/**
 * The command that puts a cancelled meeting back on its own day and time, as typed where the
 * projectleider is (`prefix`: '/schakel ' in Slack): `verplaats <datum> naar <datum>`.
 */
export function putBack(prefix: string, originalStart: string): string {
  const day = originalStart.slice(0, 10);
  return `${prefix}verplaats ${day} naar ${day}`;
}
