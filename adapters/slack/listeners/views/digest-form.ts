import type { App } from '@slack/bolt';
import type { Logger } from '../../../../src/logger.ts';
import type { DigestReview } from '../../../../src/ports/digest-review.ts';
import { registerModalForm } from '../../forms/modal-form-view.ts';

/**
 * The digest review modals (text, sections left out), submitted: the draft changes and the modal
 * shows the new preview, or a refused text stays beside the field and nothing is stored.
 */
export function registerDigestForms(app: App, digestReview: DigestReview, logger: Logger): void {
  registerModalForm(
    app,
    /^samenvatting-(tekst|onderdelen)$/,
    { submit: digestReview.submitDigestForm, formFor: digestReview.digestFormFor },
    logger,
  );
}
