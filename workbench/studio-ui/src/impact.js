// Impact's own choices (the data file it compares on, the matrix cell whose units it lists) and
// the edit-to-matrix latency, measured with the Performance API. The numbers are the server's.

export const EDIT_START = "rubric-edit-start";
export const EDIT_RESPONSE = "rubric-edit-response";
export const MATRIX_PAINTED = "rubric-matrix-painted";
export const EDIT_TO_MATRIX = "rubric-edit-to-matrix";

/**
 * host: { refreshViews(cause) } from main.js. Keeps the chosen data file and cell, and gives
 * them to the views that read them (Impact and Unit sheet).
 */
export function makeImpact(host) {
  const chosen = { data: null, from: null, to: null };
  let pending = false; // an edit waits for its matrix

  document.addEventListener("change", (e) => {
    const select = e.target.closest("select[data-impact-data]");
    if (!select) return;
    chosen.data = select.value;
    chosen.from = chosen.to = null;
    host.refreshViews("selection");
  });

  // a count of the matrix lists its units below it; the same count again closes the list
  document.addEventListener("click", (e) => {
    const cell = e.target.closest("button.cell[data-from]");
    if (!cell) return;
    const same = chosen.from === cell.dataset.from && chosen.to === cell.dataset.to;
    chosen.from = same ? null : cell.dataset.from;
    chosen.to = same ? null : cell.dataset.to;
    host.refreshViews("selection");
  });

  return {
    /** The query parameters of a view that reads Impact's choices. */
    params(viewId) {
      const p = {};
      if (viewId !== "impact" && viewId !== "sheet") return p;
      if (chosen.data) p.data = chosen.data;
      if (viewId === "impact" && chosen.from !== null) { p.from = chosen.from; p.to = chosen.to; }
      return p;
    },

    /** Another pack: its own cells. */
    packChanged() {
      chosen.from = chosen.to = null;
    },

    /** An edit starts (a form value sent, or a pause in typing): its matrix is measured. */
    editStarted() {
      performance.clearMarks(EDIT_START);
      performance.mark(EDIT_START);
      pending = true;
    },

    editAnswered() {
      if (pending) performance.mark(EDIT_RESPONSE);
    },

    /** A view was put in its panel: Impact's matrix after an edit is measured once the frame is painted. */
    painted(viewId, cause, panel) {
      if (viewId !== "impact") return;
      const cell = panel.querySelector("button.cell[aria-pressed='true']");
      if (cell && document.activeElement === document.body) cell.focus(); // the keyboard stays on the chosen cell
      if (!pending || cause !== "edit") return;
      pending = false;
      // a frame, then a task: the mark falls after the frame that shows the new matrix
      requestAnimationFrame(() => setTimeout(() => {
        performance.mark(MATRIX_PAINTED);
        performance.measure(EDIT_TO_MATRIX, EDIT_START, MATRIX_PAINTED);
        panel.dataset.editToMatrixMs = String(Math.round(performance.getEntriesByName(EDIT_TO_MATRIX).pop().duration));
      }, 0));
    },
  };
}
