import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { TEST_REGISTRY_URL } from '../test/registry.mjs';
import { docShot } from './fixtures/shots';
import { OverviewPage } from './pages/overview-page';

// The /schemas pages as an editor uses them (login is off in this project, so every change is allowed):
// a draft checked against the compatibility level, registered, compared with the version before, and a
// version deleted. Every change is read back from the registry's own REST API.

const HEADERS = { 'content-type': 'application/vnd.schemaregistry.v1+json' };
const record = (...fields: object[]) =>
  JSON.stringify({ type: 'record', name: 'Invoice', namespace: 'e2e', fields }, null, 2);
const ID = { name: 'id', type: 'long' };

async function versions(request: APIRequestContext, subject: string, deleted = false) {
  const r = await request.get(
    `${TEST_REGISTRY_URL}/subjects/${subject}/versions${deleted ? '?deleted=true' : ''}`,
  );
  return r.ok() ? ((await r.json()) as number[]) : r.status();
}

/** Replace the text of the draft's CodeMirror editor. */
async function typeSchema(page: Page, text: string) {
  const editor = page.getByRole('textbox', { name: 'Schema', exact: true });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await editor.fill(text);
}

test('a new version: checked against the level, refused when it breaks it, registered, diffed, and v1 soft-deleted (screenshots)', async ({
  page,
  request,
}) => {
  const subject = `e2e.invoices-${Date.now()}-value`;
  const v1 = await request.post(`${TEST_REGISTRY_URL}/subjects/${subject}/versions`, {
    headers: HEADERS,
    data: { schema: record(ID) },
  });
  expect(v1.ok()).toBe(true);

  await page.goto(`/schemas/${subject}`);
  await expect(page.getByTestId('schema-text')).toContainText('"name": "id"');
  await page.getByLabel('Subject compatibility level').selectOption('BACKWARD');
  await expect
    .poll(
      async () =>
        (await (await request.get(`${TEST_REGISTRY_URL}/config/${subject}`)).json()).compatibilityLevel,
    )
    .toBe('BACKWARD');

  await page.getByRole('button', { name: 'New version' }).click();
  const draft = page.getByRole('form', { name: `New version of ${subject}` });
  // A required field without a default breaks BACKWARD: the check says so and so does the registry.
  await typeSchema(page, record(ID, { name: 'due', type: 'string' }));
  await draft.getByRole('button', { name: 'Check compatibility' }).click();
  await expect(draft.getByTestId('compatibility-result')).toContainText('Not compatible (BACKWARD)');
  await draft.getByRole('button', { name: 'Register' }).click();
  await expect(draft.getByRole('alert')).toBeVisible();
  expect(await versions(request, subject)).toEqual([1]);

  await typeSchema(page, record(ID, { name: 'due', type: 'string', default: '' }));
  await draft.getByRole('button', { name: 'Check compatibility' }).click();
  await expect(draft.getByTestId('compatibility-result')).toContainText('Compatible (BACKWARD)');
  const theme = new OverviewPage(page);
  await theme.setTheme('dark');
  await docShot(page, 'schema-draft-dark-1280.png', { fullPage: true });
  await theme.setTheme('light');
  await draft.getByRole('button', { name: 'Register' }).click();
  await expect(page).toHaveURL(/version=2/);
  await expect(draft).toBeHidden();
  expect(await versions(request, subject)).toEqual([1, 2]);

  await page.getByLabel('Compare with').selectOption('1');
  const diff = page.getByTestId('schema-diff');
  await expect(diff.locator('[data-change="+"]')).toContainText(['"name": "due"']);
  await expect(page.getByText('v1 → v2:')).toBeVisible();
  await docShot(page, 'schema-diff-light-1280.png', { fullPage: true });
  await theme.setTheme('dark');
  await page.setViewportSize({ width: 390, height: 844 });
  await docShot(page, 'schema-diff-dark-390.png', { fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await theme.setTheme('light');

  // Soft delete of v1: gone from the registry's live versions, still shown here, marked.
  await page.getByLabel('Compare with').selectOption('');
  await page.getByLabel(/^Version/).selectOption('1');
  await page.getByRole('button', { name: 'Delete v1' }).click();
  await page.getByRole('textbox', { name: 'Subject name to confirm' }).fill(subject);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect.poll(() => versions(request, subject)).toEqual([2]);
  expect(await versions(request, subject, true)).toEqual([1, 2]);
  await page.getByLabel(/^Version/).selectOption('1');
  await expect(page.getByText('v1 is soft-deleted')).toBeVisible();
});

test('a new subject from the list: registered, then opened', async ({ page, request }) => {
  const subject = `e2e.fresh-${Date.now()}-value`;
  await page.goto('/schemas');
  await page.getByRole('button', { name: 'New subject' }).click();
  const draft = page.getByRole('form', { name: 'New subject' });
  await draft.getByLabel('Subject').fill(subject);
  await draft.getByRole('button', { name: 'Register' }).click();
  await expect(page).toHaveURL(new RegExp(`/schemas/${subject.replaceAll('.', '\\.')}$`));
  await expect(page.getByTestId('schema-text')).toContainText('"name": "Example"');
  expect(await versions(request, subject)).toEqual([1]);
});
