import type { App } from '@slack/bolt';
import type { Logger } from '../../../../src/logger.ts';
import type { FormSubmissions } from '../../../../src/ports/form-submissions.ts';
import { registerModalForm } from '../../forms/modal-form-view.ts';

/** The projectleider's series and single-meeting forms, submitted. */
export function registerSeriesForms(app: App, forms: FormSubmissions, logger: Logger): void {
  registerModalForm(
    app,
    /^(reeks|bijeenkomst)$/,
    { submit: forms.submitForm, formFor: forms.formFor },
    logger,
  );
}
