package uk.org.ncpm.ingest.fetch;

import uk.org.ncpm.ingest.StreetFileName;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.Enumeration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The street files of a police.uk archive, by month. Only the months asked are copied out (to a
 * folder in the archive layout that the ordinary ingest reads), so a 36-month archive costs the
 * store only what was asked for; outcomes and stop-and-search files are left in the zip.
 */
public final class StreetEntries {

    private StreetEntries() {
    }

    /** The months that have at least one street file in the archive. */
    public static Set<YearMonth> months(Path zip) throws FetchException {
        Set<YearMonth> months = new TreeSet<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                street(entries.nextElement()).ifPresent(name -> months.add(name.month()));
            }
        } catch (IOException e) {
            throw new FetchException(zip + ": could not be read (" + PoliteClient.reason(e) + ")", e);
        }
        return months;
    }

    /**
     * Copies the street files of {@code months} into {@code folder} as {@code YYYY-MM/YYYY-MM-<force>-street.csv}.
     * Every month asked must have at least one file: a month the archive lacks is an error, not an empty load.
     */
    public static int extract(Path zip, Set<YearMonth> months, Path folder) throws FetchException {
        Set<YearMonth> found = new TreeSet<>();
        Set<String> copied = new java.util.HashSet<>();
        int files = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Optional<StreetFileName> name = street(entry).filter(n -> months.contains(n.month()));
                if (name.isEmpty()) {
                    continue;
                }
                // The name is rebuilt from its parts, so no entry path can point outside the folder.
                Path target = folder.resolve(name.get().archivePath());
                if (!copied.add(name.get().archivePath())) {
                    throw new FetchException(zip + ": two entries for " + name.get().archivePath()
                            + " (the second is " + entry.getName() + "); which is meant is unknown, nothing was stored");
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                found.add(name.get().month());
                files++;
            }
        } catch (IOException e) {
            throw new FetchException(zip + ": street files could not be copied out to " + folder + " ("
                    + PoliteClient.reason(e) + ")", e);
        }
        Set<YearMonth> missing = new TreeSet<>(months);
        missing.removeAll(found);
        if (!missing.isEmpty()) {
            throw new FetchException(zip + " holds no street files for " + missing + " (it holds "
                    + months(zip).stream().findFirst().map(Object::toString).orElse("none") + " to "
                    + months(zip).stream().reduce((a, b) -> b).map(Object::toString).orElse("none")
                    + "); nothing was stored");
        }
        return files;
    }

    private static Optional<StreetFileName> street(ZipEntry entry) {
        if (entry.isDirectory()) {
            return Optional.empty();
        }
        return StreetFileName.parse(entry.getName()).filter(n -> n.kind() == StreetFileName.Kind.STREET);
    }
}
