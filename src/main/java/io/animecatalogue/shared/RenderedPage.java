package io.animecatalogue.shared;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A page of a list whose items the database rendered: the same envelope as {@link Page}, written around the items'
 * bytes. Operations declare {@code Page<...>} for the OpenAPI document and answer this.
 */
public record RenderedPage(List<RenderedJson> items, Page.Info info) {

    public RenderedJson json() {
        int size = 64;
        for (RenderedJson item : items) {
            size += item.size() + 1;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes("{\"items\":[".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(items.get(i).utf8());
        }
        // a cursor is base64url: nothing in it needs escaping
        String page = "],\"page\":{\"limit\":" + info.limit()
                + ",\"next\":" + (info.next() == null ? "null" : "\"" + info.next() + "\"")
                + ",\"total\":" + info.total() + "}}";
        out.writeBytes(page.getBytes(StandardCharsets.US_ASCII));
        return new RenderedJson(out.toByteArray());
    }
}
