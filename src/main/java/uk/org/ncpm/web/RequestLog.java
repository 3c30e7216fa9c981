package uk.org.ncpm.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One line per request, whichever layer answers it: method, path, status. */
final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    private RequestLog() {
    }

    static void line(String method, String path, int status) {
        LOG.info("{} {} {}", method, path, status);
    }
}
