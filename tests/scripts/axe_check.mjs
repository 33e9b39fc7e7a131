// Check HTML files for accessibility in the system's headless Chromium (never a downloaded
// browser): axe-core with the WCAG 2.2 A and AA rule tags, plus plainly's own structure
// checks (exactly one h1, a main landmark, lang on <html>, alt text on every image, no
// hyphenation or justified text, and no line longer than 75 characters at 1280 pixels wide).
//
// Usage: PLAINLY_NODE_MODULES=DIR node tests/scripts/axe_check.mjs [--screenshots DIR] FILE.html...
// DIR holds node_modules with axe-core and playwright-core (see pandoc_html_test.sh).
// Prints one line per file and exits 1 if any file has a problem.
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const modulesDir = process.env.PLAINLY_NODE_MODULES;
if (!modulesDir) {
  console.error("axe_check: set PLAINLY_NODE_MODULES to the folder that holds node_modules.");
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(modulesDir), "package.json"));
const { chromium } = require("playwright-core");
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
// "Lines of about 70 characters at most": measured at a 1280-pixel-wide window.
const MAX_LINE = Number(process.env.PLAINLY_MAX_LINE || 75);
const CHROMIUM = process.env.PLAINLY_CHROMIUM || "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function parseArgs(argv) {
  const files = [];
  let screenshots = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--screenshots") screenshots = argv[++i];
    else files.push(argv[i]);
  }
  return { files, screenshots };
}

// plainly's own rules, checked in the page.
function structureProblems(MAX_LINE) {
  const problems = [];
  const h1 = document.querySelectorAll("h1").length;
  if (h1 !== 1) problems.push(`expected exactly one h1, found ${h1}`);
  const mains = document.querySelectorAll("main, [role=main]").length;
  if (mains !== 1) problems.push(`expected one main landmark, found ${mains}`);
  const lang = document.documentElement.getAttribute("lang");
  if (!lang) problems.push("the html element has no lang");
  document.querySelectorAll("img").forEach((img) => {
    const alt = img.getAttribute("alt");
    if (alt === null || alt.trim() === "") problems.push(`an image has no alt text (${(img.src || "").slice(0, 60)})`);
  });
  // The longest line of text, in characters, measured from where the browser broke lines.
  let longest = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const lines = new Map();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = node.parentElement.closest("p, li, h1, h2, h3, h4, td, div");
    for (let i = 0; i < node.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getBoundingClientRect();
      if (rect.height === 0) continue;
      const key = block;
      if (!lines.has(key)) lines.set(key, new Map());
      const row = Math.round(rect.top);
      lines.get(key).set(row, (lines.get(key).get(row) || 0) + 1);
    }
  }
  for (const rows of lines.values()) for (const n of rows.values()) longest = Math.max(longest, n);
  if (longest > MAX_LINE) problems.push(`a line has ${longest} characters, more than ${MAX_LINE}`);
  const style = getComputedStyle(document.body);
  if (style.hyphens === "auto") problems.push("body text is hyphenated");
  if (style.textAlign === "justify") problems.push("body text is justified");
  return { problems, longest };
}

async function checkFile(context, file, screenshots) {
  const page = await context.newPage();
  try {
    await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: "load" });
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async (tags) => {
      const r = await window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
    }, TAGS);
    await page.setViewportSize({ width: 1280, height: 900 });
    const { problems: own, longest } = await page.evaluate(structureProblems, MAX_LINE);
    if (screenshots) {
      const name = path.basename(file).replace(/\.html?$/, "") + ".png";
      await page.screenshot({ path: path.join(screenshots, name), fullPage: true });
    }
    return { violations: result, own, longest };
  } finally {
    await page.close();
  }
}

async function main() {
  const { files, screenshots } = parseArgs(process.argv.slice(2));
  if (files.length === 0) {
    console.error("axe_check: give one or more HTML files.");
    process.exit(2);
  }
  const profile = mkdtempSync(path.join(tmpdir(), "plainly-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: ARGS, offline: true,
  });
  let bad = 0;
  let total = 0;
  try {
    for (const file of files) {
      const { violations, own, longest } = await checkFile(context, file, screenshots);
      total += violations.length;
      if (violations.length === 0 && own.length === 0) {
        console.log(`ok   ${file}: 0 axe violations (${TAGS.join(", ")}), longest line ${longest} characters`);
        continue;
      }
      bad++;
      console.log(`FAIL ${file}: ${violations.length} axe violations, ${own.length} structure problems`);
      for (const v of violations) console.log(`     axe ${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).join(", ")}`);
      for (const p of own) console.log(`     ${p}`);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`axe_check: ${files.length} files, ${bad} with problems, ${total} axe violations in all`);
  process.exit(bad === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(`axe_check: ${e.message}`);
  process.exit(2);
});
