import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "../free-port.ts";

// Starts the app the way the README's quick start does (server/main.ts over the embedded database,
// demo data on) in a fresh data directory, and records the server's memory at idle and at the end.

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    demoPassword: string;
  }
}

const demoPassword = "e2e-demo-password";
let child: ChildProcess | undefined;
let dataDir = "";

function memory(pid: number): { rssMiB: number; peakMiB: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMiB: Math.round(kib("VmRSS") / 1024), peakMiB: Math.round(kib("VmHWM") / 1024) };
}

export default async function setup(project: TestProject) {
  const port = await freePort();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bb-e2e-"));
  const baseUrl = `http://127.0.0.1:${port}`;
  const startedAt = Date.now();
  child = spawn(process.execPath, ["server/main.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: baseUrl,
      DATA_DIR: dataDir,
      DEMO_PASSWORD: demoPassword,
      DATABASE_URL: "",
      NODE_ENV: "development",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const poll = setInterval(async () => {
      if (child?.exitCode !== null) {
        clearInterval(poll);
        clearTimeout(timer);
        reject(new Error(`server exited:\n${output}`));
        return;
      }
      const ok = await fetch(`${baseUrl}/healthz`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve();
      }
    }, 100);
  });
  // First page served, then a moment's idle for the memory reading.
  await fetch(`${baseUrl}/nb`);
  const firstPageMs = Date.now() - startedAt;
  await new Promise((r) => setTimeout(r, 1000));
  const idle = memory(child.pid!);
  project.provide("baseUrl", baseUrl);
  project.provide("demoPassword", demoPassword);

  return async () => {
    const end = child?.pid ? memory(child.pid) : { rssMiB: 0, peakMiB: 0 };
    const figures = {
      firstPageMs,
      idleRssMiB: idle.rssMiB,
      afterE2eRssMiB: end.rssMiB,
      peakRssMiB: end.peakMiB,
    };
    fs.mkdirSync(".tmp", { recursive: true });
    fs.writeFileSync(".tmp/e2e-server-figures.json", `${JSON.stringify(figures, null, 2)}\n`);
    console.warn(
      `e2e server: first page after ${firstPageMs} ms; RSS idle ${idle.rssMiB} MiB, after suite ${end.rssMiB} MiB, peak ${end.peakMiB} MiB`,
    );
    child?.kill("SIGTERM");
    await new Promise((r) => child?.once("exit", r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
