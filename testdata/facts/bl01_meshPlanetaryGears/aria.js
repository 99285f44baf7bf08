// Dump the page's ARIA snapshot (playwright-core + Debian chromium).
const { chromium } = require('playwright-core');
const path = require('path');
const fs = require('fs');
(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  await page.goto('file://' + path.resolve(process.argv[2] || 'meshPlanetaryGears.html'));
  const snap = await page.locator('body').ariaSnapshot();
  fs.writeFileSync(process.argv[3] || 'page.aria.yaml', snap);
  await browser.close();
})();
