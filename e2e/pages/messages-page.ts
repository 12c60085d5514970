import { type Page } from '@playwright/test';

/** A topic's Messages tab. */
export class MessagesPage {
  constructor(readonly page: Page) {}

  async goto(topic: string, query = '') {
    await this.page.goto(`/topics/${topic}?tab=messages${query ? `&${query}` : ''}`);
    // The first read is on the page before its controls answer (made by the server): wait for them.
    await this.page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  }
  get list() {
    return this.page.getByTestId('messages-list');
  }
  get rows() {
    return this.page.getByTestId('message-row');
  }
  get status() {
    return this.page.getByTestId('viewer-status');
  }
  get controls() {
    return this.page.getByRole('form', { name: 'Where to read' });
  }
  async read() {
    await this.controls.getByRole('button', { name: 'Read' }).click();
  }
}
