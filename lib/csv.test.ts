import { describe, expect, it } from "vitest";
import { csvLine, csvRecords, parseCsv } from "./csv";

const cellsOf = (text: string) => parseCsv(text).rows.map((row) => row.cells);

describe("CSV", () => {
  it("round-trips quotes, commas, newlines and formula guards", () => {
    const cells = ["plain", 'with "quotes"', "a, b", "two\nlines", "=SUM(A1)", ""];
    expect(cellsOf(csvLine(cells) + csvLine(["x"]))).toEqual([
      ["plain", 'with "quotes"', "a, b", "two\nlines", "'=SUM(A1)", ""],
      ["x"],
    ]);
  });

  it("guards every formula prefix on export", () => {
    expect(csvLine(["+1", "-2", "@cmd", "\tx", "ok"])).toBe("'+1,'-2,'@cmd,'\tx,ok\r\n");
  });

  it("reads records by header, with a BOM, LF endings and blank lines", () => {
    const { header, rows, errors } = csvRecords('\uFEFFname,price\n"Disk, big",19.99\n\nSmall,0.10');
    expect(header).toEqual(["name", "price"]);
    expect(rows).toEqual([
      { line: 2, record: { name: "Disk, big", price: "19.99" } },
      { line: 4, record: { name: "Small", price: "0.10" } },
    ]);
    expect(errors).toEqual([]);
  });

  it("keeps a quoted multi-line cell in one row and counts lines as an editor does", () => {
    const { rows } = csvRecords('name,description\r\n"Disk","first\r\nsecond"\r\nNext,plain\r\n');
    expect(rows).toEqual([
      { line: 2, record: { name: "Disk", description: "first\r\nsecond" } },
      { line: 4, record: { name: "Next", description: "plain" } },
    ]);
  });

  it("reads the ; separator European spreadsheets write, decimal commas untouched", () => {
    const parsed = parseCsv('name;price;note\n"Disk; big";19,99;a, b\nSmall;0,10;\n');
    expect(parsed.delimiter).toBe(";");
    expect(parsed.rows.map((r) => r.cells)).toEqual([
      ["name", "price", "note"],
      ["Disk; big", "19,99", "a, b"],
      ["Small", "0,10", ""],
    ]);
  });

  it("reads tab-separated text, and takes a one-column file as comma-separated", () => {
    expect(cellsOf("name\tprice\nDisk\t1")).toEqual([
      ["name", "price"],
      ["Disk", "1"],
    ]);
    expect(parseCsv("name\nDisk, big").delimiter).toBe(",");
  });

  it("makes an unclosed quote one row error and reads on at the next line", () => {
    const { rows, errors } = csvRecords('name,price\n"Disk,19.99\nSmall,0.10\n"Big" disk,2\nLast,3\n');
    expect(errors.map((e) => e.line)).toEqual([2, 4]);
    expect(errors[0]!.message).toMatch(/not closed/);
    expect(rows).toEqual([
      { line: 3, record: { name: "Small", price: "0.10" } },
      { line: 5, record: { name: "Last", price: "3" } },
    ]);
  });

  it("reports an unclosed quote on the last line without losing the rows before it", () => {
    const { rows, errors } = csvRecords('name;price\nA;1\n"B;2');
    expect(rows.map((r) => r.record.name)).toEqual(["A"]);
    expect(errors).toEqual([{ line: 3, message: expect.stringMatching(/not closed/) }]);
  });
});
