import { type Page } from '@playwright/test';

/** The produce form, on a topic's Produce tab or the global /produce page. */
export class ProduceForm {
  constructor(readonly page: Page) {}

  get form() {
    return this.page.getByRole('form', { name: /^Produce to / });
  }
  get result() {
    return this.page.getByTestId('produce-result');
  }
  /** Pick how the key or the value is given ("Text", "JSON", "Schema (registry)", ...). */
  async type(side: 'Key' | 'Value', label: string) {
    await this.form
      .getByRole('group', { name: `${side} type` })
      .getByText(label, { exact: true })
      .click();
  }
  async keyText(text: string) {
    await this.form.getByText('Text', { exact: true }).first().click();
    await this.form.getByRole('textbox', { name: 'Key' }).fill(text);
  }
  async jsonValue(text: string) {
    await this.form.getByRole('textbox', { name: 'Value' }).fill(text);
  }
  async header(i: number, name: string, value: string) {
    await this.form.getByRole('button', { name: 'Add header' }).click();
    await this.form.getByRole('textbox', { name: `Header ${i} name` }).fill(name);
    await this.form.getByRole('textbox', { name: `Header ${i} value` }).fill(value);
  }
  async submit() {
    await this.form.getByRole('button', { name: /^Produce / }).click();
  }
}
