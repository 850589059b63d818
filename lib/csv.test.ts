import { describe, expect, it } from "vitest";
import { csvLine, csvRecords, parseCsv } from "./csv";

describe("CSV", () => {
  it("round-trips quotes, commas, newlines and formula guards", () => {
    const cells = ["plain", 'with "quotes"', "a, b", "two\nlines", "=SUM(A1)", ""];
    const parsed = parseCsv(csvLine(cells) + csvLine(["x"]));
    expect(parsed[0]).toEqual(["plain", 'with "quotes"', "a, b", "two\nlines", "'=SUM(A1)", ""]);
    expect(parsed[1]).toEqual(["x"]);
  });

  it("reads records by header, with a BOM, LF endings and blank lines", () => {
    const { header, records } = csvRecords('\uFEFFname,price\n"Disk, big",19.99\n\nSmall,0.10');
    expect(header).toEqual(["name", "price"]);
    expect(records).toEqual([
      { name: "Disk, big", price: "19.99" },
      { name: "Small", price: "0.10" },
    ]);
  });
});
