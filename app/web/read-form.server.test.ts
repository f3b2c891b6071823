import { describe, expect, it } from "vitest";
import { checkFields, defaultFormLimits, readForm } from "./read-form.server.ts";

const form = "application/x-www-form-urlencoded";

/** A POST as the server hands it to an action; a body given as chunks has no Content-Length. */
function post(body: string | Uint8Array | string[] | null, type: string | null = form, path = "/en/login") {
  const headers = new Headers();
  if (type) headers.set("content-type", type);
  let init: RequestInit & { duplex?: "half" } = { method: "POST", headers };
  if (Array.isArray(body)) {
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of body) controller.enqueue(encoder.encode(chunk));
        controller.close();
      },
    });
    init = { ...init, body: stream, duplex: "half" };
  } else if (body !== null) {
    const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
    headers.set("content-length", String(bytes.byteLength));
    init = { ...init, body: bytes as Uint8Array<ArrayBuffer> };
  }
  return new Request(`http://localhost${path}`, init);
}

interface Thrown {
  data: { reason: string; messages: Record<string, string> };
  init: { status: number };
}

/** The refusal readForm throws, as status and reason, or "read" with the fields. */
async function outcome(request: Request, limits = {}) {
  try {
    const fields = await readForm(request, limits);
    return { read: [...fields.entries()] };
  } catch (error) {
    const thrown = error as Thrown;
    return { status: thrown.init.status, reason: thrown.data.reason };
  }
}

const fields = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};
const names = (...list: string[]) => fields(list.map((name) => [name, "1"]));

describe("checkFields: the rules for a form's fields", () => {
  it("accepts the names our forms use, up to each bound", () => {
    expect(
      checkFields(
        names(
          "project.title.nb",
          "budget.lines[0].amount",
          "budget.lines[200].foodPersons",
          "intent",
          "a[0]b",
        ),
      ),
    ).toBeNull();
    expect(checkFields(names("n".repeat(defaultFormLimits.maxNameLength)))).toBeNull();
    expect(checkFields(names("a.b.c.d.e.f"))).toBeNull();
    expect(checkFields(fields(Array.from({ length: 2000 }, (_, i) => [`f${i}`, ""])))).toBeNull();
  });

  it("refuses one step past each bound", () => {
    expect(checkFields(names("n".repeat(defaultFormLimits.maxNameLength + 1)))).toEqual({
      status: 400,
      reason: "bad-name",
    });
    expect(checkFields(names("a.b.c.d.e.f.g"))?.reason).toBe("bad-name");
    expect(checkFields(names("budget.lines[201].amount"))?.reason).toBe("bad-name");
    expect(checkFields(fields(Array.from({ length: 2001 }, (_, i) => [`f${i}`, ""])))).toEqual({
      status: 400,
      reason: "too-many-fields",
    });
  });

  it.each([
    "items[99999999].name",
    "items[99999999999999999999999]",
    "items[-1]",
    "items[1e9]",
    "items[]",
    "items[ 1]",
    "a[x]",
    "a..b",
    ".a",
    "a.",
    "[0]",
    "a]",
    "a[0",
    "a.[0]",
    "__proto__.polluted",
    "constructor.prototype.polluted",
    "a.__proto__",
    `a${".b".repeat(5000)}`,
    `a${"[0]".repeat(3000)}`,
    "",
  ])("refuses the name %j", (name) => {
    expect(checkFields(names(name))?.reason).toBe("bad-name");
  });

  it("refuses NUL in a name or a value, and text that was not UTF-8", () => {
    expect(checkFields(names("na\0me"))?.reason).toBe("nul-byte");
    expect(checkFields(fields([["name", "a\0b"]]))?.reason).toBe("nul-byte");
    expect(checkFields(fields([["name", "bl\uFFFDb"]]))?.reason).toBe("bad-encoding");
  });

  it("follows the limits a form names", () => {
    expect(checkFields(names("lines[3]"), { ...defaultFormLimits, maxIndex: 2 })?.reason).toBe("bad-name");
    expect(checkFields(names("a", "b"), { ...defaultFormLimits, maxFields: 1 })?.reason).toBe(
      "too-many-fields",
    );
  });
});

