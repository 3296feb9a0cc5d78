/** At most this long after it was asked for, work held back for the acks goes ahead anyway. */
const MAX_HOLD_MS = 2_000;

/**
 * Work that may wait until the requests being answered now have their ack: fifty members
 * sending the check-in at once get their modals closed first, and their confirmations (a DM
 * each, no deadline) right after, instead of the DMs taking the event loop from the acks Slack
 * waits three seconds for. Under steady load nothing waits longer than MAX_HOLD_MS.
 */
export type AfterAcks = ReturnType<typeof afterAcks>;

export function afterAcks() {
  let open = 0;
  const held: Array<() => void> = [];
  let timer: NodeJS.Timeout | undefined;
  const release = () => {
    clearTimeout(timer);
    timer = undefined;
    for (const run of held.splice(0)) run();
  };
  return {
    /** A request is being handled; `done` once its ack went out (or it failed). */
    begin(): () => void {
      open++;
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        open--;
        // The other acks of this burst go out in this turn of the event loop or the next.
        if (open === 0) setImmediate(() => open === 0 && release());
      };
    },
    /** Runs `work` once no request is waiting for its ack (or after MAX_HOLD_MS). */
    later(work: () => void): void {
      if (open === 0) {
        work();
        return;
      }
      held.push(work);
      timer ??= setTimeout(release, MAX_HOLD_MS);
    },
  };
}
