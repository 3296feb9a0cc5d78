import type { Page } from 'playwright-core';

/**
 * A card with one required date field on the local chat's page, drawn by its own renderer
 * (cards.js), with the id `proefkaart`: what it sends is in `window.sent` (the last) and
 * `window.sends` (all). In the conversation, or `beside` it (moving the time redraws the conversation).
 */
export function showDateCard(page: Page, where: 'conversation' | 'beside' = 'conversation'): Promise<void> {
  return page.evaluate(`(async () => {
    const { renderCard } = await import('/cards.js');
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'Input.Date', id: 'datum', label: 'Datum', isRequired: true }],
      actions: [{ type: 'Action.Submit', title: 'Opslaan', data: {} }],
    };
    window.sent = undefined;
    window.sends = [];
    const el = renderCard(card, (_verb, data) => { window.sent = data; window.sends.push(data); });
    el.id = 'proefkaart';
    document.querySelector('#proefkaart')?.remove();
    if (${JSON.stringify(where)} === 'beside') document.body.prepend(el);
    else document.querySelector('#berichten').replaceChildren(el);
  })()`);
}

/** What the card of showDateCard sent, every time. */
export const dateCardSends = (page: Page): Promise<unknown[]> => page.evaluate('window.sends');
