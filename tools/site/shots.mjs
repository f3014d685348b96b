// Screenshots of a few pages at desktop and phone width, for review by eye:
//   node tools/site/shots.mjs [SITE_DIR] [OUT_DIR]
// (not part of the tests: the checks are check.mjs).
import { chromium } from "playwright-core";
import path from "node:path";
import fs from "node:fs";

const site = path.resolve(process.argv[2] ?? "out/site");
const outDir = path.resolve(process.argv[3] ?? "target/site-shots");
fs.mkdirSync(outDir, { recursive: true });
const firstDir = (d) => fs.readdirSync(path.join(site, d)).sort()[0];
const project = `id/projects/${firstDir("id/projects")}`;
const programme = `id/programmes/${firstDir("id/programmes")}`;
const pages = [
  ["home-ja", "ja/index.html"],
  ["home-en", "en/index.html"],
  ["project-ja", `${project}/index.html`],
  ["project-en", `${project}/en.html`],
  ["programme-ja", `${programme}/index.html`],
  ["programme-en", `${programme}/en.html`],
  ["about-en", "en/about.html"],
  ["downloads-ja", "ja/downloads.html"],
];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
for (const [width, tag] of [[1280, "desktop"], [390, "phone"]]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const [name, rel] of pages) {
    await page.goto("file://" + path.join(site, rel));
    await page.screenshot({ path: path.join(outDir, `${name}-${tag}.png`), fullPage: process.env.SHOTS_FULL === "1" });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 3));
    await page.screenshot({ path: path.join(outDir, `${name}-${tag}-2.png`) });
  }
  await page.close();
}
await browser.close();
console.log(`screenshots in ${outDir}`);
