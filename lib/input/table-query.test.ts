import { describe, expect, it } from "vitest";
import { organizationListQuerySchema, organizationSortFields } from "@/lib/organizations/schemas";
import { keptTableParams, nextKeysetPage, readListQuery, readTableQuery } from "./table-query";

describe("the table's URL: sort, page size and position", () => {
  it("reads a sort the domain list offers, and hands the filters on untouched", () => {
    const t = readTableQuery(
      { sort: "slug.desc", size: "50", from: "51", status: "active" },
      organizationSortFields,
    );
    expect(t).toEqual({
      sort: { field: "slug", direction: "desc" },
      size: 50,
      from: 51,
      filters: { status: "active" },
      invalid: false,
    });
  });

  it("defaults to no sort, 20 rows from the first, when the URL says nothing", () => {
    expect(readTableQuery({}, organizationSortFields)).toEqual({
      sort: undefined,
      size: 20,
      from: 1,
      filters: {},
      invalid: false,
    });
  });

  it.each([
    ["a column the list cannot sort by", { sort: "stripeCustomerId.asc" }],
    ["no direction", { sort: "name" }],
    ["an unknown direction", { sort: "name.up" }],
    ["SQL in the field", { sort: "name;drop table x.asc" }],
    ["a page size that is not offered", { size: "37" }],
    ["a page size past the limit", { size: "100000" }],
    ["a position that is not a number", { from: "ten" }],
    ["a position of zero", { from: "0" }],
  ])("falls back and says so for %s", (_, params) => {
    const t = readTableQuery(params as Record<string, string>, organizationSortFields);
    expect(t.invalid).toBe(true);
    expect(t.filters).toEqual({});
    if ("sort" in params) expect(t.sort).toBeUndefined();
    if ("size" in params) expect(t.size).toBe(20);
    if ("from" in params) expect(t.from).toBe(1);
  });

  it("keeps the valid parts when one part is not", () => {
    const t = readTableQuery({ sort: "name.desc", size: "7" }, organizationSortFields);
    expect(t).toMatchObject({ sort: { field: "name", direction: "desc" }, size: 20, invalid: true });
  });
});

describe("a keyset list page's query from its URL", () => {
  const read = (params: Record<string, string>) =>
    readListQuery(params, organizationSortFields, organizationListQuerySchema);

  it("puts the table's sort and size into the domain's query, with the filters and cursor", () => {
    const { query, filters, invalid } = read({
      sort: "slug.desc",
      size: "50",
      status: "active",
      cursor: "abc",
    });
    expect(query).toMatchObject({
      sort: "slug",
      direction: "desc",
      limit: 50,
      status: "active",
      cursor: "abc",
    });
    expect(filters).toEqual({ status: "active", cursor: "abc" });
    expect(invalid).toBe(false);
  });

  it("drops filters the domain refuses, keeping the table's size, and says so", () => {
    const { query, filters, invalid } = read({ size: "100", status: "sleeping" });
    expect(query).toMatchObject({ limit: 100, sort: "name", direction: "asc" });
    expect(query).not.toHaveProperty("status");
    expect(filters).toEqual({});
    expect(invalid).toBe(true);
  });

  it("carries the sort through a filter form, and opens the next page after the shown rows", () => {
    expect(keptTableParams({ sort: { field: "name", direction: "desc" }, size: 50 })).toEqual({
      sort: "name.desc",
      size: 50,
    });
    expect(keptTableParams({ sort: undefined, size: 20 })).toEqual({ sort: undefined, size: 20 });
    expect(nextKeysetPage(21, { items: [1, 2, 3], nextCursor: "c" })).toEqual({ cursor: "c", from: "24" });
    expect(nextKeysetPage(21, { items: [1], nextCursor: null })).toBeNull();
  });
});
