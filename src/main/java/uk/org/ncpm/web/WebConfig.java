package uk.org.ncpm.web;

/** How the site runs: the port (0 for any free port, as tests use). */
public record WebConfig(int port) {
}
