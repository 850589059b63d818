import { describe, expect, it } from "vitest";
import { csvRecords } from "@/lib/csv";
import { makeOrganizationWithOwner, makeProvider } from "@/lib/testing/factories";
import { exportProductsCsv, importProductRows } from "./import-export-products";
import { pageProducts } from "./product-reads";

const csv = (lines: string[]) => csvRecords(lines.join("\n")).rows;

describe("product CSV import and export", () => {
  it("imports good rows, reports bad ones with their errors, and leaves no half row", async () => {
    const { owner, organization } = await makeProvider();
    const tag = `imp${Date.now()}`;
    const rows = csv([
      "name,price,currency,publiclyAvailable,order,productStatus",
      `${tag} Disk,19.99,USD,yes,1,PUBLISHED`,
      `${tag} Bad price,1.999,USD,no,2,DRAFT`,
      `x,0.10,USD,maybe,abc,LIVE`,
      `${tag} Cheap,0.10,,,,`,
    ]);
    const report = await importProductRows({ actor: owner, input: { rows } });
    expect(report.map((r) => r.status)).toEqual(["created", "invalid", "invalid", "created"]);
    const bad = report[2]!;
    expect(bad.status === "invalid" && bad.errors.map((e) => e.name).sort()).toEqual([
      "name",
      "order",
      "productStatus",
      "publiclyAvailable",
    ]);
    expect(report[1]!.status === "invalid" && report[1]!.errors).toEqual([
      { name: "price", reason: expect.stringContaining("2 decimals") },
    ]);

    const listed = await pageProducts({
      actor: owner,
      filter: { query: tag, providerOrganizationId: organization.id },
      page: { page: 0, size: 50 },
    });
    expect(listed.content.map((p) => [p.name, p.price]).sort()).toEqual([
      [`${tag} Cheap`, 0.1],
      [`${tag} Disk`, 19.99],
    ]);
  });

  it("exports what it imports: the export of a catalog re-imports to equal products", async () => {
    const { owner, organization } = await makeProvider();
    const tag = `rt${Date.now()}`;
    await importProductRows({
      actor: owner,
      input: { rows: csv(["name,price,description,promoted", `${tag} One,"1234.50","Has, a comma",true`]) },
    });
    let text = "";
    for await (const line of exportProductsCsv({ actor: owner, filter: { query: tag } })) text += line;
    const exported = csvRecords(text).rows;
    expect(exported).toHaveLength(1);
    expect(exported[0]!.record).toMatchObject({
      name: `${tag} One`,
      price: "1234.5",
      description: "Has, a comma",
      promoted: "true",
    });

    const copy = await importProductRows({
      actor: owner,
      input: { rows: exported },
    });
    expect(copy[0]).toMatchObject({ status: "created" });
    const both = await pageProducts({
      actor: owner,
      filter: { query: tag, providerOrganizationId: organization.id },
      page: { page: 0, size: 10 },
    });
    expect(new Set(both.content.map((p) => `${p.name}|${p.price}|${p.description}|${p.promoted}`)).size).toBe(
      1,
    );
  });

  it("refuses customers", async () => {
    const customer = await makeOrganizationWithOwner();
    await expect(
      importProductRows({ actor: customer.owner, input: { rows: csv(["name", "Nope product"]) } }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});
