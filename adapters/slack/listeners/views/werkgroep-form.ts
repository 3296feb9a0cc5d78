import type { App } from '@slack/bolt';
import type { Core } from '../../../../src/core.ts';
import type { Logger } from '../../../../src/logger.ts';
import { registerModalForm } from '../../forms/modal-form-view.ts';

/** The projectleider's set-up form of a new werkgroep, submitted. */
export function registerWerkgroepForm(app: App, core: Core, logger: Logger): void {
  registerModalForm(app, /^werkgroep$/, { submit: core.submitForm, formFor: core.formFor }, logger);
}
