// Ban hành: one action. The form asks for the decision, its dates and the version; the workspace
// (/api/issue) checks, exports and verifies, or refuses with every reason; the issued files are
// then offered for download (/api/download, confined to the folder's dist/).
import { openDialog, button, diagnosticList } from "./dialog.js";

const FIELDS = [["decision", "studio.ui.issue.decision", "Quyết định số 05/2026/QĐ-UBND"],
  ["decisionDate", "studio.ui.issue.decision-date", "2026-03-02"],
  ["effectiveFrom", "studio.ui.issue.effective-from", "2026-03-16"],
  ["version", "studio.ui.issue.version", "1.0.0"]];

export function installIssue(s) {
  const b = document.createElement("button");
  b.id = "issue";
  b.type = "button";
  b.dataset.text = "studio.ui.issue";
  b.textContent = "Ban hành…";
  b.addEventListener("click", () => openIssue(s));
  document.getElementById("previous").after(b);
}

async function openIssue(s) {
  if (!s.state.pack) { s.status(s.t("studio.ui.issue.choose-pack"), "error"); return; }
  const pack = s.state.pack;
  const r = await s.api("/api/issue", { pack });
  if (!r.ok) { s.status(await s.problemText(r), "error"); return; }
  const current = await r.json();
  openDialog("issue-dialog", s.t("studio.ui.issue.title", pack), (body, close) => {
    const intro = document.createElement("p");
    intro.textContent = s.t("studio.ui.issue.intro");
    const form = document.createElement("form");
    form.className = "issue-form";
    const inputs = {};
    for (const [name, key, example] of FIELDS) {
      const label = document.createElement("label");
      const span = document.createElement("span");
      span.textContent = s.t(key);
      const input = document.createElement("input");
      input.name = name;
      input.id = "issue-" + name;
      input.placeholder = example;
      input.value = current[name] || "";
      input.autocomplete = "off";
      label.append(span, input);
      form.append(label);
      inputs[name] = input;
    }
    inputs.decision.autofocus = true;
    const result = document.createElement("div");
    result.id = "issue-result";
    result.setAttribute("role", "alert");
    const submit = document.createElement("button");
    submit.type = "submit";
    submit.className = "primary";
    submit.textContent = s.t("studio.ui.issue.submit");
    const row = document.createElement("div");
    row.className = "dialog-buttons";
    row.append(submit, button(s.t("studio.ui.close"), close));
    form.append(row);
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      submit.disabled = true;
      result.className = "";
      result.textContent = s.t("studio.ui.issue.working");
      const given = { pack };
      for (const [name] of FIELDS) given[name] = inputs[name].value;
      const a = await s.api("/api/issue", {}, given);
      submit.disabled = false;
      const doc = await a.clone().json().catch(() => null);
      if (!a.ok) {
        result.className = "refused";
        const p = document.createElement("p");
        p.textContent = s.t("studio.ui.issue.refused");
        result.replaceChildren(p, doc ? diagnosticList(doc.diagnostics) : await a.text());
        return;
      }
      result.className = "issued";
      showIssued(s, result, doc);
      s.loadPacks();
      // rubric.yaml now states the decision: the editor shows it if that file is open
      if (s.state.file === (pack === "." ? "rubric.yaml" : pack + "/rubric.yaml")) s.openFile(pack, s.state.file);
    });
    body.append(intro, form, result);
  });
}

function showIssued(s, result, doc) {
  const p = document.createElement("p");
  p.textContent = s.t("studio.ui.issue.issued", doc.folder, doc.filesChecked, doc.rules, doc.testsPassed);
  const p2 = document.createElement("p");
  p2.textContent = s.t("studio.ui.issue.files");
  const ul = document.createElement("ul");
  ul.className = "downloads";
  for (const f of doc.files) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = s.url("/api/download", { path: f.path, token: s.token });
    a.download = f.name;
    a.textContent = f.name;
    a.dataset.sha256 = f.sha256;
    const size = document.createElement("span");
    size.className = "num";
    size.textContent = " (" + new Intl.NumberFormat(s.state.lang === "en" ? "en" : "vi").format(f.size) + " B)";
    li.append(a, size);
    ul.append(li);
  }
  result.replaceChildren(p, p2, ul);
  const first = ul.querySelector("a");
  if (first) first.focus();
}
