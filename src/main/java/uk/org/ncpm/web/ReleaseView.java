package uk.org.ncpm.web;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.release.Release;

import java.util.Optional;

/**
 * What one release shows: its frozen snapshot and the API answers made from it, built once per release.
 * A view without a release is a site of figures not released through the register (tests, and a
 * snapshot served as it is); a view of a store with nothing published shows no figures.
 */
public record ReleaseView(Optional<Release> release, Snapshot snapshot, FiguresApi figures, SeriesApi series,
                   DiagnosticsApi diagnostics) {

    static ReleaseView of(Catalogue catalogue, Optional<Release> release, Snapshot snapshot) {
        return new ReleaseView(release, snapshot, new FiguresApi(catalogue, snapshot), new SeriesApi(catalogue, snapshot),
                new DiagnosticsApi(catalogue, snapshot));
    }

    /** The same content, with the release as the register now gives it. */
    ReleaseView of(Release now) {
        return new ReleaseView(Optional.of(now), snapshot, figures, series, diagnostics);
    }
}
