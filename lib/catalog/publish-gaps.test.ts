import { describe, expect, it } from "vitest";
import { missingAfterPublishingWithEdits } from "./publish-gaps";

describe("what publishing from the product form would still miss", () => {
  it("takes the form's active and publicly-available values over the saved ones, and keeps the rest", () => {
    expect(
      missingAfterPublishingWithEdits(["publiclyAvailable", "providerActive"], {
        active: true,
        publiclyAvailable: true,
      }),
    ).toEqual(["providerActive"]);
    expect(missingAfterPublishingWithEdits([], { active: false, publiclyAvailable: true })).toEqual([
      "active",
    ]);
    expect(
      missingAfterPublishingWithEdits(["notArchived"], { active: true, publiclyAvailable: false }),
    ).toEqual(["notArchived", "publiclyAvailable"]);
  });
});
