// Opens the interactive API page in headless Chromium the way a developer would: finds the catalog operations,
// authorizes with a bearer token, executes a protected request and reads its response.
//
//   BASE_URL=http://127.0.0.1:5080 TOKEN=<jwt> USER_NAME=alice node api-page.mjs
//
// CHROMIUM (default /usr/bin/chromium) names the browser; SCREENSHOT, if set, receives a picture on failure.
import { chromium } from 'playwright-core';

const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:5080';
const token = process.env.TOKEN;
const userName = process.env.USER_NAME;
if (!token || !userName) {
  console.error('TOKEN and USER_NAME are required');
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

  step('authorize with the token');
  await page.locator('.auth-wrapper button.authorize').click();
  const dialog = page.locator('.modal-ux');
  await dialog.locator('input').first().fill(token);
  await dialog.locator('.auth-btn-wrapper button.authorize').click();
  await dialog.locator('.auth-btn-wrapper button.btn-done').click();

  step('execute a request that needs the token');
  const operation = page.locator('#operations-Basket-GetBasket');
  await operation.locator('.opblock-summary').click();
  await operation.locator('button.try-out__btn').click();
  await operation.locator('tr[data-param-name="userName"] input').fill(userName);
  await operation.locator('button.execute').click();

  step('see the response');
  const response = operation.locator('.live-responses-table .response').first();
  await response.locator('.response-col_status', { hasText: '200' }).waitFor();
  const body = await response.locator('.response-col_description').innerText();
  if (!body.includes(`"userName": "${userName}"`)) {
    throw new Error(`the response does not show the basket of ${userName}:\n${body}`);
  }

  console.log('ok: the page listed the catalog, authorized, executed GET /api/v1/baskets/{userName} and showed 200');
} catch (error) {
  if (process.env.SCREENSHOT) {
    await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true }).catch(() => {});
  }
  console.error(`failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
