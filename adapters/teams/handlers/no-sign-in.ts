import type { App } from '@microsoft/teams.apps';

/**
 * Schakel asks no one to sign in (no SSO, no OAuth card): the SDK's own answers to Teams' sign-in
 * invokes would trade a token at the Bot Framework token service, for nothing, and log its failure
 * as errors. They are answered here instead, at once and quietly: 200, nothing to add.
 */
export function registerNoSignIn(app: App): void {
  for (const route of ['signin.token-exchange', 'signin.verify-state', 'signin.failure'] as const) {
    app.on(route, async () => ({ status: 200 }));
  }
}
