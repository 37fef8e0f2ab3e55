package io.animecatalogue.http.conformance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One generated request: what is sent, and whether the spec can judge it. A probe the spec cannot judge (a repeated
 * parameter, a body in another encoding) is still sent and its answer still checked; only the "invalid means 4xx"
 * rule is skipped.
 */
final class Probe {

    final String label;
    final String method;
    final String pathTemplate;
    final Map<String, String> pathParameters = new LinkedHashMap<>();
    final List<Map.Entry<String, String>> query = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    /** Sent as is instead of the encoded query, for percent-encodings no encoder would produce. */
    String rawQuery;
    byte[] body;
    String contentType;
    boolean judgedBySpec = true;

    Probe(String label, String method, String pathTemplate) {
        this.label = label;
        this.method = method;
        this.pathTemplate = pathTemplate;
    }

    Probe copy(String newLabel) {
        Probe copy = new Probe(newLabel, method, pathTemplate);
        copy.pathParameters.putAll(pathParameters);
        copy.query.addAll(query);
        copy.headers.putAll(headers);
        copy.rawQuery = rawQuery;
        copy.body = body;
        copy.contentType = contentType;
        copy.judgedBySpec = judgedBySpec;
        return copy;
    }

    Probe unjudged() {
        judgedBySpec = false;
        return this;
    }

    String pathAndQuery() {
        String path = pathTemplate;
        for (Map.Entry<String, String> parameter : pathParameters.entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", encode(parameter.getValue()));
        }
        StringBuilder target = new StringBuilder(path);
        if (rawQuery != null) {
            target.append('?').append(rawQuery);
        } else if (!query.isEmpty()) {
            target.append('?');
            for (int i = 0; i < query.size(); i++) {
                target.append(i == 0 ? "" : "&").append(encode(query.get(i).getKey())).append('=').append(encode(query.get(i).getValue()));
            }
        }
        return target.toString();
    }

    /** Percent-encoding with %20 for a space, which means a space in a path as well as in a query. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        String shownBody = body == null ? "" : " body " + abbreviate(new String(body, StandardCharsets.UTF_8));
        return label + ": " + method + " " + abbreviate(pathAndQuery()) + " " + abbreviate(headers.toString().replaceAll("Bearer [^,}]+", "Bearer …"))
                + (contentType == null ? "" : " " + contentType) + shownBody;
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…(" + text.length() + " chars)";
    }
}
