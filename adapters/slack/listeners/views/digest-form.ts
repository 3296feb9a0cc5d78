import type { App } from '@slack/bolt';
import type { Core } from '../../../../src/core.ts';
import type { Logger } from '../../../../src/logger.ts';
import { registerModalForm } from '../../forms/modal-form-view.ts';

/**
 * The digest review modals (text, sections left out), submitted: the draft changes and the modal
 * shows the new preview, or a refused text stays beside the field and nothing is stored.
 */
export function registerDigestForms(app: App, core: Core, logger: Logger): void {
  registerModalForm(
    app,
    /^samenvatting-(tekst|onderdelen)$/,
    { submit: core.submitDigestForm, formFor: core.digestFormFor },
    logger,
  );
}
