import { expect, type Page } from '@playwright/test';

export class OverviewPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/');
  }
  get banner() {
    return this.page.getByTestId('connection-banner');
  }
  get brokersTable() {
    return this.page.getByTestId('brokers-table');
  }
  stat(name: string) {
    return this.page.getByTestId(`stat-${name}`);
  }
  async expectBroker(address: string) {
    await expect(this.brokersTable.getByRole('cell', { name: address })).toBeVisible();
  }
  /** Switch theme with the sidebar toggle, as a user would; its label names the other theme. */
  async setTheme(theme: 'light' | 'dark') {
    const html = this.page.locator('html');
    const isDark = ((await html.getAttribute('class')) ?? '').includes('dark');
    if (isDark !== (theme === 'dark'))
      await this.page.getByRole('button', { name: `${theme === 'dark' ? 'Dark' : 'Light'} theme` }).click();
    await expect(html).toHaveClass(new RegExp(theme));
    const other = theme === 'dark' ? 'Light theme' : 'Dark theme';
    await expect(this.page.getByRole('button', { name: other })).toBeVisible();
  }
}
