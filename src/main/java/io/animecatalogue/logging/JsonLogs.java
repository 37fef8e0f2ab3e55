package io.animecatalogue.logging;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.handlers.ConsoleHandler;

import java.util.logging.Handler;
import java.util.logging.LogManager;

/**
 * With CATALOGUE_LOG_JSON=true the console log becomes one JSON object per line (time, level, logger, message, the
 * request id among the MDC values, and the exception), for log collectors to index. Quarkus's JSON logging extension
 * is not available to this build, so the console handler is given a JSON formatter of our own as the
 * application starts; the few lines of the boot before that stay plain text. (JBoss Log Manager's own JSON formatter
 * cannot be used: it lives on the boot class path, where no JSON-P implementation is.)
 */
@Singleton
public class JsonLogs {

    /** Before anything else starts logging for the application, such as the embedded database notice. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 100) StartupEvent event,
                 LogConfig config) {
        if (!config.json()) {
            return;
        }
        JsonLogFormatter formatter = new JsonLogFormatter();
        for (Handler handler : LogManager.getLogManager().getLogger("").getHandlers()) {
            useJson(handler, formatter);
        }
    }

    private static void useJson(Handler handler, JsonLogFormatter formatter) {
        if (handler instanceof ConsoleHandler console) {
            console.setFormatter(formatter);
        }
        if (handler instanceof ExtHandler parent) {
            for (Handler child : parent.getHandlers()) {
                useJson(child, formatter);
            }
        }
    }
}
