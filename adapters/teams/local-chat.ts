import { DevtoolsPlugin } from '@microsoft/teams.dev';

/**
 * The local chat: the Teams SDK's devtools, a browser chat that renders Adaptive
 * Cards and emulates the Teams connector, offline. The SDK's plugin does not close
 * its own server when the app stops; this does, so shutdown leaves nothing open.
 */
export class LocalChatPlugin extends DevtoolsPlugin {
  onStop(): Promise<void> {
    for (const socket of this.ws.clients) socket.terminate();
    this.ws.close();
    return new Promise((resolve) => {
      this.http.close(() => resolve());
      this.http.closeAllConnections();
    });
  }
}
