package vn.rubric.workbench.platform;

/** Why the studio renders a view again. */
public enum Refresh {
    /** Another pack, file or unit was selected (and the first showing). */
    SELECTION,
    /** An editor's unsaved text changed (the workspace already reads it). */
    EDIT,
    /** A file was saved, reloaded or put back to its previous version. */
    SAVE
}