describe("readForm: a body as a stranger sends it", () => {
  it("reads a browser's form, keeping duplicate fields and what a field says", async () => {
    const read = await outcome(
      post("email=a%40example.org&tag=1&tag=2&redirectTo=%0d%0aLocation%3A+https%3A%2F%2Fevil.example"),
    );
    expect(read).toEqual({
      read: [
        ["email", "a@example.org"],
        ["tag", "1"],
        ["tag", "2"],
        // CR/LF is data here; the login's safe-redirect check refuses it as a destination.
        ["redirectTo", "\r\nLocation: https://evil.example"],
      ],
    });
    expect(await outcome(post("name=Bj%C3%B8rn", `${form}; charset=UTF-8`))).toEqual({
      read: [["name", "Bjørn"]],
    });
    expect(await outcome(post(""))).toEqual({ read: [] });
  });

  it.each([
    ["the index bomb", post("items[99999999].name=x"), 400, "bad-name"],
    ["a JSON body", post('{"email":"a@example.org"}', "application/json"), 415, "unsupported-type"],
    ["an XML body", post("<x>&a;</x>", "application/xml"), 415, "unsupported-type"],
    [
      "a binary body",
      post(new Uint8Array([0, 255, 1, 254]), "application/octet-stream"),
      415,
      "unsupported-type",
    ],
    ["binary labelled as a form", post(new Uint8Array([0x61, 0x3d, 0xff, 0xfe])), 400, "bad-encoding"],
    ["text/plain", post("a=b", "text/plain"), 415, "unsupported-type"],
    ["no content type", post("a=b", null), 415, "unsupported-type"],
    ["another charset", post("name=bl%E5", `${form}; charset=iso-8859-1`), 415, "unsupported-type"],
    [
      "multipart where no file is taken",
      post("--x--", "multipart/form-data; boundary=x"),
      415,
      "unsupported-type",
    ],
    ["an encoded NUL", post("name=a%00b"), 400, "nul-byte"],
    ["a raw NUL", post("name=a\0b"), 400, "nul-byte"],
    ["names nested thousands deep", post(`a${".b".repeat(5000)}=1`), 400, "bad-name"],
    ["bad percent-encoding", post("name=%zz&q=%"), 400, "bad-encoding"],
    ["escapes that are not UTF-8", post("name=%C3%28"), 400, "bad-encoding"],
    ["an escaped surrogate", post("name=%ED%A0%80"), 400, "bad-encoding"],
    ["60 000 tiny fields", post("a=&".repeat(60_000)), 400, "too-many-fields"],
    ["a field of 1 MB, by its length", post(`name=${"x".repeat(1_048_576)}`), 413, "too-large"],
    [
      "a field of 1 MB, chunked",
      post(Array.from({ length: 17 }, () => "x".repeat(65_536))),
      413,
      "too-large",
    ],
  ])("refuses %s", async (_, request, status, reason) => {
    expect(await outcome(request)).toEqual({ status, reason });
  });

  it("takes a body exactly at the byte limit and refuses one byte more", async () => {
    const at = `name=${"x".repeat(defaultFormLimits.maxBytes - 5)}`;
    expect(await outcome(post(at))).toMatchObject({ read: [["name", expect.any(String)]] });
    expect(await outcome(post(`${at}x`))).toEqual({ status: 413, reason: "too-large" });
    expect(await outcome(post([at, "x"]))).toEqual({ status: 413, reason: "too-large" });
  });

  it("reads multipart where a form takes files", async () => {
    const body = '--x\r\nContent-Disposition: form-data; name="intent"\r\n\r\nsave\r\n--x--\r\n';
    expect(await outcome(post(body, "multipart/form-data; boundary=x"), { files: true })).toEqual({
      read: [["intent", "save"]],
    });
    expect(await outcome(post("not multipart", "multipart/form-data; boundary=x"), { files: true })).toEqual({
      status: 400,
      reason: "bad-encoding",
    });
  });
});
