// The form face of the rubric editor: the rubric as the workspace reads it (GET /api/form), each
// value edited in place and sent as "set this value at this path" (POST /api/set). The server
// rewrites the YAML where it holds the value and answers the new text, which the YAML face then
// shows: one document, two faces. No rule of the language lives here: sums, simple conditions
// and the text written are the workspace's.

const SLIDER_PAUSE_MS = 80; // a slider re-runs the impact while it moves, at most once per pause

/**
 * host (main.js): { api, t, status, problemText, state, replaceText, showFindings, impact,
 * refreshViews, flush }.
 */
export function makeForm(host) {
  const { t } = host;
  const area = document.getElementById("editor-area");
  const editor = document.getElementById("editor");
  const faces = document.createElement("div");
  faces.id = "faces";
  faces.className = "tabs";
  faces.setAttribute("role", "tablist");
  const yamlTab = tab("face-yaml", "studio.form.face.yaml");
  const formTab = tab("face-form", "studio.form.face.form");
  faces.append(yamlTab, formTab);
  const panel = document.createElement("div");
  panel.id = "form";
  panel.setAttribute("role", "tabpanel");
  panel.hidden = true;
  area.prepend(faces);
  area.append(panel);
  editor.setAttribute("role", "tabpanel");

  let shown = "yaml";
  let model = null; // the form as last read
  let signature = null; // what the form's inputs are (a new one renders anew, else values are updated in place)
  let queue = Promise.resolve(); // one set at a time, in the order made
  let sliderTimer = null;

  function tab(id, key) {
    const b = document.createElement("button");
    b.id = id;
    b.className = "tab";
    b.type = "button";
    b.setAttribute("role", "tab");
    b.dataset.text = key;
    b.textContent = t(key);
    b.addEventListener("click", () => show(id === "face-form" ? "form" : "yaml"));
    return b;
  }

  async function show(face) {
    shown = face;
    yamlTab.classList.toggle("active", face === "yaml");
    formTab.classList.toggle("active", face === "form");
    yamlTab.setAttribute("aria-selected", String(face === "yaml"));
    formTab.setAttribute("aria-selected", String(face === "form"));
    editor.hidden = face !== "yaml";
    panel.hidden = face !== "form";
    if (face === "form") {
      await host.flush(); // what was just typed is what the form edits
      await load();
    } else if (host.state.editor) {
      host.state.editor.requestMeasure();
    }
  }

  function isRubric() {
    return host.state.file && /(^|\/)rubric\.yaml$/.test(host.state.file);
  }

  async function load() {
    if (shown !== "form") return;
    if (!isRubric()) {
      model = signature = null;
      panel.replaceChildren(el("p", "empty", t("studio.form.no-rubric")));
      return;
    }
    const r = await host.api("/api/form", { pack: host.state.pack });
    if (!r.ok) {
      model = signature = null;
      panel.replaceChildren(el("p", "empty", t("studio.form.unreadable")));
      return;
    }
    model = await r.json();
    paint();
  }

  // ---- sending -------------------------------------------------------------------------

  /** Sets one value; the answer is the new text (shown in the YAML face) and the pack's findings. */
  function send(at, extra, input) {
    queue = queue.then(async () => {
      host.impact.editStarted();
      const r = await host.api("/api/set", {}, { path: model.file, at, ...extra });
      if (!r.ok) {
        host.status(await host.problemText(r), "error");
        if (input) { input.setAttribute("aria-invalid", "true"); }
        return;
      }
      const doc = await r.json();
      host.impact.editAnswered();
      if (input) input.removeAttribute("aria-invalid");
      host.replaceText(doc.text);
      host.showFindings(doc.diagnostics);
      host.status("");
      host.refreshViews("edit");
      await load();
    }).catch((e) => host.status(String(e), "error"));
    return queue;
  }

  // ---- painting ------------------------------------------------------------------------

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  /** A text or number field that sends its value when committed (Enter, or leaving it changed). */
  function field(at, value, opts = {}) {
    const input = el(opts.multiline ? "textarea" : "input", opts.number ? "num" : "text");
    if (!opts.multiline) input.type = "text";
    if (opts.number) input.inputMode = "decimal";
    input.value = value ?? "";
    input.dataset.bind = JSON.stringify(at);
    input.setAttribute("aria-label", opts.label || at.join(" "));
    input.dataset.sent = input.value;
    const commit = () => {
      if (input.value === input.dataset.sent) return;
      input.dataset.sent = input.value;
      send(at, { value: input.value }, input);
    };
    input.addEventListener("change", commit);
    input.addEventListener("keydown", (e) => {
      // a title or citation is one line (it wraps only to be read whole): Enter commits it
      if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); commit(); }
    });
    return input;
  }

  function sums(text, ok) {
    const s = el("span", "sums" + (ok ? "" : " error"), text);
    if (!ok) s.title = t("studio.form.sums-wrong");
    return s;
  }

  function paint() {
    const keys = [];
    const root = el("div", "form");
    const head = el("div", "form-head");
    const title = el("h2", null, model.title);
    const total = el("p", "total");
    total.append(t("studio.form.total") + " ", sums(model.sums, model.sumsAdd));
    total.lastChild.dataset.bind = "total";
    head.append(title, total);
    root.append(head);

    root.append(parameters(keys), classes(keys), criteria(keys));
    const sig = JSON.stringify(keys);
    if (sig === signature && panel.firstChild) {
      update(root);
    } else {
      signature = sig;
      panel.replaceChildren(root);
    }
  }

  /** The same inputs as shown: their values and sums change in place (focus, a slider's drag, scroll stay). */
  function update(fresh) {
    // by path and kind of element, in order: one value may show twice (a class's minimum is its parameter's value)
    const key = (e) => e.dataset.bind + "|" + e.tagName + "|" + e.type;
    const old = new Map();
    panel.querySelectorAll("[data-bind]").forEach((e) => { if (!old.has(key(e))) old.set(key(e), []); old.get(key(e)).push(e); });
    fresh.querySelectorAll("[data-bind]").forEach((e) => {
      const o = (old.get(key(e)) || []).shift();
      if (!o) return;
      if (o.tagName === "INPUT" || o.tagName === "TEXTAREA" || o.tagName === "SELECT") {
        if (o.type === "range" && o !== document.activeElement) { o.max = e.max; o.step = e.step; } // a value off the steps: finer steps
        if (o !== document.activeElement && o.value !== e.value) {
          o.value = e.value;
          if (o.dataset.sent !== undefined) o.dataset.sent = e.value;
        }
      } else {
        o.textContent = e.textContent;
        o.className = e.className;
        o.title = e.title;
      }
    });
  }

  function section(cls, key) {
    const s = el("section", "form-" + cls);
    s.append(el("h3", null, t(key)));
    return s;
  }

  function parameters(keys) {
    const s = section("parameters", "studio.form.parameters");
    if (!model.parameters.length) return s;
    const table = el("table", "form-table");
    for (const p of model.parameters) {
      const at = ["parameter", p.name, "value"];
      keys.push(at);
      const tr = el("tr");
      const name = el("th", "label", p.label || p.name);
      name.scope = "row";
      const slider = el("input", "slider");
      slider.type = "range";
      slider.min = "0";
      slider.max = String(p.to);
      slider.step = String(p.step);
      slider.value = String(p.value);
      slider.dataset.bind = JSON.stringify(at);
      slider.dataset.parameter = p.name;
      slider.setAttribute("aria-label", p.label || p.name);
      const box = field(at, p.valueText, { number: true, label: p.label || p.name });
      slider.addEventListener("input", () => {
        // the box follows the slider at once; the impact once the slider pauses
        box.value = host.state.lang === "en" ? slider.value : slider.value.replace(".", ",");
        clearTimeout(sliderTimer);
        sliderTimer = setTimeout(() => send(at, { value: slider.value }, box), SLIDER_PAUSE_MS);
      });
      const tdS = el("td", "slider"), tdB = el("td", "num");
      tdS.append(slider);
      tdB.append(box);
      tr.append(name, tdS, tdB);
      table.append(tr);
    }
    s.append(table);
    return s;
  }

  function classes(keys) {
    const s = section("classes", "studio.form.classes");
    const table = el("table", "form-table");
    const h = el("tr");
    h.append(el("th", null, t("studio.impact.class")), el("th", "num", t("studio.form.min")), el("th", null, ""));
    table.append(h);
    for (const c of model.classes) {
      const tr = el("tr");
      tr.dataset.class = c.name;
      tr.append(el("td", "label", c.name));
      const td = el("td", "num");
      if (c.min !== null && c.min !== undefined) {
        const at = c.minParameter ? ["parameter", c.minParameter, "value"] : ["class", c.name, "min"];
        keys.push(["min", ...at]);
        td.append(field(at, c.minText, { number: true, label: t("studio.form.min") + ": " + c.name }));
      } else {
        td.textContent = t("studio.form.otherwise");
      }
      tr.append(td, el("td", "note", c.minParameter ? t("studio.form.parameter", c.minParameter) : ""));
      table.append(tr);
    }
    s.append(table);
    return s;
  }

  function criteria(keys) {
    const s = section("criteria", "studio.form.criteria");
    for (const c of model.criteria) {
      keys.push(["criterion", c.id]);
      const d = el("details", "criterion");
      d.open = true;
      const summary = el("summary");
      const badge = sums(c.sums, c.sumsAdd);
      badge.dataset.bind = JSON.stringify(["sums", c.id]);
      summary.append(el("span", "id", c.id), " ", el("span", "title", c.title), " ", badge);
      d.append(summary, values("criterion", c, keys));
      for (const i of c.items) d.append(item(i, keys));
      s.append(d);
    }
    return s;
  }

  /** Title, citation and maximum of a criterion or an item, each edited in place. */
  function values(kind, x, keys) {
    const grid = el("div", "values");
    const row = (key, input) => {
      const label = el("label", "value");
      label.append(el("span", "name", t("studio.form." + key)), input);
      grid.append(label);
    };
    keys.push([kind, x.id, "title", "cite", "max"]);
    row("title", field([kind, x.id, "title"], x.title, { multiline: true, label: t("studio.form.title") + " " + x.id }));
    row("cite", field([kind, x.id, "cite"], x.cite, { multiline: true, label: t("studio.form.cite") + " " + x.id }));
    row("max", field([kind, x.id, "max"], x.maxText, { number: true, label: t("studio.form.max") + " " + x.id }));
    return grid;
  }

  function item(i, keys) {
    const d = el("details", "item");
    d.open = i.scoring === "pick-one";
    const summary = el("summary");
    const max = el("span", "max", i.maxText);
    max.dataset.bind = JSON.stringify(["item-max", i.id]);
    summary.append(el("span", "id", i.id), " ", el("span", "title", i.title), " ", max);
    d.append(summary, values("item", i, keys));
    if (i.scoring !== "pick-one") {
      d.append(el("p", "scoring", t("studio.form.scoring." + i.scoring)));
      return d;
    }
    const table = el("table", "form-table tiers");
    const h = el("tr");
    h.append(el("th", null, t("studio.form.tier")), el("th", null, t("studio.form.when")), el("th", "num", t("studio.form.points")));
    table.append(h);
    for (const tier of i.tiers) {
      keys.push(["tier", i.id, tier.label, tier.field === null ? "typed" : "simple"]);
      const tr = el("tr");
      tr.dataset.tier = tier.label;
      tr.append(el("td", "label", tier.label));
      const cond = el("td", "when");
      cond.append(condition(i, tier));
      const pts = el("td", "num");
      const at = tier.pointsParameter ? ["parameter", tier.pointsParameter, "value"] : ["tier", i.id, tier.label, "points"];
      pts.append(field(at, tier.pointsText, { number: true, label: t("studio.form.points") + ": " + tier.label }));
      tr.append(cond, pts);
      table.append(tr);
    }
    d.append(table);
    return d;
  }

  /** A simple condition as two drop-downs (field, value); another typed; the fallback tier has none. */
  function condition(i, tier) {
    const at = ["tier", i.id, tier.label, "when"];
    if (tier.when === null) return el("span", "otherwise", t("studio.form.otherwise"));
    const box = el("span", "condition");
    const fields = model.fields.filter((f) => f.choices.length);
    const fieldSel = el("select", "field");
    fieldSel.setAttribute("aria-label", t("studio.form.field") + ": " + tier.label);
    fieldSel.dataset.bind = JSON.stringify([...at, "field"]);
    fieldSel.append(new Option(t("studio.form.typed"), ""));
    for (const f of fields) fieldSel.append(new Option(f.label ? f.name + " — " + f.label : f.name, f.name));
    fieldSel.value = tier.field || "";
    box.append(fieldSel);
    if (tier.field) {
      const f = fields.find((x) => x.name === tier.field);
      const valueSel = el("select", "choice");
      valueSel.setAttribute("aria-label", t("studio.form.choice") + ": " + tier.label);
      valueSel.dataset.bind = JSON.stringify([...at, "choice"]);
      for (const c of f.choices) valueSel.append(new Option(c.label && c.label !== c.value ? c.value + " — " + c.label : c.value, c.value));
      valueSel.value = tier.choice;
      valueSel.addEventListener("change", () => send(at, { field: tier.field, choice: valueSel.value }, valueSel));
      box.append(valueSel);
    } else {
      box.append(field(at, tier.when, { label: t("studio.form.when") + ": " + tier.label }));
    }
    fieldSel.addEventListener("change", () => {
      const f = fields.find((x) => x.name === fieldSel.value);
      if (f) send(at, { field: f.name, choice: f.choices[0].value }, fieldSel);
      else paintTyped(box, at, tier);
    });
    return box;
  }

  /** The field drop-down set to "typed": a box for the condition, the current one in it. */
  function paintTyped(box, at, tier) {
    const old = box.querySelector("select.choice");
    if (old) old.replaceWith(field(at, tier.when, { label: t("studio.form.when") + ": " + tier.label }));
  }

  show("yaml");

  return {
    /** A file was opened: the form of its pack, if it shows. */
    opened() {
      signature = null;
      return load();
    },
    /** The YAML face changed the text (or the language): the form as read now. */
    edited() {
      for (const b of [yamlTab, formTab]) b.textContent = t(b.dataset.text);
      return load();
    },
    show,
  };
}
