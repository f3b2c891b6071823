import { describe, expect, it } from "vitest";
import {
  defaultQuery,
  maxPageSize,
  parseWorkbenchQuery,
  serializeWorkbenchQuery,
} from "./workbench-query.ts";

const parse = (search: string) => parseWorkbenchQuery(new URLSearchParams(search));

describe("reading the workbench's URL", () => {
  it("reads the queue, every filter, the order and the page", () => {
    const { query, ignored } = parse(
      "queue=mine&programme=no-ru-regular&call=c-1&office=kirkenes&priority=culture-sport&county=no-troms" +
        "&region=ru-murmansk&status=in_screening&amountMin=10+000&amountMax=500000&sort=amount&dir=desc&page=3&pageSize=10",
    );
    expect(ignored).toEqual([]);
    expect(query).toEqual({
      queue: "mine",
      filters: {
        programme: "no-ru-regular",
        call: "c-1",
        office: "kirkenes",
        priority: "culture-sport",
        county: "no-troms",
        region: "ru-murmansk",
        status: "in_screening",
        amountMin: 10_000,
        amountMax: 500_000,
      },
      sort: "amount",
      dir: "desc",
      page: 3,
      pageSize: 10,
    });
  });

  it("treats empty values as 'any' and passes over parameters that are not its own", () => {
    expect(parse("programme=&status=&utm_source=mail&_data=x")).toEqual({ query: defaultQuery, ignored: [] });
  });

  it("leaves absurd values at their defaults and names them, never passing them on", () => {
    const { query, ignored } = parse(
      "page=-1&pageSize=100000&sort=drop%20table&dir=sideways&queue=everything&status=draft" +
        "&amountMin=-5&amountMax=1e9&programme=%27%3B%20drop%20table%20application%3B--&office=" +
        "x".repeat(101),
    );
    expect(query).toEqual(defaultQuery);
    expect(ignored.sort()).toEqual(
      [
        "amountMax",
        "amountMin",
        "dir",
        "office",
        "page",
        "pageSize",
        "programme",
        "queue",
        "sort",
        "status",
      ].sort(),
    );
  });

  it("never builds a page bigger than the maximum", () => {
    expect(parse(`pageSize=${maxPageSize}`).query.pageSize).toBe(maxPageSize);
    expect(parse(`pageSize=${maxPageSize + 1}`).query.pageSize).toBe(defaultQuery.pageSize);
    expect(parse("pageSize=0").query.pageSize).toBe(defaultQuery.pageSize);
    expect(parse("page=10001").query.page).toBe(1);
  });

  it("writes a canonical query string that reads back to the same query, without the page", () => {
    const { query } = parse("sort=amount&queue=new&amountMin=5000&region=fi-lapland&page=4");
    const written = serializeWorkbenchQuery(query);
    expect(written).toBe("queue=new&region=fi-lapland&amountMin=5000&sort=amount");
    expect(parse(written).query).toEqual({ ...query, page: 1 });
    expect(serializeWorkbenchQuery(defaultQuery)).toBe("");
    expect(serializeWorkbenchQuery(query, { withPage: true })).toContain("page=4");
  });
});
