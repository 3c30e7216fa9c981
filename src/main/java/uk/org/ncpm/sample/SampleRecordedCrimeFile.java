package uk.org.ncpm.sample;

import uk.org.ncpm.ingest.PoliceUkStreetFormat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The sample's police recorded crime table, in the Home Office open data format, one row per
 * force, financial quarter and offence code, July 2015 to June 2021. From July 2018 consistent with the
 * sample street files: each quarter's counts are derived from the same force's street counts (recorded
 * crime is the fuller series, so the deliberately missing street month is present here).
 * Street categories are wider than the offence codes (police.uk "Burglary" includes non-domestic
 * burglary), hence the shares below. Offences outside the catalogue's series are one row per
 * quarter with code {@code SAMPLE}, so that total recorded crime adds up. The three years before July 2018
 * (twelve quarters: enough history to estimate over-dispersion) follow the baseline year's seasons back
 * along each category's trend, with recording noise.
 */
final class SampleRecordedCrimeFile {

    static final String NAME = "sample-police-recorded-crime.csv";
    private static final String HEADER = "Financial Year,Financial Quarter,Force Name,Offence Description,"
            + "Offence Group,Offence Subgroup,Offence Code,Number of Offences";
    /** Homicides per million residents per year in England and Wales, about 700 in 59 million. */
    private static final double HOMICIDE_PER_MILLION = 11.8;
    /** Quarters of history before the street files: three years, the shortest history φ is estimated from. */
    static final int HISTORY_QUARTERS = 12;

    /** An offence code row derived from one street category: code, description, group, share of the category. */
    private record Derived(String streetType, String code, String description, String group, String subgroup, double share) {
    }

    private static final List<Derived> DERIVED = List.of(
            new Derived("Burglary", "28E", "Burglary Residential", "Burglary", "Residential burglary", 0.70),
            new Derived("Robbery", "34B", "Robbery of personal property", "Robbery", "Robbery of personal property", 0.88),
            new Derived("Theft from the person", "39", "Theft from the person", "Theft offences", "Theft from the person", 1.0),
            new Derived("Vehicle crime", "45", "Theft from vehicle", "Theft offences", "Vehicle offences", 0.60),
            new Derived("Vehicle crime", "48", "Theft or unauthorised taking of motor vehicle", "Theft offences", "Vehicle offences", 0.28),
            new Derived("Vehicle crime", "126", "Interfering with a motor vehicle", "Theft offences", "Vehicle offences", 0.12),
            new Derived("Drugs", "92A", "Trafficking in controlled drugs", "Drug offences", "Trafficking of drugs", 0.20),
            new Derived("Possession of weapons", "10D", "Possession of article with blade or point",
                    "Possession of weapons offences", "Possession of weapons offences", 0.55),
            new Derived("Possession of weapons", "10C", "Possession of other weapons",
                    "Possession of weapons offences", "Possession of weapons offences", 0.35),
            new Derived("Possession of weapons", "81", "Other firearms offences",
                    "Possession of weapons offences", "Possession of weapons offences", 0.10));

    private SampleRecordedCrimeFile() {
    }

