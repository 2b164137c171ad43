// A modal dialog for the studio's actions: the page behind it is inert, Tab and Shift+Tab stay
// inside it, Escape closes it (the native <dialog>'s cancel), and focus goes back where it was.

/** Opens a dialog titled `title`; `fill(body, close)` puts its content in. Returns the <dialog>. */
export function openDialog(id, title, fill) {
  const old = document.getElementById(id);
  if (old) old.remove();
  const back = document.activeElement;
  const d = document.createElement("dialog");
  d.id = id;
  d.className = "action-dialog";
  d.setAttribute("aria-labelledby", id + "-title");
  const h = document.createElement("h2");
  h.id = id + "-title";
  h.textContent = title;
  const body = document.createElement("div");
  body.className = "dialog-body";
  d.append(h, body);
  const close = () => { d.close(); };
  d.addEventListener("close", () => { d.remove(); if (back && back.isConnected) back.focus(); });
  d.addEventListener("keydown", (e) => {
    if (e.key !== "Tab") return;
    const all = [...d.querySelectorAll("button, a[href], input, select, textarea")].filter((el) => !el.disabled && el.offsetParent !== null);
    if (!all.length) return;
    const first = all[0], last = all[all.length - 1];
    if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
  });
  fill(body, close);
  document.body.append(d);
  d.showModal();
  const focus = d.querySelector("[autofocus]") || d.querySelector("input, button");
  if (focus) focus.focus();
  return d;
}

/** A button with a text and an action. */
export function button(text, onClick, cls) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = text;
  if (cls) b.className = cls;
  b.addEventListener("click", onClick);
  return b;
}

/** A list of a failed answer's diagnostics (message, hint, where), as the user reads them. */
export function diagnosticList(list) {
  const ul = document.createElement("ul");
  ul.className = "reasons";
  for (const d of list || []) {
    const li = document.createElement("li");
    li.className = d.severity === "error" ? "error" : "warning";
    const where = d.file ? d.file + (d.line > 0 ? ":" + d.line + (d.column > 0 ? ":" + d.column : "") : "") : "";
    li.textContent = (where ? where + " — " : "") + d.message + (d.hint ? " → " + d.hint : "");
    ul.append(li);
  }
  return ul;
}

/** A titled list: a paragraph saying what it lists, then one item per entry, worded by `line(entry)`. */
export function titledList(title, cls, entries, line) {
  const p = document.createElement("p");
  p.textContent = title;
  const ul = document.createElement("ul");
  ul.className = cls;
  for (const e of entries) {
    const li = document.createElement("li");
    li.textContent = line(e);
    ul.append(li);
  }
  return [p, ul];
}
