import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";

/** Project root. */
const ROOT = resolve(import.meta.dirname, "../..");

/** A running `astro dev` and everything it printed so far. */
export interface DevServer {
  /** Base address, ending in `/`. */
  readonly url: string;
  /** stdout and stderr so far. */
  output(): string;
  /** Stops the server and the processes it started; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts `astro dev` (what `npm run dev` runs) on a free port of 127.0.0.1 against a content folder.
 * The server runs in its own process group, so `stop()` also ends its helpers (esbuild), and it is
 * stopped when the test process exits, whatever happened.
 *
 * @param contentDir The content folder (`CONTENT_DIR`).
 * @param cacheDir A cache folder of its own (`ASTRO_CACHE_DIR`).
 * @param timeoutMs How long to wait for the address.
 * @returns The server.
 */
export async function startDevServer(contentDir: string, cacheDir: string, timeoutMs = 60_000): Promise<DevServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [resolve(ROOT, "node_modules/astro/bin/astro.mjs"), "dev", "--ignore-lock", "--host", "127.0.0.1", "--port", "0"],
    {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...serverEnv(),
        CONTENT_DIR: contentDir,
        ASTRO_CACHE_DIR: cacheDir,
        ASTRO_TELEMETRY_DISABLED: "1",
        NO_COLOR: "1",
        FORCE_COLOR: "0",
      },
    },
  );
  let out = "";
  child.stdout?.on("data", (b: Buffer) => (out += b.toString()));
  child.stderr?.on("data", (b: Buffer) => (out += b.toString()));
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  let stopped = false;
  const kill = (): void => {
    if (stopped || child.pid === undefined) return;
    stopped = true;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.once("exit", kill);
  const stop = async (): Promise<void> => {
    kill();
    process.off("exit", kill);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // eslint-disable-next-line no-control-regex
    const m = /(http:\/\/(?:127\.0\.0\.1|localhost):\d+\/)/.exec(out.replace(/\x1b\[[0-9;]*m/g, ""));
    if (m?.[1]) return { url: m[1], output: () => out, stop };
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`astro dev did not start (exit ${child.exitCode}):\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The environment without what Vitest adds for its own modules (`NODE_ENV=test`, `BASE_URL`, `MODE`,
 * `DEV`, `PROD`, `SSR`, `VITEST…`): the dev server would take them as its own settings and serve 404s.
 *
 * @returns The environment a person's shell would give `npm run dev`.
 */
function serverEnv(): NodeJS.ProcessEnv {
  const vitestKeys = new Set(["TEST", "NODE_ENV", "BASE_URL", "MODE", "DEV", "PROD", "SSR", "FORCE_TTY"]);
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !vitestKeys.has(k) && !k.startsWith("VITEST")));
}

/**
 * Polls until a condition holds, bounded in time and in number of tries.
 *
 * @param check The condition.
 * @param timeoutMs The bound.
 * @param everyMs Pause between tries.
 * @returns Milliseconds it took.
 */
export async function pollUntil(check: () => Promise<boolean>, timeoutMs: number, everyMs = 50): Promise<number> {
  const t0 = performance.now();
  const tries = Math.ceil(timeoutMs / everyMs);
  for (let i = 0; i < tries; i++) {
    if (await check().catch(() => false)) return performance.now() - t0;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}
