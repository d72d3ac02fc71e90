// Opens the interactive API page in headless Chromium the way a developer would: finds the catalog operations,
// signs in on the Authorize dialog with an account's email and password (the OAuth 2.0 password flow against
// /connect/token), executes a protected request and reads its response.
//
//   BASE_URL=http://127.0.0.1:5080 EMAIL=ada@example.com PASSWORD='a long enough secret' node api-page.mjs
//
// CHROMIUM (default /usr/bin/chromium) names the browser; SCREENSHOT, if set, receives a picture on failure.
import { chromium } from 'playwright-core';

const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:5080';
const email = process.env.EMAIL;
const password = process.env.PASSWORD;
if (!email || !password) {
  console.error('EMAIL and PASSWORD are required');
  process.exit(2);
}

const step = (name) => console.log(`step: ${name}`);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  // This machine's network is closed: keep Chromium from calling home at every start.
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage();
page.setDefaultTimeout(20_000);
try {
  step('open the page');
  await page.goto(`${baseUrl}/docs/index.html`);
  await page.locator('.swagger-ui .info .title', { hasText: 'Commerce API' }).waitFor();

  step('see the catalog operations');
  for (const operation of ['ListProducts', 'GetProduct', 'CreateProduct', 'ListCategories']) {
    await page.locator(`#operations-Catalog-${operation}`).waitFor();
  }

  step('sign in with email and password');
  await page.locator('.auth-wrapper button.authorize').click();
  const dialog = page.locator('.modal-ux');
  const signIn = dialog.locator('.auth-container', { hasText: 'SignIn (OAuth2, password)' });
  await signIn.locator('#oauth_username').fill(email);
  await signIn.locator('#oauth_password').fill(password);
  await signIn.locator('#password_type').selectOption('request-body'); // a public client: its id in the body, no secret
  await signIn.locator('.auth-btn-wrapper button.authorize').click();
  await signIn.locator('.auth-btn-wrapper button', { hasText: 'Logout' }).waitFor(); // shown once the token came back
  await dialog.locator('button.close-modal').click();

  step('execute a request that needs the sign-in');
  const operation = page.locator('#operations-Users-GetMyAccount');
  await operation.locator('.opblock-summary').click();
  await operation.locator('button.try-out__btn').click();
  await operation.locator('button.execute').click();

  step('see the response');
  const response = operation.locator('.live-responses-table .response').first();
  await response.locator('.response-col_status', { hasText: '200' }).waitFor();
  const body = await response.locator('.response-col_description').innerText();
  if (!body.includes(`"email": "${email}"`)) {
    throw new Error(`the response does not show the account of ${email}:\n${body}`);
  }

  console.log('ok: the page listed the catalog, signed in at /connect/token, executed GET /api/v1/users/me and showed 200');
} catch (error) {
  if (process.env.SCREENSHOT) {
    await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true }).catch(() => {});
  }
  console.error(`failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
