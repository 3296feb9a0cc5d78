import type { App } from '@slack/bolt';
import type { Core } from '../../../../src/core.ts';
import type { Logger } from '../../../../src/logger.ts';
import { registerModalForm } from '../../forms/modal-form-view.ts';

/** The projectleider's series and single-meeting forms, submitted. */
export function registerSeriesForms(app: App, core: Core, logger: Logger): void {
  registerModalForm(app, /^(reeks|bijeenkomst)$/, { submit: core.submitForm, formFor: core.formFor }, logger);
}
