/**
 * What every Adaptive Card Schakel sends starts with: the type, schema and version (1.5, what
 * Teams shows on desktop and mobile), the body, and actions only when there are any.
 */
export function adaptiveCard<B, A>(body: B[], actions: A[]) {
  return {
    type: 'AdaptiveCard' as const,
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5' as const,
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}
