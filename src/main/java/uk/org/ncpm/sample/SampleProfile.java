package uk.org.ncpm.sample;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The parameters of the synthetic sample dataset (see the README beside the profile files). */
record SampleProfile(Map<String, ForceProfile> forces, List<CrimeTypeProfile> crimeTypes) {

    /** Population, a rough centre point, and how far volumes exceed what residents imply. */
    record ForceProfile(String code, long population, double latitude, double longitude, double volumeFactor) {
    }

    /** Monthly national rate per 1,000 residents, synthetic yearly trend, and the lockdown factor. */
    record CrimeTypeProfile(String crimeType, double per1000PerMonth, double trendPerYear, double lockdownFactor) {
    }

    /** Position of a crime type in the mix (and in the sample's count arrays). */
    int typeIndex(String crimeType) {
        for (int i = 0; i < crimeTypes.size(); i++) {
            if (crimeTypes.get(i).crimeType().equals(crimeType)) {
                return i;
            }
        }
        throw new IllegalStateException("sample crime mix has no " + crimeType);
    }

    static SampleProfile bundled() {
        List<ForceProfile> forces = read("force-profile.csv", r -> new ForceProfile(r.getField("code"),
                Long.parseLong(r.getField("population")), Double.parseDouble(r.getField("latitude")),
                Double.parseDouble(r.getField("longitude")), Double.parseDouble(r.getField("volume_factor"))));
        List<CrimeTypeProfile> types = read("crime-mix.csv", r -> new CrimeTypeProfile(r.getField("crime_type"),
                Double.parseDouble(r.getField("per_1000_per_month")), Double.parseDouble(r.getField("trend_per_year")),
                Double.parseDouble(r.getField("lockdown_factor"))));
        return new SampleProfile(forces.stream().collect(Collectors.toMap(ForceProfile::code, Function.identity())), types);
    }

    private static <T> List<T> read(String file, Function<NamedCsvRecord, T> row) {
        try (InputStream in = SampleProfile.class.getResourceAsStream(file);
             CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(in, StandardCharsets.UTF_8)) {
            return csv.stream().map(row).toList();
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException("sample profile " + file + " could not be read",
                    e instanceof IOException io ? io : new IOException(e));
        }
    }
}
