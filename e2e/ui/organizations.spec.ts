import { demo, expect, test, unique } from "../fixtures";

test("an admin finds, edits and suspends an organization", async ({ page, signIn, api }) => {
  const name = unique("Edited Org");
  const created = await api("/api/organizations", { method: "POST", data: { name } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await signIn(page, demo.admin);
  // The filter form sends its empty fields too: "any" is not an invalid filter.
  await page.goto(`/organizations?query=${encodeURIComponent(name)}&status=&provider=&enterprise=`);
  await expect(page.getByText("were not valid")).toHaveCount(0);
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();

  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Description").fill("Edited in the browser");
  await page.getByRole("button", { name: "Add properties entry" }).click();
  await page.getByLabel("Properties key 1").fill("region");
  await page.getByLabel("Properties value 1").fill("eu-west");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/organizations/${id}$`));
  await expect(page.getByText("Edited in the browser").first()).toBeVisible();
  await expect(page.getByText("region=eu-west")).toBeVisible();

  await page.getByLabel("Change status").selectOption("suspended");
  await page.getByLabel("Reason").fill("Unpaid invoices");
  await page.getByRole("button", { name: "Apply" }).click();
  // It asks first, naming the organization and what suspending does; Escape backs out.
  const confirmation = page.getByRole("alertdialog", { name: `Suspend ${name}?` });
  await expect(confirmation).toContainText("nothing in it can change");
  await page.keyboard.press("Escape");
  await expect(confirmation).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Apply" })).toBeFocused();
  await page.getByRole("button", { name: "Apply" }).click();
  await confirmation.getByRole("button", { name: "Suspend" }).click();
  await expect(page.getByText("suspended (Unpaid invoices)")).toBeVisible();

  const audit = await api(`/api/audit-events?action=organization.&limit=10`);
  const actions = ((await audit.json()) as { items: { action: string; objectId: string }[] }).items
    .filter((e) => e.objectId === id)
    .map((e) => e.action);
  expect(actions).toEqual(expect.arrayContaining(["organization.update", "organization.suspend"]));
});

test("two edits from the same version: the second is told, not silently applied", async ({
  page,
  context,
  signIn,
  api,
}) => {
  const name = unique("Raced Org");
  const { id } = (await (await api("/api/organizations", { method: "POST", data: { name } })).json()) as {
    id: string;
  };
  await signIn(page, demo.admin);
  const other = await context.newPage();
  await page.goto(`/organizations/${id}/edit`);
  await other.goto(`/organizations/${id}/edit`);

  await page.getByLabel("Description").fill("First writer");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/organizations/${id}$`));

  await other.getByLabel("Description").fill("Second writer");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(other.getByRole("alert").filter({ hasText: "changed by someone else" })).toBeVisible();
  await other.getByRole("button", { name: "Reload the latest version" }).click();
  await expect(other.getByLabel("Description")).toHaveValue("First writer");
});

test("creating an organization with a taken slug shows the field error", async ({ page, signIn }) => {
  await signIn(page, demo.admin);
  await page.goto("/organizations/new");
  await page.getByLabel("Name").fill(unique("Copycat"));
  await page.getByLabel("Slug").fill("acme");
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByText("is already taken")).toBeVisible();
  await page.getByLabel("Slug").fill("Not A Slug");
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByText(/lowercase letters/)).toBeVisible();
});

test("a customer cannot open another organization's pages: they look exactly like missing ones", async ({
  page,
  signIn,
  api,
}) => {
  test.slow(); // four pages twice each, plus the logo and the list
  const found = await api("/api/organizations?query=northwind");
  const northwind = ((await found.json()) as { content: { id: string }[] }).content[0]!;
  const missing = "00000000-0000-4000-8000-000000000000";
  await signIn(page, demo.customerOwner);
  for (const suffix of ["", "/edit", "?tab=members", "?tab=audit"]) {
    await page.goto(`/organizations/${missing}${suffix}`);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    const missingText = await page.locator("main").last().innerText();
    await page.goto(`/organizations/${northwind.id}${suffix}`);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    expect(await page.locator("main").last().innerText()).toBe(missingText);
  }
  expect((await page.goto(`/organizations/${northwind.id}/logo`))?.status()).toBe(404);
  await page.goto("/organizations");
  await expect(page.getByRole("alert").filter({ hasText: "does not give access" })).toBeVisible();
});

test("a provider's owner edits their own organization in settings without touching what they may not change", async ({
  page,
  signIn,
}) => {
  await signIn(page, "owner@northwind.example");
  await page.goto("/settings");
  await expect(page.getByText("Provider: Yes (set by platform admins)")).toBeVisible();
  const description = unique("Cloud things");
  await page.getByLabel("Description").fill(description);
  await page.getByLabel("Grant support access").check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Description")).toHaveValue(description);
  await expect(page.getByLabel("Grant support access")).toBeChecked();
});
