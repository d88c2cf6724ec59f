// Chromium started by the test itself, with its own profile directory, driven over CDP.
// Needed where Playwright's own contexts behave differently from a real profile: the quota
// override (Storage.overrideQuotaForOrigin) only bites on a real profile, and the kill test
// must SIGKILL the whole browser and restart it on the same profile.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from './playwright.config';

export type RealChromium = {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  process: ChildProcess;
  /**
   * SIGKILL the whole browser process group, as a power cut would, and wait until its processes
   * are gone (a restarted machine never runs the old browser beside the new one).
   */
  kill(): Promise<void>;
  /** Close politely. */
  close(): Promise<void>;
};

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'kartoteka-profile-'));
}

export function removeProfileDir(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}

async function devToolsPort(profile: string): Promise<number> {
  for (let i = 0; i < 200; i++) {
    try {
      const [port] = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n');
      if (port) return Number(port);
    } catch {
      // Not written yet.
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('Chromium did not start its DevTools endpoint');
}

/** Waits until no process of the group `pgid` is left alive (zombies excepted); fails after 30 s. */
async function groupGone(pgid: number) {
  for (let i = 0; i < 600; i++) {
    if (!groupAlive(pgid)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  // A restart beside a still-running old browser would test something else (two processes on
  // one profile), so say so instead of going on.
  throw new Error(`the killed browser's processes (group ${pgid}) were still running after 30 s`);
}

function groupAlive(pgid: number): boolean {
  try {
    globalThis.process.kill(-pgid, 0);
  } catch {
    return false;
  }
  // Signal 0 also reaches zombies, which hold no files; count only live members.
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') return true;
    } catch {
      // The process ended while we looked.
    }
  }
  return false;
}

export async function launchRealChromium(profile: string): Promise<RealChromium> {
  rmSync(join(profile, 'DevToolsActivePort'), { force: true });
  // Chromium's own log (errors only) goes next to the profile, for a failing test's report.
  const log = openSync(join(profile, 'chromium.log'), 'a');
  const process = spawn(
    '/usr/bin/chromium',
    ['--headless', ...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', '--enable-logging=stderr', '--log-level=2', 'about:blank'],
    { stdio: ['ignore', 'ignore', log], detached: true },
  );
  closeSync(log);
  const port = await devToolsPort(profile);
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    browser,
    context,
    page,
    process,
    async kill() {
      const exited = process.exitCode !== null || process.signalCode !== null
        ? Promise.resolve()
        : new Promise<void>((resolve) => process.once('exit', () => resolve()));
      try {
        globalThis.process.kill(-process.pid!, 'SIGKILL');
      } catch {
        process.kill('SIGKILL');
      }
      await exited;
      await groupGone(process.pid!);
    },
    async close() {
      await browser.close().catch(() => {});
      try {
        globalThis.process.kill(-process.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    },
  };
}
