package io.animecatalogue.http;

import io.animecatalogue.shared.ProblemError;
import io.animecatalogue.shared.ProblemType;
import io.animecatalogue.shared.ProblemException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rejects query parameters an operation does not declare, parameters given twice, and empty values. A typo such as
 * {@code ?limt=5} would otherwise be ignored in silence and the client would never learn why it got 20 items.
 */
public class QueryParameterGuard {

    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void rejectUndeclared(UriInfo uri, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> allowed = declared.computeIfAbsent(method, QueryParameterGuard::declaredQueryParameters);
        List<ProblemError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            String name = parameter.getKey();
            if (!allowed.contains(name)) {
                errors.add(ProblemError.parameter(name, allowed.isEmpty()
                        ? "is not a parameter of this operation, which takes none"
                        : "is not a parameter of this operation; it takes " + String.join(", ", allowed)));
            } else if (parameter.getValue().size() > 1) {
                errors.add(ProblemError.parameter(name, "is given more than once; give it once"));
            } else if (parameter.getValue().get(0).isEmpty()) {
                // the framework hands an empty value to the resource as if the parameter were absent
                errors.add(ProblemError.parameter(name, "has an empty value; give a value or leave the parameter out"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "The request has query parameters this operation does not accept.", errors);
        }
    }

    private static Set<String> declaredQueryParameters(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                names.addAll(beanQueryParameters(parameter.getType()));
            }
        }
        return names;
    }

    private static Collection<String> beanQueryParameters(Class<?> bean) {
        List<String> names = new ArrayList<>();
        for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                QueryParam query = field.getAnnotation(QueryParam.class);
                if (query != null) {
                    names.add(query.value());
                }
            }
        }
        return names;
    }
}
