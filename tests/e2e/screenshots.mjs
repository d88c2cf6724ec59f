// Captures pages in Polish and English at laptop and narrow widths into target/screenshots/,
// for a person to look at (not a test). Usage: node tests/e2e/screenshots.mjs [path ...]
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { startServer } from './server.mjs';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/stan'];
const server = await startServer({ root: 'dist' });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
await mkdir('target/screenshots', { recursive: true });
for (const [lang, width] of [['pl', 1280], ['en', 1280], ['pl', 390], ['en', 390]]) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'pl-PL' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${server.url}/`);
  await page.evaluate((l) => localStorage.setItem('kartoteka.locale', JSON.stringify(l)), lang);
  for (const path of paths) {
    await page.goto(`${server.url}${path}`);
    await page.waitForTimeout(1500);
    const name = `target/screenshots/${path.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'root'}-${lang}-${width}.png`;
    await page.screenshot({ path: name, fullPage: true });
    console.log(name);
  }
  await context.close();
}
await browser.close();
await server.close();
