import { demo, expect, test } from "../fixtures";

// The demo seed's figures (db/seed-subscriptions.ts, db/seed-bundles.ts, db/seed-product-keys.ts):
// Northwind's active subscriptions at Acme are VMs ($250 a month), Kubernetes Team ($120) and
// the approved Backup Standard ($20); a warehouse trial ends in 3 days; the analytics loader key
// has used 88% of its quota; two of Acme's requests wait for Northwind's decision.
const providerOwner = "owner@northwind.example";
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/;

test("the provider owner's dashboard: Northwind's revenue, trials, keys near quota, queue and activity in words", async ({
  page,
  signIn,
}) => {
  await signIn(page, providerOwner);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Welcome, Nora Provider" })).toBeVisible();
  await expect(page.getByTestId("mrr-USD")).toHaveText("$390.00");
  await expect(page.getByTestId("arr-USD")).toHaveText("$4,680.00");
  await expect(page.getByTestId("active-count")).toHaveText("3");
  await expect(page.getByTestId("pending-count")).toHaveText("2");
  await expect(page.getByTestId("status-summary")).toHaveText(
    "6 subscriptions: 1 trialing, 3 active, 1 grace, 1 ended",
  );
  // The figures come from the summary the seed left, and say when it was computed.
  await expect(page.getByTestId("figures-as-of")).toHaveText(
    /^Revenue and subscription figures as of \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/,
  );

  const trial = page.getByRole("link", { name: "Acme Corporation · Northwind Warehouse" });
  await expect(trial).toHaveAttribute("href", /^\/subscriptions\/[0-9a-f-]{36}$/);
  await expect(page.getByText(/3 days left/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Analytics loader" })).toBeVisible();
  await expect(page.getByText(/88% used \(17,600 of 20,000\)/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Cluster for the data team" })).toHaveAttribute(
    "href",
    /^\/approvals\/[0-9a-f-]{36}$/,
  );

  // The chart's figures are in a table for screen readers.
  await expect(page.getByRole("table", { name: "Subscriptions by status" })).toBeAttached();
  const activity = page.getByTestId("recent-activity");
  // Other specs act as Northwind's owner at the same time, and the lifecycle job (acting as
  // Subdesk) sends trial reminders once a minute, so the newest events vary: each reads as someone
  // doing something (the sentences themselves are pinned in describe-audit-event.test.ts).
  await expect(activity.getByRole("listitem").first()).toContainText(
    /^(Nora Provider|Paul Approver|Olivia Owner|Max Member|Ada Admin|Subdesk) \w+/,
  );
  await expect(activity).not.toContainText(uuid);
});

test("the platform admin's dashboard shows the demo's trial, key and requests across providers, in words", async ({
  page,
  signIn,
}) => {
  await signIn(page, demo.admin);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Welcome, Ada Admin" })).toBeVisible();
  // Other specs add subscriptions of their own, so the admin's totals are not pinned; the demo's are there.
  await expect(page.getByTestId("mrr-USD")).toBeVisible();
  await expect(page.getByRole("link", { name: "Acme Corporation · Northwind Warehouse" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Analytics loader" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Analytics expansion" })).toBeVisible();
  await expect(page.getByTestId("movement-summary")).toContainText(
    /\d+ new, \d+ ended over the last 12 months/,
  );
  const activity = page.getByTestId("recent-activity");
  await expect(activity.getByRole("listitem").first()).toBeVisible();
  await expect(activity).not.toContainText(uuid);
});

test("the customer owner's dashboard: Acme's subscriptions with what happens next, key usage, open requests", async ({
  page,
  signIn,
}) => {
  await signIn(page, demo.customerOwner);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Welcome, Olivia Owner" })).toBeVisible();
  const trial = page.getByRole("link", { name: "Northwind Warehouse · Warehouse Trial" });
  await expect(trial).toHaveAttribute("href", /^\/portal\/subscriptions\/[0-9a-f-]{36}$/);
  await expect(page.getByText(/trial ends \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await expect(page.getByText(/renews \d{4}-\d{2}-\d{2}/)).toHaveCount(3);
  await expect(page.getByRole("link", { name: "Analytics loader" })).toHaveAttribute(
    "href",
    /^\/portal\/keys\//,
  );
  await expect(page.getByRole("meter", { name: "Quota used" }).first()).toHaveAttribute(
    "aria-valuetext",
    "17,600 of 20,000 used",
  );
  await expect(page.getByRole("heading", { name: "Open requests (2)" })).toBeVisible();
  const activity = page.getByTestId("recent-activity");
  await expect(activity).toContainText(
    "Paul Approver started reviewing Acme Corporation's request Cluster for the data team",
  );
  await expect(activity).not.toContainText(uuid);
});

test("the sidebar's first link is the dashboard", async ({ page, signIn }) => {
  await signIn(page, demo.customerOwner);
  await page.goto("/dashboard");
  await expect(page.getByRole("link", { name: "Overview", exact: true })).toHaveAttribute(
    "href",
    "/dashboard",
  );
});
