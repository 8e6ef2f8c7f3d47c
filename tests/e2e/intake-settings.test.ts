/**
 * E-mail and web form settings in the tab (issue 11, H1), in real Chromium against the real
 * server: an admin gives work orders a support address (an invalid one blocks the save), writes
 * the Danish acknowledgement, saves with If-Match, and sees the web form's address; the API has
 * it all, a reload shows it, and an address another type already has is refused on its field.
 * Needs the built tab: `npm run build -w tab`.
 */
import { BrowserSession, browserSessionForFile, expectText } from '../fixtures/browser';

const TIMEOUT = 120_000;
const ADDRESS = 'service@contoso.example';
const DA_SUBJECT = 'Vi har modtaget din henvendelse {number}';
const DA_BODY = 'Kære {name}\n\nTak for din henvendelse om "{title}". {agent} vender tilbage.';

interface IntakeSettings {
  supportAddress: string | null;
  acknowledgement: { enabled: boolean; templates: Record<'en' | 'da' | 'sv', { subject: string; body: string } | null> };
  replyToClosed: { action: string; reopenWithinDays: number };
}

let session: BrowserSession;
browserSessionForFile((started) => {
  session = started;
});

test('an admin sets a support address and a Danish acknowledgement, and sees the web form\'s address', async () => {
  const astrid = await session.demoUser('astrid@contoso.example');
  const page = await session.signedInPage(astrid);
  await page.goto(`${session.baseUrl}/settings/workorder`);
  const address = page.getByTestId('setting-intake.supportAddress');
  await address.waitFor();
  expect(await address.inputValue()).toBe('');
  expect(await page.getByTestId('webform-url').count()).toBe(0);

  // Not an address: said on the field, and the save is blocked.
  await address.fill('not an address');
  await page.getByText('Enter an e-mail address, e.g. support@example.com, or leave the field empty.').waitFor();
  await page.locator('[data-testid="settings-bar"][data-state="invalid"]').waitFor();
  expect(await page.getByTestId('settings-save').isDisabled()).toBe(true);
  await address.fill(ADDRESS);

  // The Danish text instead of the built-in one; English stays built in.
  await page.getByTestId('ack-language-da').click();
  const builtIn = page.getByTestId('ack-builtin');
  expect(await builtIn.isChecked()).toBe(true);
  await builtIn.click();
  await page.getByTestId('ack-subject').fill('');
  await page.getByTestId('ack-body').fill(DA_BODY);
  await page.locator('[data-testid="settings-bar"][data-state="invalid"]').waitFor();
  await page.getByTestId('ack-subject').fill(DA_SUBJECT);
  await page.getByTestId('reply-to-closed-newCase').click();

  await page.getByTestId('settings-save').click();
  await page.getByTestId('settings-saved').waitFor();
  const tenantId = astrid.tenantId;
  await expectText(page.getByTestId('webform-url'), `${session.baseUrl}/forms/${tenantId}/workorder`);

  const token = await session.tokenOf(astrid);
  const saved = await session.getJson<{ settings: { intake: IntakeSettings } }>('/api/settings/workorder', { headers: { authorization: `Bearer ${token}` } });
  expect(saved.settings.intake.supportAddress).toBe(ADDRESS);
  expect(saved.settings.intake.acknowledgement.templates).toEqual({ en: null, da: { subject: DA_SUBJECT, body: DA_BODY }, sv: null });
  expect(saved.settings.intake.replyToClosed.action).toBe('newCase');

  // A reload shows what was saved.
  await page.reload();
  await address.waitFor();
  expect(await address.inputValue()).toBe(ADDRESS);
  await page.getByTestId('ack-language-da').click();
  expect(await page.getByTestId('ack-subject').inputValue()).toBe(DA_SUBJECT);
  await page.getByTestId('ack-language-en').click();
  expect(await page.getByTestId('ack-builtin').isChecked()).toBe(true);
  await page.context().close();
}, TIMEOUT);

test('an address another record type has is refused on the address field', async () => {
  const astrid = await session.demoUser('astrid@contoso.example');
  const page = await session.signedInPage(astrid);
  // Cases of the demo tenant have support@contoso.example.
  await page.goto(`${session.baseUrl}/settings/workorder`);
  const address = page.getByTestId('setting-intake.supportAddress');
  await address.waitFor();
  await address.fill('support@contoso.example');
  await page.getByTestId('settings-save').click();
  await page.locator('[data-testid="settings-bar"][data-state="error"]').waitFor();
  // The service's word appears under the field (Fluent's validation message of that field).
  const field = page.locator('.fui-Field').filter({ has: address });
  await field.locator('.fui-Field__validationMessage').waitFor();
  expect(await address.getAttribute('aria-invalid')).toBe('true');
  await page.context().close();
}, TIMEOUT);
