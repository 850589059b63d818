import { describe, expect, it } from "vitest";
import { isDecodablePath, malformedPathProblem } from "./malformed-path";

describe("malformed paths", () => {
  it("tells paths that decode from those that cannot", () => {
    for (const path of ["/api/products", "/api/%00", "/api/caf%C3%A9", "/api/a%2Fb"]) {
      expect(isDecodablePath(path), path).toBe(true);
    }
    for (const path of ["/api/%zz", "/api/%", "/api/50%", "/api/%C3%28", "/api/%E0%A4"]) {
      expect(isDecodablePath(path), path).toBe(false);
    }
  });

  it("answers 400 problem+json naming the path", async () => {
    const response = malformedPathProblem("/api/%zz");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({
      status: 400,
      instance: "/api/%zz",
      invalidFields: [{ name: "(path)" }],
    });
  });
});
