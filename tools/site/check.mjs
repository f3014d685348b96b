// Browser tests of the release website, in Debian's Chromium (headless),
// driven by playwright-core, over file:// (the site must work offline and
// from any folder):
//
//   - axe-core, WCAG 2.1 A and AA rules (tags wcag2a, wcag2aa, wcag21a,
//     wcag21aa), on every page: zero violations;
//   - no console error and no page error;
//   - no request leaves the site (anything but file:// is blocked and fails);
//   - at phone width (390 px) no page is wider than the screen, and in print
//     the navigation is hidden and nothing is wider than an A4 page.
//
// Usage: node check.mjs SITE_DIR [--sample N]
// --sample N checks every page that is not a record page, and the first N
// record pages of each table in each language (every page kind). The default
// is every page for a site of up to 2,000 pages, and --sample 3 beyond (a
// site built from a large synthetic dataset). Prints one PASS/FAIL line per
// check and a closing "N passed, N failed" line; exits 1 on any failure.

import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
// Flags for this machine: no sandbox as root, and no background network
// (the machine has no network but the package registries).
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const args = process.argv.slice(2);
const site = resolve(args[0] || "../../out/site");
const sampleAt = args.indexOf("--sample");
// Every page of a site of up to ALL_PAGES pages (the real site has about a
// thousand); beyond that, every page kind: the first SAMPLE record pages of
// each table in each language.
const ALL_PAGES = 2000;
const SAMPLE = 3;
let sample = sampleAt >= 0 ? Number(args[sampleAt + 1]) : undefined;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

let pages = walk(site)
  .filter((p) => p.endsWith(".html"))
  .map((p) => relative(site, p).split(sep).join("/"))
  .sort();
if (sample === undefined) sample = pages.length <= ALL_PAGES ? Infinity : SAMPLE;
if (Number.isFinite(sample)) {
  const seen = new Map();
  pages = pages.filter((p) => {
    const m = p.match(/^id\/([^/]+)\/.*\/(index|en)\.html$/);
    if (!m) return true;
    const key = `${m[1]} ${m[2]}`;
    seen.set(key, (seen.get(key) || 0) + 1);
    return seen.get(key) <= sample;
  });
}

const failures = { axe: [], console: [], offline: [], phone: [], print: [] };
const userDataDir = mkdtempSync(join(tmpdir(), "site-chromium-"));
// A persistent context is how playwright takes a --user-data-dir of our own
// (a fresh, empty one for every run).
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROMIUM,
  headless: true,
  args: FLAGS,
  viewport: { width: 1280, height: 900 },
});
await context.route(/^(?!file:).*/, (route) => {
  failures.offline.push(`${route.request().url()} requested`);
  return route.abort();
});

// axe-core is put into every document before its own scripts run.
await context.addInitScript({ path: AXE });

const started = Date.now();

async function check(page, rel) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: "screen" });
  await page.goto(pathToFileURL(join(site, rel)).href, { waitUntil: "load" });
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      resultTypes: ["violations"],
      // Do not fetch the stylesheets again (file:// forbids it; the page has them).
      preload: false,
    }),
  );
  for (const v of result.violations) {
    const where = v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ");
    failures.axe.push(`${rel}: ${v.id} (${v.impact}): ${v.help} [${where}]`);
  }
  // Phone: nothing wider than the screen (tables scroll in their own region).
  await page.setViewportSize({ width: 390, height: 844 });
  const phone = await page.evaluate(() => document.documentElement.scrollWidth);
  if (phone > 390) failures.phone.push(`${rel}: ${phone} px wide at 390 px`);
  // Print: the navigation is hidden and the page fits an A4 width.
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: 794, height: 1123 });
  const print = await page.evaluate(() => {
    const nav = document.querySelector("header.site nav");
    return {
      width: document.documentElement.scrollWidth,
      nav: nav ? getComputedStyle(nav).display : "none",
    };
  });
  if (print.width > 794) failures.print.push(`${rel}: ${print.width} px wide in print`);
  if (print.nav !== "none") failures.print.push(`${rel}: the navigation is printed`);
}

// Two tabs at a time (the machines have two cores).
const queue = [...pages];
async function worker() {
  const page = await context.newPage();
  let current = "";
  page.on("console", (msg) => {
    if (msg.type() === "error") failures.console.push(`${current}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => failures.console.push(`${current}: ${err.message}`));
  for (let rel = queue.shift(); rel !== undefined; rel = queue.shift()) {
    current = rel;
    await check(page, rel);
  }
}
await Promise.all([worker(), worker()]);

await context.close();
rmSync(userDataDir, { recursive: true, force: true });

let passed = 0;
let failed = 0;
const names = {
  axe: "axe-core WCAG 2.1 AA, zero violations",
  console: "no console or page errors",
  offline: "no request outside the site",
  phone: "no horizontal overflow at 390 px",
  print: "print layout (no navigation, A4 width)",
};
for (const [check, list] of Object.entries(failures)) {
  if (list.length === 0) {
    passed++;
    console.log(`PASS site ${check}: ${names[check]} (${pages.length} pages)`);
  } else {
    failed++;
    console.log(`FAIL site ${check}: ${names[check]}: ${list.length} problem(s)`);
    for (const f of list.slice(0, 50)) console.log(`  ${f}`);
  }
}
const secs = ((Date.now() - started) / 1000).toFixed(1);
console.log(`site browser checks: ${pages.length} pages in ${secs} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