    static long write(Path folder, List<SampleDataset.ForceCounts> forces, SampleProfile profile, long seed, double scale)
            throws IOException {
        SplittableRandom random = new SplittableRandom(seed * 131 + 11);
        // The quarters before the street files come from a stream of their own, so that the later quarters are
        // the same whatever the history holds.
        SplittableRandom history = new SplittableRandom(seed * 131 + 17);
        // Shocks shared by every force in a quarter (events, recording drives): what makes national recorded crime
        // vary far more than chance, as the real series do (England and Wales robbery: φ about 58).
        SplittableRandom national = new SplittableRandom(seed * 131 + 23);
        double[] shocks = new double[HISTORY_QUARTERS];
        for (int q = 0; q < HISTORY_QUARTERS; q++) {
            shocks[q] = Math.exp(0.03 * national.nextGaussian());
        }
        List<SampleProfile.CrimeTypeProfile> types = profile.crimeTypes();
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(NAME), StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (SampleDataset.ForceCounts force : forces) {
                long population = profile.forces().get(force.force().code()).population();
                for (int quarter = -HISTORY_QUARTERS; quarter < 0; quarter++) {
                    long[] street = new long[types.size()];
                    for (int t = 0; t < types.size(); t++) {
                        street[t] = historyCount(force, quarter, t, types.get(t), history,
                                shocks[quarter + HISTORY_QUARTERS]);
                    }
                    long homicides = Poisson.draw(history, population / 1e6 * HOMICIDE_PER_MILLION / 4 * scale);
                    rows += writeQuarter(out, force, quarter, street, homicides, types);
                }
                for (int quarter = 0; quarter < SampleDataset.MONTHS / 3; quarter++) {
                    long[] street = new long[types.size()];
                    for (int m = quarter * 3; m < quarter * 3 + 3; m++) {
                        for (int t = 0; t < types.size(); t++) {
                            street[t] += force.counts()[m][t];
                        }
                    }
                    long homicides = Poisson.draw(random, population / 1e6 * HOMICIDE_PER_MILLION / 4 * scale);
                    rows += writeQuarter(out, force, quarter, street, homicides, types);
                }
            }
        }
        return rows;
    }

    /**
     * One quarter's rows. Quarter 0 is July–September 2018 (financial year 2018/19, quarter 2); negative
     * quarters are the history before the street files.
     */
    private static long writeQuarter(BufferedWriter out, SampleDataset.ForceCounts force, int quarter, long[] street,
                                     long homicides, List<SampleProfile.CrimeTypeProfile> types) throws IOException {
        java.time.YearMonth first = SampleDataset.FIRST_MONTH.plusMonths(3L * quarter);
        int startYear = first.getMonthValue() >= 4 ? first.getYear() : first.getYear() - 1;
        int financialQuarter = (first.getMonthValue() - 4 + 12) % 12 / 3 + 1;
        String prefix = startYear + "/" + String.format("%02d", (startYear + 1) % 100) + "," + financialQuarter
                + "," + SampleCsv.field(force.force().homeOfficeName()) + ",";
        out.write(prefix + describe("Homicide") + ",Homicide,Homicide,1/4.1/4.10/4.2," + homicides + "\n");
        long derivedTotal = homicides;
        for (Derived d : DERIVED) {
            long n = Math.round(street[indexOf(types, d.streetType())] * d.share());
            derivedTotal += n;
            out.write(prefix + describe(d.description()) + "," + d.group() + "," + d.subgroup() + "," + d.code()
                    + "," + n + "\n");
        }
        long crimes = 0;
        for (int t = 0; t < types.size(); t++) {
            if (!types.get(t).crimeType().equals("Anti-social behaviour")) {
                crimes += street[t];
            }
        }
        out.write(prefix + describe("All other offences") + ",Other offences,Other offences,SAMPLE,"
                + Math.max(0, crimes - derivedTotal) + "\n");
        return DERIVED.size() + 2;
    }

    /**
     * A street category's count in a quarter of the history: the same season of the baseline year, taken back
     * along the category's trend, with a national shock of the quarter and recording noise of about 4% a quarter
     * (recorded crime varies more than chance alone: docs/method.md, "Over-dispersion").
     */
    private static long historyCount(SampleDataset.ForceCounts force, int quarter, int type,
                                     SampleProfile.CrimeTypeProfile profile, SplittableRandom random, double shock) {
        int season = Math.floorMod(quarter, 4);
        double sameSeason = 0;
        for (int m = season * 3; m < season * 3 + 3; m++) {
            sameSeason += force.counts()[m][type];
        }
        double years = (quarter - season) / 4.0;
        double expected = sameSeason * Math.pow(1 + profile.trendPerYear(), years) * shock
                * Math.exp(0.04 * random.nextGaussian());
        return Poisson.draw(random, expected);
    }

    private static int indexOf(List<SampleProfile.CrimeTypeProfile> types, String crimeType) {
        for (int t = 0; t < types.size(); t++) {
            if (types.get(t).crimeType().equals(crimeType)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no sample crime type " + crimeType);
    }

    private static String describe(String description) {
        return description + " [" + PoliceUkStreetFormat.SAMPLE_MARKER + "]";
    }
}
