import { expect, type Page } from '@playwright/test';

export class GroupsPage {
  constructor(readonly page: Page) {}

  async goto(query = '') {
    await this.page.goto(`/groups${query}`);
    await expect(this.page.getByRole('heading', { name: 'Consumer groups' })).toBeVisible();
  }
  get table() {
    return this.page.getByTestId('groups-table');
  }
  row(id: string) {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: id, exact: true }) });
  }
  /** The plotted lines of the lag chart (recharts draws each line as an SVG path). */
  get chartLines() {
    return this.page.getByTestId('lag-chart').locator('path.recharts-curve');
  }
  async resetTo(target: string, { topic }: { topic?: string } = {}) {
    await this.page.getByRole('button', { name: 'Reset offsets' }).click();
    const dialog = this.page.getByRole('dialog');
    if (topic) await dialog.getByLabel('Topics').selectOption(topic);
    await dialog.getByLabel('Reset to').selectOption(target);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    return dialog;
  }
}
