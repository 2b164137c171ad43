// The studio's page: explorer, the YAML editor (CodeMirror 6), and the views the server lists.
// It holds no rules of its own: findings, analyses and views all come from the workspace's API.
import { EditorView, basicSetup } from "codemirror";
import { yaml } from "@codemirror/lang-yaml";
import { setDiagnostics, lintGutter } from "@codemirror/lint";
import { Annotation } from "@codemirror/state";
import { installTests } from "./tests.js";
import { installIssue } from "./issue.js";

const token = new URLSearchParams(location.search).get("token") || "";
const EDIT_PAUSE_MS = 150; // a pause in typing; the round trip and repaint fit in the 300 ms the issue allows

const state = { lang: localStorage.getItem("rubric-studio-lang") || "vi", texts: {}, packs: [], views: [],
  pack: null, file: null, unit: null, stamp: null, editor: null, timer: null, editSeq: 0, active: { bottom: null, right: null } };

const $ = (id) => document.getElementById(id);
const t = (key, ...args) => (state.texts[key] || key).replace(/\{(\d+)\}/g, (_, i) => args[i] ?? "");

function url(path, params = {}) {
  const q = new URLSearchParams({ ...params, lang: state.lang });
  return path + "?" + q.toString();
}

async function api(path, params, body) {
  const init = { headers: { "X-Rubric-Token": token } };
  if (body !== undefined) {
    init.method = "POST";
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  return fetch(url(path, params), init);
}

function status(text, kind) {
  const s = $("status");
  s.textContent = text;
  s.className = kind || "";
}

// ---- texts ------------------------------------------------------------------------------

async function loadTexts() {
  const r = await api("/api/texts");
  state.texts = (await r.json()).texts;
  document.documentElement.lang = state.lang;
  document.querySelectorAll("[data-text]").forEach((el) => { el.textContent = t(el.dataset.text); });
  $("lang").value = state.lang;
}

// ---- explorer ---------------------------------------------------------------------------

async function loadPacks() {
  const r = await api("/api/packs");
  state.packs = await r.json();
  const tree = $("explorer-tree");
  tree.replaceChildren();
  for (const p of state.packs) {
    const li = document.createElement("li");
    li.className = "pack";
    const head = document.createElement("div");
    head.className = "pack-head";
    const name = document.createElement("span");
    name.textContent = p.id;
    name.title = p.title;
    const badge = document.createElement("span");
    badge.className = "state " + p.state;
    badge.textContent = t("studio.ui.state." + p.state);
    head.append(name, " ", badge);
    li.append(head);
    const files = document.createElement("ul");
    for (const f of p.files) {
      const fi = document.createElement("li");
      const b = document.createElement("button");
      b.className = "file";
      b.dataset.path = f;
      b.textContent = f.substring(p.path === "." ? 0 : p.path.length + 1);
      b.addEventListener("click", () => openFile(p.path, f));
      fi.append(b);
      files.append(fi);
    }
    li.append(files);
    tree.append(li);
  }
}

// ---- editor -----------------------------------------------------------------------------

function makeEditor() {
  state.editor = new EditorView({
    parent: $("editor"),
    extensions: [basicSetup, yaml(), lintGutter(), EditorView.lineWrapping,
      EditorView.updateListener.of((u) => { if (u.docChanged && !u.transactions.some((tr) => tr.annotation(loading))) edited(); })],
  });
}

// marks a document replaced by a load (not typed): it is not an edit
const loading = Annotation.define();

async function openFile(pack, path) {
  const r = await api("/api/file", { path });
  if (!r.ok) { status(await problemText(r), "error"); return; }
  const f = await r.json();
  if (state.pack !== pack) state.unit = null;
  state.pack = pack;
  state.file = path;
  state.stamp = f.stamp;
  const ed = state.editor;
  ed.dispatch({ changes: { from: 0, to: ed.state.doc.length, insert: f.text }, annotations: loading.of(true) });
  $("file-name").textContent = path;
  document.querySelectorAll("button.file").forEach((b) => b.classList.toggle("open", b.dataset.path === path));
  $("save").disabled = false;
  $("previous").disabled = false;
  status("");
  await sendEdit(true);
  refreshViews("selection");
}

function edited() {
  clearTimeout(state.timer);
  state.timer = setTimeout(async () => { await sendEdit(false); refreshViews("edit"); }, EDIT_PAUSE_MS);
}

/** Sends the editor's text (the workspace reads it from now on) and underlines the findings in this file. */
async function sendEdit(justOpened) {
  if (!state.file) return;
  const seq = ++state.editSeq;
  const r = await api("/api/edit", {}, { path: state.file, text: state.editor.state.doc.toString() });
  if (seq !== state.editSeq) return; // a later edit is on its way
  if (!r.ok) { status(await problemText(r), "error"); return; }
  showFindings((await r.json()).diagnostics);
  if (!justOpened) status("");
}

function showFindings(list) {
  const doc = state.editor.state.doc;
  const here = list.filter((d) => d.file === state.file && d.line > 0);
  const diagnostics = here.map((d) => {
    const line = doc.line(Math.min(d.line, doc.lines));
    // from the column to the end of its line; a column past the end (a bracket left open) marks the line's last character
    const from = Math.max(line.from, Math.min(line.from + Math.max(d.column - 1, 0), line.to - 1));
    const to = line.to > from ? line.to : Math.min(from + 1, doc.length);
    return { from, to, severity: d.severity === "error" ? "error" : "warning",
      message: d.code + ": " + d.message + (d.hint ? "\n→ " + d.hint : "") };
  });
  state.editor.dispatch(setDiagnostics(state.editor.state, diagnostics));
}

async function save() {
  if (!state.file) return;
  clearTimeout(state.timer);
  const r = await api("/api/save", {}, { path: state.file, text: state.editor.state.doc.toString(), stamp: state.stamp });
  if (r.status === 409) { offerReload(await problemText(r)); return; }
  if (!r.ok) { status(await problemText(r), "error"); return; }
  const doc = await r.json();
  state.stamp = doc.stamp;
  showFindings(doc.diagnostics);
  status(t("studio.ui.saved"), "ok");
  refreshViews("save");
  loadPacks();
}

async function previous() {
  if (!state.file) return;
  const r = await api("/api/previous", {}, { path: state.file, stamp: state.stamp });
  if (r.status === 409) { offerReload(await problemText(r)); return; }
  if (!r.ok) { status(await problemText(r), "error"); return; }
  await openFile(state.pack, state.file);
  refreshViews("save");
}

function offerReload(text) {
  status(text, "error");
  const b = document.createElement("button");
  b.textContent = t("studio.ui.reload");
  b.addEventListener("click", () => openFile(state.pack, state.file));
  $("status").append(" ", b);
}

async function problemText(r) {
  try {
    const doc = await r.clone().json();
    if (doc.diagnostics && doc.diagnostics.length) return doc.diagnostics.map((d) => d.message + (d.hint ? " — " + d.hint : "")).join("; ");
  } catch (e) { /* not JSON: the text itself */ }
  return await r.text();
}

// ---- views ------------------------------------------------------------------------------

async function loadViews() {
  const r = await api("/api/views");
  state.views = await r.json();
  for (const area of ["bottom", "right"]) {
    const tabs = $(area + "-tabs"), panels = $(area + "-panels");
    tabs.replaceChildren();
    panels.replaceChildren();
    const here = state.views.filter((v) => v.placement === area);
    if (!here.some((v) => v.id === state.active[area])) state.active[area] = here.length ? here[0].id : null;
    for (const v of here) {
      const tab = document.createElement("button");
      tab.className = "tab";
      tab.id = "tab-" + v.id;
      tab.setAttribute("role", "tab");
      tab.textContent = v.title;
      tab.addEventListener("click", () => { state.active[area] = v.id; showActive(area); renderView(v, "selection"); });
      tabs.append(tab);
      const panel = document.createElement("div");
      panel.className = "panel";
      panel.id = "view-" + v.id;
      panel.setAttribute("role", "tabpanel");
      panels.append(panel);
    }
    showActive(area);
  }
}

function showActive(area) {
  for (const v of state.views.filter((x) => x.placement === area)) {
    $("tab-" + v.id).classList.toggle("active", v.id === state.active[area]);
    $("view-" + v.id).hidden = v.id !== state.active[area];
  }
}

/** Renders the shown views that ask for this event (the hidden ones render when their tab is chosen). */
function refreshViews(cause) {
  for (const v of state.views) {
    if (v.id !== state.active[v.placement]) continue;
    if (!v.refreshesOn.includes(cause)) continue;
    renderView(v, cause);
  }
}

async function renderView(v, cause) {
  const panel = $("view-" + v.id);
  const seq = (panel.dataset.seq = String(Number(panel.dataset.seq || 0) + 1));
  const started = performance.now();
  const params = { cause };
  if (state.pack) params.pack = state.pack;
  if (state.file) params.file = state.file;
  if (state.unit) params.unit = state.unit;
  const r = await api("/api/views/" + encodeURIComponent(v.id), params);
  const body = await r.text();
  if (panel.dataset.seq !== seq) return; // a later rendering of this view is on its way
  panel.classList.toggle("failed", !r.ok);
  if (!r.ok) panel.textContent = body;
  else if ((r.headers.get("Content-Type") || "").startsWith("text/html")) panel.innerHTML = body; // the view escaped every text
  else panel.textContent = body;
  panel.dataset.renderedMs = String(Math.round(performance.now() - started));
  panel.dataset.cause = cause;
}

// a unit's row (Impact's movers) selects the unit, and shows its sheet
document.addEventListener("click", (e) => {
  const row = e.target.closest("tr[data-unit]");
  if (!row) return;
  state.unit = row.dataset.unit;
  const sheet = state.views.find((v) => v.id === "sheet");
  if (sheet) { state.active[sheet.placement] = sheet.id; showActive(sheet.placement); }
  refreshViews("selection");
});

// a problem's row takes the editor to its line
document.addEventListener("click", (e) => {
  const row = e.target.closest("tr[data-line]");
  if (!row || row.dataset.file !== state.file || !state.editor) return;
  const doc = state.editor.state.doc;
  const line = doc.line(Math.min(Math.max(Number(row.dataset.line), 1), doc.lines));
  state.editor.dispatch({ selection: { anchor: line.from }, scrollIntoView: true });
  state.editor.focus();
});

document.addEventListener("keydown", (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === "s") { e.preventDefault(); save(); }
});

async function start() {
  makeEditor();
  // the actions (tests by example, Ban hành) get what they need of the page, nothing more
  const page = { state, api, t, url, token, status, problemText, openFile, loadPacks, renderView };
  installTests(page);
  installIssue(page);
  $("save").addEventListener("click", save);
  $("previous").addEventListener("click", previous);
  $("lang").addEventListener("change", async (e) => {
    state.lang = e.target.value;
    localStorage.setItem("rubric-studio-lang", state.lang);
    await loadTexts();
    await loadViews();
    await Promise.all([loadPacks(), sendEdit(true)]);
    refreshViews("selection");
  });
  await loadTexts();
  await Promise.all([loadViews(), loadPacks()]);
  refreshViews("selection");
  document.body.dataset.ready = "true";
}

start().catch((e) => status(String(e), "error"));
