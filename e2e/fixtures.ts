import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { platformKeyFile } from "./settings";

export const demoPassword = "subdesk-demo-2026";
export const demo = {
  admin: "admin@subdesk.example",
  customerOwner: "owner@acme.example",
  customerMember: "member@acme.example",
};

export const unique = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;

export interface CreatedUser {
  id: string;
  email: string;
  password: string;
  changeSequence: number;
}

/** Signs in through Auth.js's own endpoints; the session cookie lands in the page's context. */
export async function signInViaApi(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  expect(response.headers().location).not.toContain("error");
}

/**
 * Picks an organization in the form's searching combobox (components/ui/search-combobox.tsx) from
 * the keyboard, as a user would: open it, type the name, and take the highlighted match.
 */
export async function pickOrganization(page: Page, label: string, name: string) {
  const trigger = page.getByRole("combobox", { name: label, exact: true });
  await trigger.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("combobox", { name: "Search organizations" }).fill(name);
  const match = page.getByRole("dialog").getByRole("option", { name });
  await expect(match).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(trigger).toHaveText(name);
  await expect(trigger).toBeFocused();
}

/** Chromium reports a script or style the CSP blocked as a console error starting like this. */
export const isCspViolation = (text: string) => /Content Security Policy/i.test(text);

export const test = base.extend<{
  /** The newest link to `path` in an email to `to`, read from the Outbox page as a platform admin. */
  outboxLink: (to: string, path: string) => Promise<string>;
  platformKey: string;
  api: (
    path: string,
    init?: { method?: string; data?: unknown; key?: string; headers?: Record<string, string> },
  ) => ReturnType<APIRequestContext["fetch"]>;
  createUser: (overrides?: { platformAdmin?: boolean }) => Promise<CreatedUser>;
  signIn: (page: Page, email: string, password?: string) => Promise<void>;
}>({
  // Every UI test doubles as a CSP check: a page whose script or style the policy blocked fails it.
  page: async ({ page }, use) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && isCspViolation(message.text())) violations.push(message.text());
    });
    await use(page);
    expect(violations, "Content-Security-Policy violations in the browser console").toEqual([]);
  },
  platformKey: async ({}, use) => use(readFileSync(platformKeyFile, "utf8").trim()),
  outboxLink: async ({ browser }, use) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInViaApi(page.request, demo.admin, demoPassword);
    await use(async (to, path) => {
      await page.goto(`/outbox?to=${encodeURIComponent(to)}`);
      // Newest first; each message sits folded under its subject, so its links are read, not seen.
      const link = page.getByRole("table", { name: "Emails" }).locator(`a[href*="${path}"]`);
      return (await link.first().getAttribute("href"))!;
    });
    await context.close();
  },
  api: async ({ request, platformKey }, use) =>
    use((path, init = {}) =>
      request.fetch(path, {
        method: init.method ?? "GET",
        data: init.data,
        headers: { "x-api-key": init.key ?? platformKey, ...init.headers },
        failOnStatusCode: false,
      }),
    ),
  createUser: async ({ api }, use) =>
    use(async (overrides = {}) => {
      const email = `${unique("e2e")}@test.example`;
      const password = "e2e password 1";
      const response = await api("/api/users", {
        method: "POST",
        data: { email, name: "E2E User", password, ...overrides },
      });
      expect(response.status()).toBe(201);
      const body = (await response.json()) as { id: string; changeSequence: number };
      return { id: body.id, email, password, changeSequence: body.changeSequence };
    }),
  signIn: async ({}, use) =>
    use(async (page, email, password = demoPassword) => signInViaApi(page.request, email, password)),
});

export { expect };
