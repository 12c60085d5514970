import { type Page } from '@playwright/test';

/** A topic's Messages tab. */
export class MessagesPage {
  constructor(readonly page: Page) {}

  async goto(topic: string, query = '') {
    await this.page.goto(`/topics/${topic}?tab=messages${query ? `&${query}` : ''}`);
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
