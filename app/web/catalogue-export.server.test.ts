import http from "node:http";
import type { AddressInfo } from "node:net";
import { writeReadableStreamToWritable } from "@react-router/node";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { streamedExport } from "./catalogue-export.server.ts";

// The streamed exports' promise about failures, through a real socket and the writer React Router's
// Express adapter uses (writeReadableStreamToWritable): a failure before the first byte rejects (the
// route can still answer 4xx/5xx); a failure after it cuts the download short (the chunked body never
// ends, so no client takes the part for the whole), is logged in one line, and the server goes on.

const headers = { contentType: "text/csv; charset=utf-8", fileName: "export.csv" };

/** Rows that fail after `count`, once `until` settles (so the test decides when: after the first bytes). */
async function* rowsFailingAfter(
  count: number,
  until: Promise<void> = Promise.resolve(),
): AsyncGenerator<number> {
  for (let i = 0; i < count; i++) yield i;
  await until;
  throw new Error("the database went away");
}

let releaseFailure: () => void = () => {};

async function* lines(rows: AsyncGenerator<number>): AsyncGenerator<string> {
  yield "n\r\n";
  for await (const row of rows) yield `${row}\r\n`;
}

let server: http.Server;
let url: string;
beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    const request = new Request(`http://localhost${req.url}`, { method: req.method });
    const failure = new Promise<void>((resolve) => {
      releaseFailure = resolve;
    });
    const rows = req.url?.startsWith("/fails-later")
      ? () => rowsFailingAfter(3, failure)
      : () => rowsFailingAfter(0);
    try {
      const response = await streamedExport(request, 'W/"tag"', rows, lines, headers);
      res.writeHead(response.status, Object.fromEntries(response.headers));
      if (response.body) await writeReadableStreamToWritable(response.body, res);
      else res.end();
    } catch {
      // What the adapter does with an error: an error answer while nothing is sent, else nothing more.
      if (!res.headersSent) res.writeHead(500).end("refused before the first byte");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("a streamed export", () => {
  it("refuses before the first byte when the first page cannot be read", async () => {
    const response = await fetch(`${url}/fails-at-once?status=x`);
    expect(response.status).toBe(500);
    expect(await response.text()).toBe("refused before the first byte");
  });

  it("cuts the download short when a later page fails, logs one line, and the server goes on", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const response = await fetch(`${url}/fails-later?q=private-words`);
      expect(response.status).toBe(200);
      const reader = response.body!.getReader();
      const first = await reader.read();
      expect(new TextDecoder().decode(first.value)).toMatch(/^n\r\n/);
      releaseFailure();
      const rest = async () => {
        for (;;) if ((await reader.read()).done) return;
      };
      await expect(rest()).rejects.toThrow();
      expect(log).toHaveBeenCalledTimes(1);
      const line = String(log.mock.calls[0]![0]);
      expect(line).toBe("/fails-later: Error: the database went away");
      expect(line).not.toContain("private-words");
    } finally {
      log.mockRestore();
    }
    // The same process answers the next request.
    const head = await fetch(`${url}/fails-later`, { method: "HEAD" });
    expect(head.status).toBe(200);
  });

  it("answers HEAD and a matching If-None-Match without reading a row", async () => {
    const rows = vi.fn(() => rowsFailingAfter(0));
    const head = await streamedExport(new Request(url, { method: "HEAD" }), 'W/"tag"', rows, lines, headers);
    expect(head.status).toBe(200);
    expect(head.headers.get("content-disposition")).toBe('attachment; filename="export.csv"');
    const cached = await streamedExport(
      new Request(url, { headers: { "If-None-Match": 'W/"tag"' } }),
      'W/"tag"',
      rows,
      lines,
      headers,
    );
    expect(cached.status).toBe(304);
    expect(rows).not.toHaveBeenCalled();
  });
});
