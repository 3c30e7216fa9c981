package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.org.ncpm.ingest.fetch.Downloaded;
import uk.org.ncpm.ingest.fetch.FetchException;
import uk.org.ncpm.ingest.fetch.Fetcher;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Download official files from their publishers and ingest them: table files (Home Office, ONS) "
                + "by URL, or data.police.uk archives with 'fetch police-uk'.",
                "Downloads are kept in the downloads folder with fetch-log.json; a file is asked for again only if it "
                        + "changed (If-None-Match / If-Modified-Since), resumed after a cut connection, and checked "
                        + "(size; every zip entry's CRC) before anything is stored."},
        subcommands = FetchPoliceUkCommand.class)
final class FetchCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    FetchOptions options;

    @Parameters(arity = "0..*", paramLabel = "URL", description = "Table files to download and ingest (http or https).")
    List<String> urls;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (urls == null || urls.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "name a URL to fetch, or 'police-uk --months YYYY-MM..YYYY-MM' "
                    + "or 'police-uk --latest'");
        }
        List<URI> uris = new ArrayList<>();
        for (String url : urls) {
            uris.add(parse(url));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Fetcher fetcher = Fetcher.open(options.settings(store));
            List<Path> files = new ArrayList<>();
            List<URI> fetched = new ArrayList<>();
            for (URI uri : uris) {
                out.println("fetching   " + uri);
                Downloaded d = fetcher.fetch(uri);
                out.println(FetchReport.line(d));
                if (d.unchanged() && fetcher.log().entry(uri.toString()).orElseThrow().ingested()) {
                    out.println("already up to date: " + uri + " as last downloaded is in the store; nothing ingested");
                } else {
                    files.add(d.file());
                    fetched.add(uri);
                }
            }
            if (files.isEmpty()) {
                return 0;
            }
            // One ingest run for every file: one transaction, all or nothing, as 'ncpm ingest'.
            int code = IngestCommand.ingest(store, files, out, err, true, false, new VerboseOption());
            if (code == 0) {
                for (URI uri : fetched) {
                    fetcher.log().ingested(uri.toString());
                }
            }
            return code;
        } catch (FetchException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private URI parse(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new ParameterException(spec.commandLine(), "URL '" + url
                        + "': expected an http:// or https:// address with a host, e.g. https://www.gov.uk/.../file.ods");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ParameterException(spec.commandLine(), "URL '" + url + "' is not a valid address: " + e.getReason());
        }
    }
}
