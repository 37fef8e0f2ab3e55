package io.animecatalogue.http;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which HTTP methods each API path accepts, read once from the resource classes. RFC 9110 requires a 405 to say what
 * is allowed in an {@code Allow} header, which the framework's own 405 leaves out, and for a path served by several
 * resource classes the framework answers a wrong method with 404 instead of 405.
 */
final class AllowedMethods {

    private record Route(Pattern path, Set<String> methods) {
    }

    private static volatile List<Route> routes;

    private AllowedMethods() {
    }

    /** The methods allowed on this path; empty when no resource serves the path at all. */
    static Set<String> on(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(path).matches()) {
                methods.addAll(route.methods());
            }
        }
        return methods;
    }

    private static List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                Path classPath = bean.getBeanClass().getAnnotation(Path.class);
                if (classPath != null) {
                    addRoutes(found, classPath.value(), bean.getBeanClass());
                }
            }
            routes = found;
        }
        return routes;
    }

    private static void addRoutes(List<Route> found, String classPath, Class<?> resource) {
        for (Method method : resource.getMethods()) {
            String httpMethod = httpMethod(method);
            if (httpMethod == null) {
                continue;
            }
            Path methodPath = method.getAnnotation(Path.class);
            String template = join(classPath, methodPath == null ? "" : methodPath.value());
            Set<String> methods = new TreeSet<>(Set.of(httpMethod, HttpMethod.OPTIONS));
            if (httpMethod.equals(HttpMethod.GET)) {
                methods.add(HttpMethod.HEAD);
            }
            found.add(new Route(Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+") + "/?"), methods));
        }
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    private static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
