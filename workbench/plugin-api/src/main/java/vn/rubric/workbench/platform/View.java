package vn.rubric.workbench.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A panel of the studio ({@code rubric studio}) and a page of {@code rubric serve-api}
 * ({@code GET /views/{id}}): it renders what its {@link ViewContext} selects (a pack, a file, a
 * unit) from the workspace it is handed, and is rendered again on the {@link Refresh} events it
 * asks for. Since platform 2.0.0 (1.x views were handed a pack alone).
 */
public interface View {

    /** The last path segment of its address: letters, digits and '-'. */
    String id();

    /** The name on its panel's tab, in {@code locale}'s language (default: its id). */
    default String title(Locale locale) {
        return id();
    }

    /** Where the studio puts its panel. */
    default Placement placement() {
        return Placement.BOTTOM;
    }

    /** The events after which the studio renders it again (default: all). */
    default Set<Refresh> refreshesOn() {
        return EnumSet.allOf(Refresh.class);
    }

    /**
     * The media type of what {@link #render} writes. {@code text/html}: an HTML fragment the
     * studio puts in the view's panel (every user text escaped) and serve-api serves as it is;
     * {@code text/plain} is shown as text; anything else is offered as a download.
     */
    String mediaType();

    /** Writes the view of what {@code context} selects. Throwing shows the reason in this view's panel only. */
    void render(ViewContext context, OutputStream out) throws IOException;

    /** The studio's areas for views. */
    enum Placement { BOTTOM, RIGHT }
}
