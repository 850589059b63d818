import { describe, expect, it } from "vitest";
import { contractStatus, type ContractStatus } from "@/db/schema/bundles";
import {
  assertTransition,
  bundleActions,
  deriveContractStatus,
  mayTransition,
  type BundleAction,
} from "./transitions";

// The lifecycle written out action by action; every other pair must be refused.
const legal: Record<BundleAction, ContractStatus[]> = {
  update: ["DRAFT", "REQUESTED", "IN_PROGRESS", "APPROVED", "REJECTED"],
  addPlans: ["DRAFT", "REQUESTED", "IN_PROGRESS", "APPROVED", "REJECTED"],
  submit: ["DRAFT"],
  startProcessing: ["REQUESTED"],
  decide: ["REQUESTED", "IN_PROGRESS"],
  requestTermination: ["APPROVED"],
  terminate: ["APPROVED", "IN_TERMINATION"],
  access: ["APPROVED", "IN_TERMINATION"],
};

describe("the bundle lifecycle", () => {
  const pairs = (Object.keys(bundleActions) as BundleAction[]).flatMap((action) =>
    contractStatus.enumValues.map((from) => [action, from] as const),
  );

  it.each(pairs)("%s from %s is allowed exactly when the table says so", (action, from) => {
    const allowed = legal[action].includes(from);
    expect(mayTransition(action, from)).toBe(allowed);
    if (allowed) expect(() => assertTransition(action, from)).not.toThrow();
    else {
      expect(() => assertTransition(action, from)).toThrow(
        expect.objectContaining({ code: "conflict", status: 409 }),
      );
      expect(() => assertTransition(action, from)).toThrow(`The bundle is ${from}`);
    }
  });

  it("derives the bundle's state from its plans'", () => {
    expect(deriveContractStatus("DRAFT", [null, null])).toBe("DRAFT");
    expect(deriveContractStatus("REQUESTED", ["REQUESTED", "REQUESTED"])).toBe("REQUESTED");
    expect(deriveContractStatus("REQUESTED", ["IN_PROGRESS", "REQUESTED"])).toBe("IN_PROGRESS");
    expect(deriveContractStatus("IN_PROGRESS", ["APPROVED", "IN_PROGRESS"])).toBe("IN_PROGRESS");
    expect(deriveContractStatus("REQUESTED", ["APPROVED", "REQUESTED"])).toBe("IN_PROGRESS");
    expect(deriveContractStatus("IN_PROGRESS", ["REJECTED", "REJECTED"])).toBe("REJECTED");
    expect(deriveContractStatus("IN_PROGRESS", ["APPROVED", "REJECTED"])).toBe("APPROVED");
    expect(deriveContractStatus("APPROVED", ["IN_TERMINATION", "REJECTED"])).toBe("IN_TERMINATION");
    expect(deriveContractStatus("IN_TERMINATION", ["TERMINATED", "REJECTED"])).toBe("TERMINATED");
    expect(deriveContractStatus("APPROVED", ["APPROVED", "REQUESTED"])).toBe("IN_PROGRESS");
  });
});
