package io.animecatalogue.exchange;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Reads and validates an import's records on a thread of its own, in file order, while the import writes the ones
 * before them. Parsing and bean validation were a seventh of a large import's time, spent while the database waited.
 * Problems they find go to the import's errors as they are found.
 */
final class ReadAhead implements AutoCloseable {

    /** A record as read, and whether it passed validation. */
    record Checked(RecordSource.Line line, boolean valid) {
    }

    private static final Checked END = new Checked(null, false);

    /** Records read but not yet taken: enough to keep the reader busy through a chunk's write, in a few megabytes. */
    private static final int AHEAD = 500;

    private final BlockingQueue<Checked> queue = new ArrayBlockingQueue<>(AHEAD);
    private volatile boolean closed;
    private volatile Throwable failure;

    ReadAhead(RecordSource source, ImportErrors errors, Predicate<RecordSource.Line> validate) {
        Thread reader = new Thread(() -> {
            try {
                RecordSource.Line line;
                while (!closed && (line = source.next(errors)) != null) {
                    hand(new Checked(line, validate.test(line)));
                }
            } catch (Throwable e) {
                failure = e;
            } finally {
                hand(END);
            }
        }, "import-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * @return the next record, or null at the end of the file
     * @throws IOException as reading the body threw it (the client stopped sending, say)
     */
    Checked next() throws IOException {
        Checked next;
        try {
            next = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the next record");
        }
        if (next != END) {
            return next;
        }
        closed = true;
        Throwable thrown = failure;
        if (thrown instanceof IOException io) {
            throw io;
        } else if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        } else if (thrown instanceof Error error) {
            throw error;
        }
        return null;
    }

    /** Stops reading, when the import ends early: the reader then drops what it reads, at most one more record. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
    }

    private void hand(Checked checked) {
        try {
            // once closed, the queue is emptied and nobody takes from it: give up rather than wait
            while (!queue.offer(checked, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
