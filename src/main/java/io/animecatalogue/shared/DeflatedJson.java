package io.animecatalogue.shared;

import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A rendered document as the {@link DocumentCache} keeps it: deflated. Details are the documents a catalogue has
 * most of, and a working set of them must fit in a heap small enough for the service's memory budget: an anthology
 * with its segments and credits embedded is about 11 KB of JSON and deflates to about 3 KB (its members repeat), so
 * the same bytes keep three to four times the documents. Inflating one costs about 15 µs, against several hundred
 * for PostgreSQL to render it again (measured on the benchmark's catalogue, see src/docs/performance.md).
 */
public record DeflatedJson(byte[] deflated, int size) {

    // Each thread keeps its own (de)compressor: making one allocates zlib's state, which cost more than the work.
    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(() -> new Inflater(true));

    public static DeflatedJson of(RenderedJson json) {
        byte[] utf8 = json.utf8();
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setInput(utf8);
        deflater.finish();
        // deflate never grows incompressible input by more than a few bytes per 16 KB block
        byte[] out = new byte[utf8.length + utf8.length / 1000 + 64];
        int length = 0;
        while (!deflater.finished()) {
            length += deflater.deflate(out, length, out.length - length);
            if (length == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
        }
        return new DeflatedJson(Arrays.copyOf(out, length), utf8.length);
    }

    public RenderedJson json() {
        Inflater inflater = INFLATERS.get();
        inflater.reset();
        inflater.setInput(deflated);
        byte[] utf8 = new byte[size];
        try {
            int length = 0;
            while (length < size) {
                int inflated = inflater.inflate(utf8, length, size - length);
                if (inflated == 0 && (inflater.finished() || inflater.needsInput())) {
                    break;
                }
                length += inflated;
            }
            if (length != size) {
                throw new IllegalStateException("a kept document inflated to " + length + " bytes, not " + size);
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("a kept document does not inflate", e);
        }
        return new RenderedJson(utf8);
    }

    /** What it takes in the heap: the deflated bytes, with the array's and the record's headers. */
    public int weight() {
        return deflated.length + 48;
    }
}
