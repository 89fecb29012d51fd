import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/pipeline/csv.ts";
import { dataError } from "./helpers.ts";

const parse = (text: string) => parseCsv(text, "data/t.csv", ["a", "b"]);

// Line 1 is the header; the row on lines 2–4 holds a quoted field with two embedded newlines, so the
// next row starts on line 5.
const MULTILINE_FIRST = 'a,b\n1,"first\nsecond\nthird"\n';

describe("parseCsv", () => {
  it("numbers each record by the line where it starts, counting embedded newlines and blank lines", () => {
    expect(parse(`${MULTILINE_FIRST}\n3,4\n`)).toEqual([
      { line: 2, fields: { a: "1", b: "first\nsecond\nthird" } },
      { line: 6, fields: { a: "3", b: "4" } },
    ]);
  });

  it("accepts columns in any order and a BOM and CRLF line ends", () => {
    expect(parseCsv('\uFEFFb,a\r\n"x\r\ny",1\r\n2,3\r\n', "t.csv", ["a", "b"])).toEqual([
      { line: 2, fields: { a: "1", b: "x\ny" } },
      { line: 4, fields: { a: "3", b: "2" } },
    ]);
  });

  it("rejects an unclosed quote on the line where its row starts, after a multi-line row", () => {
    const e = dataError(() => parse(`${MULTILINE_FIRST}3,"never closed\n4,5\n`));
    expect(e.message).toBe('data/t.csv:5: unclosed quote: a field opens with " but never closes');
    expect(e.line).toBe(5);
  });

  it("rejects a stray quote inside a quoted field on its row's first line", () => {
    const e = dataError(() => parse(`${MULTILINE_FIRST}3,"a"b"\n`));
    expect(e.message).toBe(
      'data/t.csv:5: a quoted field does not close properly: a closing " is missing, or a " inside it is not doubled ("")',
    );
  });

  it("rejects a quote left open mid-file on the line where its row starts, not where a later quote stops it", () => {
    const e = dataError(() => parse(`${MULTILINE_FIRST}3,"never closed\n4,5\n6,"seven"\n`));
    expect(e.line).toBe(5);
    expect(e.message).toMatch(
      /^data\/t\.csv:5: a quoted field does not close properly: a closing " is missing/,
    );
  });

  it("rejects a row with too many columns on the line where it starts, after a multi-line row", () => {
    const e = dataError(() => parse(`${MULTILINE_FIRST}3,4,5\n`));
    expect(e.message).toBe("data/t.csv:5: row has 3 fields; the header has 2");
    expect(e.line).toBe(5);
  });

  it("rejects a row with too few columns on the line where it starts, after a multi-line row", () => {
    const e = dataError(() => parse(`${MULTILINE_FIRST}3\n`));
    expect(e.message).toBe("data/t.csv:5: row has 1 fields; the header has 2");
    expect(e.line).toBe(5);
  });

  it("names the first line of a bad row that itself spans several lines", () => {
    // Lines 5–6 hold one row with three fields.
    const e = dataError(() => parse(`${MULTILINE_FIRST}3,"x\ny",z\n`));
    expect(e.line).toBe(5);
  });

  it("counts CRLF and blank lines the same way when naming the line of a bad row", () => {
    const e = dataError(() => parse('a,b\r\n1,"x\r\ny"\r\n\r\n3,4,5\r\n'));
    expect(e.line).toBe(5);
  });

  it("rejects an empty file and a header that misses or adds columns, on line 1", () => {
    expect(dataError(() => parse("\n")).message).toBe("data/t.csv:1: file is empty; it needs a header row");
    expect(dataError(() => parse("a,c\n1,2\n")).message).toBe(
      "data/t.csv:1: header must name the columns a, b; missing b; unknown c",
    );
  });
});
