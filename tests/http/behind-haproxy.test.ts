import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBackend } from "../database.ts";
import { demoPassword } from "../fixtures/fixtures.ts";
import { freePort } from "../free-port.ts";
import { startTestApp, type TestApp } from "./start-test-app.ts";

// Production as the README describes it: Debian's haproxy terminates TLS (a certificate made here)
// and forwards to the app, which is told to believe one proxy hop (TRUST_PROXY=1). Logging in
// through it must work as it does directly: the login form's action, Better Auth's origin check, a
// Secure session cookie, the cross-site check, and the login lockout counting the real client.

const haproxyPath = process.env.HAPROXY_PATH ?? "/usr/sbin/haproxy";
let app: TestApp;
let haproxy: ChildProcess | undefined;
let haproxyOutput = "";
let publicUrl = "";
let ca = "";
let dir = "";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A request to the haproxy front, trusting only the test's certificate, from a chosen loopback
 * address (Linux answers on all of 127.0.0.0/8): each address is a different client.
 */
function request(
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; from?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const call = https.request(
      `${publicUrl}${pathname}`,
      {
        method: options.method ?? "GET",
        headers: options.headers,
        ca,
        localAddress: options.from ?? "127.0.0.1",
        agent: false,
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      },
    );
    call.on("error", reject);
    call.end(options.body);
  });
}

/** The login form, posted as a browser on the https site does. */
function login(email: string, password: string, from: string, headers: Record<string, string> = {}) {
  return request("/en/login", {
    method: "POST",
    from,
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: publicUrl,
      "sec-fetch-site": "same-origin",
      ...headers,
    },
    body: new URLSearchParams({ email, password }).toString(),
  });
}

const setCookies = (answer: Answer) => (answer.headers["set-cookie"] as string[] | undefined) ?? [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bb-haproxy-"));
  const port = await freePort();
  publicUrl = `https://127.0.0.1:${port}`;
  // A self-signed certificate for the address the test calls, made afresh for this run.
  execFileSync(
    "/usr/bin/openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
      "-keyout",
      path.join(dir, "key.pem"),
      "-out",
      path.join(dir, "cert.pem"),
    ],
    { stdio: "ignore" },
  );
  ca = fs.readFileSync(path.join(dir, "cert.pem"), "utf8");
  fs.writeFileSync(path.join(dir, "site.pem"), ca + fs.readFileSync(path.join(dir, "key.pem"), "utf8"));

  // A low limit per address: the count the test makes is exact.
  app = await startTestApp({ PUBLIC_URL: publicUrl, TRUST_PROXY: "1", LOGIN_ADDRESS_RATE_LIMIT: "3" });
  const appPort = new URL(app.url).port;
  // The README's haproxy example, on the test's ports.
  fs.writeFileSync(
    path.join(dir, "haproxy.cfg"),
    `global
  maxconn 100

defaults
  mode http
  timeout connect 5s
  timeout client 30s
  timeout server 30s

frontend public
  bind 127.0.0.1:${port} ssl crt ${path.join(dir, "site.pem")}
  option forwardfor
  http-request set-header X-Forwarded-Proto https
  default_backend app

backend app
  server app1 127.0.0.1:${appPort}
`,
  );
  haproxy = spawn(haproxyPath, ["-db", "-f", path.join(dir, "haproxy.cfg")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  haproxy.stdout?.on("data", (d) => (haproxyOutput += d));
  haproxy.stderr?.on("data", (d) => (haproxyOutput += d));
  // Ready when the TLS front answers; an exit or ten seconds of silence fails with haproxy's words.
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (haproxy.exitCode !== null) throw new Error(`haproxy exited:\n${haproxyOutput}`);
    const ok = await request("/healthz")
      .then((answer) => answer.status === 200)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`haproxy did not answer:\n${haproxyOutput}`);
    // Retried as the e2e server's start is (tests/e2e/global-setup.ts): nothing to wait on but the port.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
});

afterAll(async () => {
  if (haproxy && haproxy.exitCode === null) {
    const exited = new Promise((resolve) => haproxy?.once("exit", resolve));
    haproxy.kill("SIGTERM");
    await exited;
  }
  await app?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe(`the app behind haproxy terminating TLS (${testBackend})`, () => {
  it("logs in through the proxy with a Secure session cookie and opens a signed-in page", async () => {
    const form = await request("/en/login", { from: "127.0.0.2" });
    expect(form.status).toBe(200);
    const answer = await login("applicant@example.org", demoPassword, "127.0.0.2");
    expect(answer.status, answer.body.slice(0, 300)).toBe(302);
    const session = setCookies(answer).find((cookie) => cookie.includes("session_token="));
    expect(session).toMatch(/^__Secure-/);
    expect(session).toMatch(/;\s*Secure/i);
    expect(answer.headers.location).toBe("/en");

    const account = await request("/en/account", {
      from: "127.0.0.2",
      headers: { cookie: session!.split(";")[0]! },
    });
    expect(account.status).toBe(200);
    expect(account.body).toContain("applicant@example.org");
    // Better Auth recorded the session from the client's address, not the proxy's.
    const sessions = await app.services.db.query.sessions.findMany();
    expect(sessions.map((s) => s.ipAddress)).toContain("127.0.0.2");
  });

  it("refuses a form posted from another origin through the proxy", async () => {
    const answer = await login("applicant@example.org", demoPassword, "127.0.0.2", {
      origin: "https://evil.example",
      "sec-fetch-site": "cross-site",
    });
    expect(answer.status).toBe(403);
    expect(setCookies(answer)).toEqual([]);
  });

  it("counts failed logins per real client: a forged X-Forwarded-For changes nothing, another client is not blocked", async () => {
    // Three different accounts (each below its own limit) from one client that forges its address.
    for (let i = 0; i < 3; i++) {
      const answer = await login(`guess${i}@example.org`, "wrong-password", "127.0.0.3", {
        "x-forwarded-for": `203.0.113.${i + 1}`,
      });
      expect(answer.status).toBe(401);
    }
    const blocked = await login("partner@example.org", demoPassword, "127.0.0.3", {
      "x-forwarded-for": "198.51.100.77",
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toContain("Too many failed logins from your network.");
    // The proxy's own address is not the one counted: someone else behind it still logs in.
    const other = await login("partner@example.org", demoPassword, "127.0.0.4");
    expect(other.status).toBe(302);
  });
});
