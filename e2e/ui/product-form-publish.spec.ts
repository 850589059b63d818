import { expect, test, unique } from "../fixtures";

test("saving a draft as Published from the form asks what is missing, counting the form's own ticks", async ({
  page,
  api,
  createUser,
  signIn,
}) => {
  const post = async (path: string, data: unknown) => {
    const response = await api(path, { method: "POST", data });
    expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
    return (await response.json()) as { id: string };
  };
  const provider = await post("/api/organizations", {
    name: unique("Form Publish Provider"),
    provider: true,
  });
  const product = await post("/api/products", {
    name: unique("Form Draft"),
    providerOrganizationId: provider.id,
  });
  const admin = await createUser({ platformAdmin: true });
  await signIn(page, admin.email, admin.password);
  await page.goto(`/catalog/products/${product.id}`);

  await page.getByRole("textbox", { name: "Price", exact: true }).fill("19.99");
  await page.getByLabel("Status", { exact: true }).selectOption("PUBLISHED");
  await page.getByRole("checkbox", { name: /^Active/ }).uncheck();
  await page.getByRole("button", { name: "Save product" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("Customers still will not see it");
  await expect(dialog.getByTestId("publish-missing")).toContainText("It is not publicly available");
  await expect(dialog.getByTestId("publish-missing")).toContainText("It is deactivated");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId("visibility-panel")).toContainText("It is a draft");

  await page.getByRole("checkbox", { name: /^Active/ }).check();
  await page.getByRole("checkbox", { name: /^Publicly available/ }).check();
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();
});
