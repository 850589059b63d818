import { expect, test, unique } from "../fixtures";

test("a provider imports products from CSV with a per-row report, then reorders them by dragging", async ({
  page,
  signIn,
}) => {
  test.slow(); // an import, a drag, a reload and an export in one story
  const tag = unique("csv").replace("-", "");
  await signIn(page, "owner@northwind.example");

  await page.goto("/catalog?tab=groups");
  await page.getByRole("button", { name: "New product group" }).click();
  await page.getByLabel("Group name").fill(tag);
  await page.getByRole("button", { name: "Save group" }).click();
  await expect(page.getByText(tag).first()).toBeVisible();
  await page.goto("/catalog?tab=products");
  const groupId = await page.getByLabel("Group").locator("option", { hasText: tag }).getAttribute("value");

  const csv = [
    "name,price,productGroupId,order",
    `${tag} first,10.00,${groupId},1`,
    `${tag} broken,abc,${groupId},2`,
    `${tag} second,0.10,${groupId},3`,
  ].join("\n");
  await page.goto("/catalog/products/import");
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "products.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("status")).toContainText("3 of 3 rows · 2 imported · 1 with errors");
  await expect(page.getByTestId("import-line-3")).toContainText("price:");
  await expect(page.getByTestId("import-line-2")).toContainText("imported");

  await page.goto(`/catalog?tab=products&productGroupId=${groupId}`);
  const order = page.getByRole("list", { name: "Product order" });
  await expect(order.getByRole("listitem")).toHaveText([
    new RegExp(`${tag} first`),
    new RegExp(`${tag} second`),
  ]);
  await page.getByTestId(`sortable-${tag} second`).dragTo(page.getByTestId(`sortable-${tag} first`));
  await expect(order.getByRole("listitem")).toHaveText([
    new RegExp(`${tag} second`),
    new RegExp(`${tag} first`),
  ]);
  await page.getByRole("button", { name: "Save order" }).click();
  await expect(page.getByText("Order saved")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("list", { name: "Product order" }).getByRole("listitem")).toHaveText([
    new RegExp(`${tag} second`),
    new RegExp(`${tag} first`),
  ]);

  // A subscription to "first" may change to "second".
  await page
    .getByRole("link", { name: `${tag} first` })
    .first()
    .click();
  // The list's rows have checkboxes named after their products too: act only once the product is open.
  await expect(page).toHaveURL(/\/catalog\/products\/[\w-]+$/);
  await page.getByRole("checkbox", { name: `${tag} second`, exact: true }).check();
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: `${tag} second`, exact: true })).toBeChecked();
  await page.goto(`/catalog?tab=products&productGroupId=${groupId}`);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await (await download).path();
  const text = (await import("node:fs")).readFileSync(file, "utf8");
  expect(text.split("\r\n")[0]).toMatch(/^name,description/);
  expect(text).toContain(`${tag} second`);
});

test("a provider keeps SLA definitions and pricing rules, with their errors explained", async ({
  page,
  signIn,
}) => {
  const sla = unique("Gold SLA");
  const rule = unique("Volume");
  await signIn(page, "owner@northwind.example");
  await page.goto("/catalog?tab=terms");

  await page.getByLabel("SLA name").fill(sla);
  await page.getByLabel("Uptime %").fill("101");
  await page.getByRole("button", { name: "Add SLA" }).click();
  await expect(page.getByText("must be at most 100")).toBeVisible();
  await page.getByLabel("Uptime %").fill("99.95");
  await page.getByLabel("Support hours").fill("24x7");
  await page.getByRole("button", { name: "Add SLA" }).click();
  await expect(page.getByTestId(`term-${sla}`)).toContainText("99.950% uptime · 24x7");

  await page.getByLabel("Rule name").fill(rule);
  await page.getByLabel("Kind").selectOption("TIERED");
  await page.getByLabel(/^Tiers/).fill("100,0.10\n,0.05");
  await page.getByRole("button", { name: "Add rule" }).click();
  await expect(page.getByTestId(`term-${rule}`)).toContainText('"unitAmount":0.1');
});
