import type { Conversations } from './conversations.ts';
import type { Deliveries } from './deliveries.ts';
import type { DigestReview } from './digest-review.ts';
import type { FormSubmissions } from './form-submissions.ts';
import type { Home } from './home.ts';
import type { Languages } from './languages.ts';
import type { PublicFiles } from './public-files.ts';
import type { RequestClaims } from './request-claims.ts';
import type { TextCommands } from './text-commands.ts';
import type { WerkgroepRhythm } from './werkgroep-rhythm.ts';

/**
 * Everything the adapters may call, as named ports: each adapter takes only the port it needs
 * (`core.forms`, `core.conversations`, …). The ports are fields, not merged members, so two ports
 * can never shadow each other's methods.
 */
export interface Core {
  readonly textCommands: TextCommands;
  readonly forms: FormSubmissions;
  readonly digestReview: DigestReview;
  readonly conversations: Conversations;
  readonly home: Home;
  readonly languages: Languages;
  readonly requestClaims: RequestClaims;
  readonly publicFiles: PublicFiles;
  readonly deliveries: Deliveries;
  readonly rhythm: WerkgroepRhythm;
}
