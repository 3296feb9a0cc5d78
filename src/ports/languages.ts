import type { Member, PlatformUser } from '../domain/members.ts';
import type { Locale } from '../messages/locale.ts';

/** A member with their stored language, as a request reads them first (src/store/members-repo.ts). */
export interface MemberRead {
  readonly member: Member;
  readonly locale: { readonly locale: Locale | null; readonly chosen: boolean };
}

/**
 * Which language to speak with a platform user. The adapter asks once per request and runs the
 * request inside `withLocale` with the answer.
 */
export interface Languages {
  /**
   * Runs one request's handling (the language asked first, then everything else): the member
   * read for the language also answers the request's first look-up of who the user is, so the
   * two cost one round trip to the database.
   */
  request<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * Inside `request`: starts reading the user's member now, while the request is still being
   * checked; or keeps `made`, that read made along with the replay claim (one statement).
   */
  readAhead(user: PlatformUser, made?: Promise<MemberRead | null>): void;
  /**
   * The member's own choice (`taal en`) if they made one; else the platform's language tag
   * ("en-US"), remembered on the member for the scheduler; else the one remembered; else Dutch.
   * `platformTag` may be a function: it is called only when nothing is remembered yet (Slack asks
   * its Web API for the user's locale, which costs a call).
   */
  localeFor(
    user: PlatformUser,
    platformTag: string | null | undefined | (() => Promise<string | null | undefined>),
  ): Promise<Locale>;
}
