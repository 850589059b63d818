import { describe, expect, it } from "vitest";
import { parseBundleFilter } from "./bundle-filter";

const org = "0b0e8a8e-6f8e-4a57-9d3c-2f4b1e0c9a11";

describe("the bundle search filter", () => {
  it("reads the wallis example with AND binding tighter than OR", () => {
    expect(
      parseBundleFilter(`contractStatus:REQUESTED OR contractStatus:IN_PROGRESS AND organizationId:${org}`),
    ).toEqual({
      op: "OR",
      nodes: [
        { field: "contractStatus", value: "REQUESTED" },
        {
          op: "AND",
          nodes: [
            { field: "contractStatus", value: "IN_PROGRESS" },
            { field: "organizationId", value: org },
          ],
        },
      ],
    });
  });

  it("groups with parentheses and takes a single term", () => {
    expect(
      parseBundleFilter(`(contractStatus:REQUESTED or contractStatus:APPROVED) and providerId:${org}`),
    ).toEqual({
      op: "AND",
      nodes: [
        {
          op: "OR",
          nodes: [
            { field: "contractStatus", value: "REQUESTED" },
            { field: "contractStatus", value: "APPROVED" },
          ],
        },
        { field: "providerId", value: org },
      ],
    });
    expect(parseBundleFilter("contractStatus:DRAFT")).toEqual({ field: "contractStatus", value: "DRAFT" });
  });

  it.each([
    ["", "it is empty"],
    ["contractStatus:SOLD", "contractStatus must be one of"],
    ["organizationId:42", "organizationId must be a UUID"],
    ["name:x", 'unknown field "name"'],
    ["contractStatus:DRAFT AND", "it ends where a term was expected"],
    ["OR contractStatus:DRAFT", '"OR" where a term was expected'],
    ["contractStatus:DRAFT contractStatus:APPROVED", "is not AND or OR"],
    ["(contractStatus:DRAFT", "a parenthesis is not closed"],
    ["contractStatus:DRAFT)", '")" is not AND or OR'],
    ["contractStatus", "is not field:value"],
  ])("refuses %j, naming the filter", (filter, reason) => {
    let error: unknown;
    try {
      parseBundleFilter(filter);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: "invalid_input" });
    const fields = (error as { invalidFields: { name: string; reason: string }[] }).invalidFields;
    expect(fields[0]!.name).toBe("filter");
    expect(fields[0]!.reason).toContain(reason);
  });
});
