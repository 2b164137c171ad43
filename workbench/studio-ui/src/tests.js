// Tests by example: the Tests view's buttons. A failing case is reviewed (what accepting writes,
// what is left by hand) and accepted; the selected unit's sheet is saved as a case. The decisions
// are the workspace's (/api/tests/*); this only asks and shows.
import { openDialog, button, diagnosticList, titledList } from "./dialog.js";

export function installTests(s) {
  document.addEventListener("click", (e) => {
    const b = e.target.closest("#view-tests [data-action]");
    if (!b) return;
    if (b.dataset.action === "tests-run") rerender(s);
    else if (b.dataset.action === "tests-review") review(s, b.dataset.file, b.dataset.case);
    else if (b.dataset.action === "tests-save-case") saveCase(s, b.dataset.unit, b.closest(".actions").querySelector("[data-role=save-case-file]").value);
  });
}

function rerender(s) {
  const v = s.state.views.find((x) => x.id === "tests");
  if (v) s.renderView(v, "save");
}

async function review(s, file, caseName) {
  const r = await s.api("/api/tests/review", { pack: s.state.pack, file, case: caseName });
  if (!r.ok) { s.status(await s.problemText(r), "error"); return; }
  const plan = await r.json();
  openDialog("tests-dialog", s.t("studio.ui.tests.review-title", caseName), (body, close) => {
    if (plan.moves.length) {
      body.append(...titledList(s.t("studio.ui.tests.moves"), "moves", plan.moves,
        (m) => m.file + ", " + s.t("studio.ui.tests.line", m.line) + " · " + m.what + ": " + m.old + " → " + m.now));
    }
    if (plan.left.length) {
      body.append(...titledList(s.t("studio.ui.tests.left"), "left", plan.left,
        (l) => l.what + ": " + l.expected + " → " + l.actual + " — " + l.why));
    }
    const result = document.createElement("div");
    result.setAttribute("role", "alert");
    const accept = button(s.t("studio.ui.tests.accept"), async () => {
      accept.disabled = true;
      const a = await s.api("/api/tests/accept", {}, { pack: s.state.pack, file, case: caseName, fingerprint: plan.fingerprint });
      if (!a.ok) {
        accept.disabled = false;
        result.replaceChildren(diagnosticList((await a.json()).diagnostics));
        return;
      }
      const done = await a.json();
      close();
      s.status(s.t("studio.ui.tests.accepted", done.files.join(", "), done.moves), "ok");
      // the editor shows the file as written now, if it is the one open
      if (done.files.includes(s.state.file)) await s.openFile(s.state.pack, s.state.file);
      rerender(s);
      s.loadPacks();
    }, "primary");
    accept.disabled = plan.moves.length === 0;
    accept.autofocus = true;
    const row = document.createElement("div");
    row.className = "dialog-buttons";
    row.append(accept, button(s.t("studio.ui.cancel"), close));
    body.append(result, row);
  });
}

async function saveCase(s, unit, file) {
  const r = await s.api("/api/tests/save-case", {}, { pack: s.state.pack, unit, file });
  if (!r.ok) { s.status(await s.problemText(r), "error"); return; }
  const saved = await r.json();
  s.status(s.t("studio.ui.tests.case-saved", saved.case, saved.file, saved.class), "ok");
  rerender(s);
  s.loadPacks();
}
