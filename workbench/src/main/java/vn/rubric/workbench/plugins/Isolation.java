package vn.rubric.workbench.plugins;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * Puts a plugin's contribution behind a proxy of its extension point's interface: whatever
 * the plugin's code throws (an exception, an Error, a class it cannot load) comes out as a
 * {@link PluginFailure} naming the plugin. The commands catch that where one plugin must not
 * take down a run it is not part of (looking for the importer of a file, say).
 */
final class Isolation {

    private Isolation() {}

    static <T> T guard(String pluginId, Class<T> type, T contribution) {
        if (!type.isInterface()) return contribution; // a record (an expression function): data, no plugin code runs
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            try {
                return method.invoke(contribution, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof PluginFailure f) throw f;
                // Errors too: a StackOverflowError or an OutOfMemoryError in a plugin's call has
                // unwound by now, and the user should read which plugin it was, in one line
                throw new PluginFailure(pluginId, type.getSimpleName() + "." + method.getName(), cause);
            }
        });
        return type.cast(proxy);
    }
}
