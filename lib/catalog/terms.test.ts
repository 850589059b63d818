import { describe, expect, it } from "vitest";
import { makeOrganizationWithOwner, makeProvider } from "@/lib/testing/factories";
import { createPricingRule, getPricingRule, listPricingRules, updatePricingRule } from "./pricing-rules";
import {
  createSlaDefinition,
  deleteSlaDefinition,
  getSlaDefinition,
  listSlaDefinitions,
  updateSlaDefinition,
} from "./sla-definitions";

describe("SLA definitions", () => {
  it("belong to their provider: created, versioned, listed and deleted there only", async () => {
    const { owner, organization } = await makeProvider();
    const other = await makeProvider();
    const sla = await createSlaDefinition({
      actor: owner,
      input: { name: "Gold", uptimePercent: 99.95, responseTimeMs: 200, supportHours: "24x7" },
    });
    expect(sla).toMatchObject({
      providerOrganizationId: organization.id,
      uptimePercent: "99.950",
      changeSequence: 1,
    });
    const updated = await updateSlaDefinition({
      actor: owner,
      id: sla.id,
      input: { ...sla, uptimePercent: "99.9" },
    });
    expect(updated).toMatchObject({ uptimePercent: "99.900", changeSequence: 2 });
    await expect(updateSlaDefinition({ actor: owner, id: sla.id, input: sla })).rejects.toMatchObject({
      code: "stale_change_sequence",
    });
    await expect(getSlaDefinition({ actor: other.owner, id: sla.id })).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await listSlaDefinitions({ actor: other.owner })).map((s) => s.id)).not.toContain(sla.id);
    await expect(deleteSlaDefinition({ actor: other.owner, id: sla.id })).rejects.toMatchObject({
      code: "not_found",
    });
    await deleteSlaDefinition({ actor: owner, id: sla.id });
    expect(await listSlaDefinitions({ actor: owner })).toEqual([]);
  });

  it("validate the percentage and refuse customers", async () => {
    const { owner } = await makeProvider();
    for (const uptimePercent of [101, "99.9999", "abc", -1]) {
      await expect(
        createSlaDefinition({ actor: owner, input: { name: "Bad", uptimePercent } }),
      ).rejects.toMatchObject({
        invalidFields: [{ name: "uptimePercent" }],
      });
    }
    const customer = await makeOrganizationWithOwner();
    await expect(
      createSlaDefinition({ actor: customer.owner, input: { name: "X", uptimePercent: 99 } }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

describe("pricing rules", () => {
  it("keep amounts exact for every kind of rule", async () => {
    const { owner } = await makeProvider();
    const flat = await createPricingRule({
      actor: owner,
      input: { name: "Flat", ruleType: "FLAT", parameters: { amount: 19.99 } },
    });
    expect(flat.parameters).toEqual({ amount: 19.99 });
    const tiered = await createPricingRule({
      actor: owner,
      input: {
        name: "Tiers",
        ruleType: "TIERED",
        currency: "EUR",
        parameters: {
          tiers: [
            { upTo: 100, unitAmount: "0.10" },
            { upTo: null, unitAmount: 0.05 },
          ],
        },
      },
    });
    expect((await getPricingRule({ actor: owner, id: tiered.id })).parameters).toEqual({
      tiers: [
        { upTo: 100, unitAmount: 0.1 },
        { upTo: null, unitAmount: 0.05 },
      ],
    });
    const discount = await updatePricingRule({
      actor: owner,
      id: flat.id,
      input: {
        name: "Now a discount",
        ruleType: "DISCOUNT_PERCENT",
        parameters: { percent: 12.5 },
        changeSequence: 1,
      },
    });
    expect(discount).toMatchObject({
      ruleType: "DISCOUNT_PERCENT",
      parameters: { percent: 12.5 },
      changeSequence: 2,
    });
    expect(await listPricingRules({ actor: owner })).toHaveLength(2);
  });

  it("refuse malformed parameters", async () => {
    const { owner } = await makeProvider();
    const cases = [
      { ruleType: "FLAT", parameters: { amount: 1.234 } },
      {
        ruleType: "TIERED",
        parameters: {
          tiers: [
            { upTo: null, unitAmount: 1 },
            { upTo: 10, unitAmount: 1 },
          ],
        },
      },
      { ruleType: "DISCOUNT_PERCENT", parameters: { percent: 120 } },
      { ruleType: "MYSTERY", parameters: {} },
    ];
    for (const rule of cases) {
      await expect(
        createPricingRule({ actor: owner, input: { name: "Bad", ...rule } }),
        rule.ruleType,
      ).rejects.toMatchObject({
        code: "invalid_input",
      });
    }
  });
});
