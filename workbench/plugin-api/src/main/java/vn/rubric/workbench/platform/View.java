package vn.rubric.workbench.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.pack.RulePack;

/**
 * A page about a pack, for the web workbench: {@code rubric serve-api PACK} serves each view
 * at {@code GET /views/{id}} (and lists them at {@code GET /views}).
 */
public interface View {

    /** The last path segment of its address: letters, digits and '-'. */
    String id();

    /** The media type of what {@link #render} writes, e.g. {@code text/html; charset=utf-8}. */
    String mediaType();

    /**
     * Writes the view of {@code pack}. {@code query} holds the request's query parameters
     * (the first value of each); {@code text} is in the language the service runs in.
     */
    void render(RulePack pack, Map<String, String> query, Messages text, OutputStream out) throws IOException;
}
