import { type AckFn, type App, SocketModeReceiver } from '@slack/bolt';

/**
 * Bolt's Socket Mode receiver, telling (as GatedReceiver does over HTTP) whether a request was
 * acknowledged: each event's ack is noted as it is called. Without it Schakel could not tell a
 * button no listener took from one a listener answered, and left an old button unanswered.
 */
export class AckTrackingSocketModeReceiver extends SocketModeReceiver {
  private readonly acks = new WeakMap<AckFn<unknown>, { done: boolean }>();

  override init(app: App): void {
    // The receiver only hands events to the App: the App's own processEvent, with the ack noted.
    const processEvent: App['processEvent'] = (event) => {
      const state = { done: false };
      const ack: AckFn<unknown> = (response) => {
        state.done = true;
        return event.ack(response);
      };
      this.acks.set(ack, state);
      return app.processEvent({ ...event, ack });
    };
    super.init({ processEvent } as App);
  }

  /** Whether the request of this ack function has been answered. */
  acknowledged(ack: unknown): boolean {
    return this.acks.get(ack as AckFn<unknown>)?.done === true;
  }
}
