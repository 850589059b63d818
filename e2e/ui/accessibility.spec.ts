import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { demo, expect, test } from "../fixtures";

/**
 * axe (WCAG 2.1 A and AA) on every page a role's sidebar offers, one detail page per list and
 * each tab of a tabbed page, plus the public pages — in light and in dark. The theme comes
 * from the emulated system preference, the way a visitor's browser gives it to next-themes.
 * One test per role and theme so that Playwright runs them side by side.
 */
const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const roles = {
  "platform admin": demo.admin,
  "provider owner": "owner@northwind.example",
  "provider approver": "approver@northwind.example",
  "customer owner": demo.customerOwner,
  "customer member": demo.customerMember,
};

const publicPages = ["/", "/sign-in", "/sign-up", "/forgot-password", "/explore", "/api-reference"];

/**
 * Pages whose content the browser renders after load, and what shows it is there: axe must not
 * check the placeholder. Scalar reads the OpenAPI document and renders the reference (its sidebar,
 * the first tag's operations with their examples): slow on a busy machine.
 */
const renderedInTheBrowser: Record<string, (page: Page) => Locator> = {
  "/api-reference": (page) => page.getByRole("heading", { name: "Health check", level: 3 }),
};

interface PageReport {
  path: string;
  violations: { rule: string; impact: string; help: string; targets: string[] }[];
}

/** Hrefs of links in `scope` that start with `prefix`, minus pages that make or export something. */
async function linksUnder(page: Page, scope: string, prefix: string): Promise<string[]> {
  const hrefs = await page
    .locator(`${scope} a[href^="${prefix}"]`)
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.filter((href) => href !== prefix && !/\/(new|export|review)(\?|$)/.test(href));
}

async function audit(page: Page, path: string): Promise<PageReport> {
  const response = await page.goto(path);
  expect(response?.status(), `${path} answers`).toBeLessThan(400);
  await page.locator("main").first().waitFor();
  await renderedInTheBrowser[path]?.(page).waitFor({ timeout: 30_000 });
  return analyze(page, path);
}

/** axe on the page as it is now, reported under `path`. */
async function analyze(page: Page, path: string): Promise<PageReport> {
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  return {
    path,
    violations: results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? "",
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    })),
  };
}

/**
 * Each other tab of a tabbed page (`?tab=`), and from a page of the navigation (depth 0) its
 * first detail link.
 */
async function pagesBeyond(page: Page, path: string, depth: number): Promise<string[]> {
  const tabs = await linksUnder(page, 'main nav[aria-label="Sections"]', `${path}?tab=`);
  const details = depth > 0 ? [] : (await linksUnder(page, "main", `${path}/`)).slice(0, 1);
  return [...tabs.slice(1), ...details];
}

async function auditAll(page: Page, paths: string[], followLinks: boolean) {
  const hydrationErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /hydrat/i.test(message.text())) hydrationErrors.push(message.text());
  });
  const queue = paths.map((path) => ({ path, depth: 0 }));
  const seen = new Set<string>();
  const reports: PageReport[] = [];
  while (queue.length > 0) {
    const { path, depth } = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    reports.push(await audit(page, path));
    if (followLinks && !path.includes("?")) {
      const beyond = await pagesBeyond(page, path, depth);
      queue.push(...beyond.map((next) => ({ path: next, depth: depth + 1 })));
    }
  }
  for (const report of reports) {
    const nodes = report.violations.reduce((sum, violation) => sum + violation.targets.length, 0);
    console.log(`axe ${test.info().title} ${report.path}: ${report.violations.length} rules, ${nodes} nodes`);
  }
  const failing = reports.filter((report) => report.violations.length > 0);
  expect(failing, JSON.stringify(failing, null, 2)).toEqual([]);
  expect(hydrationErrors, "hydration errors in the console").toEqual([]);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const [role, email] of Object.entries(roles)) {
      test(`${role} in ${colorScheme}: every page in the navigation`, async ({ page, signIn }) => {
        // Up to ~30 pages, each loaded, hydrated and analysed: 5-6 s a page on a 2-core CI
        // machine shared by two workers, where the platform admin's walk took 2.5-3.1 minutes.
        test.setTimeout(300_000);
        await signIn(page, email);
        await page.goto("/dashboard");
        const navigation = await linksUnder(page, "aside nav", "/");
        expect(navigation.length).toBeGreaterThan(1);
        await auditAll(page, navigation, true);
      });
    }

    // Form pages are left out of the navigation's walk; this one's organization picker is checked
    // closed and open, its search answered.
    test(`the new-subscription form and its organization picker in ${colorScheme}`, async ({
      page,
      signIn,
    }) => {
      await signIn(page, demo.admin);
      const closed = await audit(page, "/subscriptions/new");
      await page.getByRole("combobox", { name: "Organization", exact: true }).click();
      await page.getByRole("combobox", { name: "Search organizations" }).fill("a");
      await page.getByRole("dialog").getByRole("option").first().waitFor();
      const open = await analyze(page, "/subscriptions/new, the picker open");
      const failing = [closed, open].filter((report) => report.violations.length > 0);
      expect(failing, JSON.stringify(failing, null, 2)).toEqual([]);
    });

    test(`public pages in ${colorScheme}`, async ({ page }) => {
      test.slow();
      await page.goto("/explore");
      const product = (await linksUnder(page, "main", "/explore/")).slice(0, 1);
      await auditAll(page, [...publicPages, ...product], false);
    });
  });
}
