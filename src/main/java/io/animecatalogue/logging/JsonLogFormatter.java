package io.animecatalogue.logging;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtLogRecord;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** One log record as one line of JSON: time, level, logger, thread, message, MDC values (the request id) and error. */
final class JsonLogFormatter extends ExtFormatter {

    private final JsonFactory json = new JsonFactory();

    @Override
    public String format(ExtLogRecord record) {
        StringWriter line = new StringWriter(256);
        try (JsonGenerator out = json.createGenerator(line)) {
            out.writeStartObject();
            out.writeStringField("timestamp", record.getInstant().toString());
            out.writeStringField("level", record.getLevel().getName());
            out.writeStringField("logger", record.getLoggerName());
            out.writeStringField("thread", record.getThreadName());
            out.writeStringField("message", record.getFormattedMessage());
            for (Map.Entry<String, String> entry : record.getMdcCopy().entrySet()) {
                out.writeStringField(entry.getKey(), entry.getValue());
            }
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                out.writeStringField("exception", trace.toString());
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line.append('\n').toString();
    }
}
