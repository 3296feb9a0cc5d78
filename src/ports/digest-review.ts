import type { DigestPlace } from '../digest/publish.ts';
import type { Member, PlatformUser } from '../domain/members.ts';
import type { DigestAction } from '../messages/digest-messages.ts';
import type { Message } from '../messages/model.ts';
import type { SystemActor } from '../store/audit-repo.ts';

/** The projectleider's review of the stuurgroep digest: the draft and its buttons (its forms go through FormSubmissions). */
export interface DigestReview {
  /**
   * The draft of a period, made or refreshed from today's data (`samenvatting`); `doneBy` when
   * Schakel itself asks for it (the demo set-up), on the member's authority.
   */
  digestDraft(
    member: Member | null,
    place: DigestPlace,
    periodLabel: string | null,
    doneBy?: SystemActor,
  ): Promise<Message>;
  /**
   * A review button: publish now, or the form to edit the text or leave sections out; `doneBy`
   * when Schakel itself presses it (the demo set-up).
   */
  digestAction(
    user: PlatformUser,
    action: DigestAction,
    value: string,
    doneBy?: SystemActor,
  ): Promise<Message>;
}
