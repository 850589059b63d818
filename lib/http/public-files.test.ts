import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";

const publicDir = path.join(import.meta.dirname, "../../public");
const files = readdirSync(publicDir);

/** Whether the proxy runs for a plain GET of this path (its first matcher; the others need action headers). */
function proxyRunsFor(pathname: string): boolean {
  const source = config.matcher[0] as string;
  return new RegExp(`^${source}$`).test(pathname);
}

describe("the public/ folder", () => {
  it("holds the icon, the logo and robots.txt", () => {
    expect(files).toEqual(expect.arrayContaining(["favicon.ico", "logo.svg", "robots.txt"]));
    expect(readFileSync(path.join(publicDir, "favicon.ico")).subarray(0, 4)).toEqual(
      Buffer.from([0, 0, 1, 0]),
    );
  });

  it("is served to visitors as it is: the proxy (and its sign-in redirect) skips every file in it", () => {
    for (const file of files) expect(proxyRunsFor(`/${file}`), file).toBe(false);
    // …while the pages around them still go through it.
    expect(proxyRunsFor("/explore")).toBe(true);
    expect(proxyRunsFor("/robots")).toBe(true);
  });

  it("lets crawlers see the landing page and the public catalog only", () => {
    const rules = readFileSync(path.join(publicDir, "robots.txt"), "utf8")
      .split("\n")
      .filter((line) => /^(allow|disallow):/i.test(line))
      .map((line) => line.replace(/\s+/g, " ").trim());
    expect(rules).toEqual(["Allow: /$", "Allow: /explore", "Disallow: /"]);
  });
});
