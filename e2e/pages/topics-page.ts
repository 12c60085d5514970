import { expect, type Page } from '@playwright/test';

export class TopicsPage {
  constructor(readonly page: Page) {}

  async goto(query = '') {
    await this.page.goto(`/topics${query}`);
    await expect(this.page.getByRole('heading', { name: 'Topics' })).toBeVisible();
  }
  get table() {
    return this.page.getByTestId('topics-table');
  }
  row(name: string) {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }
  config(name: string) {
    return this.page.getByTestId(`config-${name}`);
  }
  async search(text: string) {
    await this.page.getByRole('searchbox', { name: 'Search topics' }).fill(text);
  }
  async create(name: string, { partitions, retention }: { partitions: number; retention?: string }) {
    await this.page.getByRole('button', { name: 'Create topic' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Create topic' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Partitions').fill(String(partitions));
    await dialog.getByLabel('Replication factor').fill('1');
    if (retention) await dialog.getByLabel('Retention').selectOption({ label: retention });
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  }
}
