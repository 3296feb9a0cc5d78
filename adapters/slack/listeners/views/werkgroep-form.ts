import type { App } from '@slack/bolt';
import type { Logger } from '../../../../src/logger.ts';
import type { FormSubmissions } from '../../../../src/ports/form-submissions.ts';
import { registerModalForm } from '../../forms/modal-form-view.ts';

/** The projectleider's set-up form of a new werkgroep, submitted. */
export function registerWerkgroepForm(app: App, forms: FormSubmissions, logger: Logger): void {
  registerModalForm(app, /^werkgroep$/, { submit: forms.submitForm, formFor: forms.formFor }, logger);
}
