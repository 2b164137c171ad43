package vn.rubric.rules.engine;

import java.net.URL;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's class loader with its answers remembered, for Drools' builds. Compiling a
 * rule base's Java (consequences, functions, declared types) asks the class loader about every
 * name it meets, most of them names that exist nowhere (each guess at a package for a simple
 * name); on a class path of a hundred jars each miss opens every jar's index. The class path
 * does not change while the JVM runs, so a miss stays a miss: remembering them made a warm
 * rebuild of the sample draft about a quarter faster (BENCHMARKS.md, "Edit to comparison").
 */
public final class LookupCache extends ClassLoader {

    private final Set<String> missingClasses = ConcurrentHashMap.newKeySet();
    private final Set<String> missingResources = ConcurrentHashMap.newKeySet();
    private final Map<String, URL> resources = new ConcurrentHashMap<>();

    public LookupCache(ClassLoader parent) {
        super(parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (missingClasses.contains(name)) throw new ClassNotFoundException(name);
        try {
            return super.loadClass(name, resolve);
        } catch (ClassNotFoundException e) {
            missingClasses.add(name);
            throw e;
        }
    }

    @Override
    public URL getResource(String name) {
        if (missingResources.contains(name)) return null;
        URL found = resources.get(name);
        if (found != null) return found;
        found = super.getResource(name);
        if (found == null) missingResources.add(name);
        else resources.put(name, found);
        return found;
    }
}
