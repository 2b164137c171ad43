// The studio's edit-to-matrix latency, measured in the browser (BENCHMARKS.md, "Studio: edit to
// repainted matrix"). Drives Debian's Chromium through chromedriver's WebDriver protocol (plain
// HTTP: no library) on a studio already started; in the page, each edit sets the good class's
// minimum in the form face (a change event, as Enter does) and the page's own Performance API
// marks give the time from the edit to the frame that shows the new Impact matrix. In the same
// run, a no-op round trip (GET /api/texts, then a painted frame) gives the ratio.
//   node benchmarks/studio-latency.mjs ADDRESS [EDITS] [WARMUP]
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

const [address, editsArg, warmArg] = process.argv.slice(2);
const EDITS = Number(editsArg || 25), WARMUP = Number(warmArg || 5);
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const DRIVER = process.env.CHROMEDRIVER || "/usr/bin/chromedriver";
const port = 9515 + Math.floor(Math.random() * 400);

const driver = spawn(DRIVER, ["--port=" + port], { stdio: "ignore" });
const base = `http://127.0.0.1:${port}`;
async function wd(method, path, body) {
  const r = await fetch(base + path, { method, headers: { "Content-Type": "application/json" }, body: body && JSON.stringify(body) });
  const doc = await r.json();
  if (doc.value && doc.value.error) throw new Error(doc.value.error + ": " + doc.value.message);
  return doc.value;
}

let session = null;
try {
  for (let i = 0; ; i++) {
    try { await wd("GET", "/status"); break; } catch (e) { if (i > 50) throw e; await sleep(100); }
  }
  session = (await wd("POST", "/session", { capabilities: { alwaysMatch: { "goog:chromeOptions": {
    binary: CHROMIUM, args: ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=vi"] } } } })).sessionId;
  const s = (p) => `/session/${session}${p}`;
  await wd("POST", s("/timeouts"), { script: 600000 });
  await wd("POST", s("/url"), { url: address });
  const run = (script, ...args) => wd("POST", s("/execute/async"), { script, args });

  const figures = await run(`
    const [edits, warmup, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
    const until = async (f) => { for (;;) { const v = f(); if (v) return v; await new Promise((r) => setTimeout(r, 10)); } };
    const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    (async () => {
      await until(() => document.body.dataset.ready === "true");
      document.querySelector("button.file[data-path='hung-yen-draft/rubric.yaml']").click();
      await until(() => document.querySelector("#view-impact table.matrix"));
      document.getElementById("face-form").click();
      const box = () => document.querySelector("#form tr[data-class='Hoàn thành tốt nhiệm vụ'] input.num");
      await until(box);
      const token = new URLSearchParams(location.search).get("token");
      const edit = [], noop = [];
      for (let i = 0; i < warmup + edits; i++) {
        const n = performance.getEntriesByName("rubric-edit-to-matrix").length;
        const matrix = document.querySelector("#view-impact table.matrix");
        const input = box();
        input.value = String(70 + (i % 5) + 1);   // 71..75: each edit a new text
        input.dispatchEvent(new Event("change", { bubbles: true }));
        await until(() => performance.getEntriesByName("rubric-edit-to-matrix").length > n);
        if (document.querySelector("#view-impact table.matrix") === matrix) throw new Error("the matrix was not repainted");
        if (i >= warmup) edit.push(performance.getEntriesByName("rubric-edit-to-matrix")[n].duration);
        // the no-op: the same page asks the server for its texts and paints a frame
        const t0 = performance.now();
        await (await fetch("/api/texts?lang=vi", { headers: { "X-Rubric-Token": token } })).json();
        await painted();
        if (i >= warmup) noop.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 200)); // a drafter's pause between edits
      }
      done({ edit, noop, units: [...document.querySelectorAll("#view-impact table.matrix td.num")].reduce((a, td) => a + Number(td.textContent), 0) });
    })().catch((e) => done({ error: String(e) }));`, EDITS, WARMUP);
  if (figures.error) throw new Error(figures.error);

  const q = (xs, p) => { const a = [...xs].sort((x, y) => x - y); return a[Math.min(a.length - 1, Math.ceil(p * a.length) - 1)]; };
  const ms = (x) => x.toFixed(0) + " ms";
  const medEdit = q(figures.edit, 0.5), medNoop = q(figures.noop, 0.5);
  console.log(`units in the matrix: ${figures.units}; edits measured: ${figures.edit.length} (after ${WARMUP} of warm-up)`);
  console.log(`edit -> repainted matrix: median ${ms(medEdit)}, p90 ${ms(q(figures.edit, 0.9))}, min ${ms(Math.min(...figures.edit))}, max ${ms(Math.max(...figures.edit))}`);
  console.log(`no-op round trip + paint: median ${ms(medNoop)}, p90 ${ms(q(figures.noop, 0.9))}`);
  console.log(`ratio edit / no-op (medians): ${(medEdit / medNoop).toFixed(1)}x; target 300 ms: ${(medEdit / 300).toFixed(2)}x`);
  console.log("edits (ms): " + figures.edit.map((x) => x.toFixed(0)).join(" "));
} finally {
  if (session) await wd("DELETE", `/session/${session}`).catch(() => {});
  driver.kill();
}
