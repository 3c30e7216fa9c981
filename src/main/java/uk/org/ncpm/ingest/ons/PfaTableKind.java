package uk.org.ncpm.ingest.ons;

import java.util.List;

/** The tables of the workbook this reader takes, told apart by their titles and headings. */
enum PfaTableKind {

    /** Table P1: police recorded crime by offence group and police force area, number of offences. */
    OFFENCE_COUNTS("Table P1 (police recorded crime by offence group and police force area, number of offences)", List.of(
            SeriesColumn.own("homicide", "Homicide", true, "", "homicide"),
            SeriesColumn.own("domestic-burglary", "Residential burglary", true, "", "residential burglary",
                    "domestic burglary"),
            SeriesColumn.own("personal-robbery", "Robbery of personal property", false, "",
                    "robbery of personal property", "personal robbery"),
            SeriesColumn.own("robbery", "Robbery", false,
                    "all robbery (personal and business property) as published", "robbery"),
            SeriesColumn.own("theft-from-the-person", "Theft from the person", true, "", "theft from the person"),
            SeriesColumn.own("vehicle-offences", "Vehicle offences", true, "", "vehicle offences"),
            SeriesColumn.own("possession-of-weapons", "Possession of weapons offences", false, "",
                    "possession of weapons offences"),
            SeriesColumn.own("total-recorded-crime", "Total recorded crime", false, "", "total recorded crime*"))) {

        @Override
        boolean isTitled(PfaTableLayout layout) {
            String title = layout.titleKey();
            boolean counts = title.contains("number of offences") && title.contains("offence group")
                    || layout.tableName().equalsIgnoreCase("Table P1");
            return counts && !title.contains("knife") && !title.contains("percentage") && !title.contains("rate of");
        }
    },

    /** Table P4: offences involving a knife or sharp instrument, for the edition's 12 months. */
    KNIFE_OFFENCES("the table of offences involving a knife or sharp instrument (Table P4)", List.of(
            new SeriesColumn("knife-crime", "Total of selected serious offences: number of offences involving a knife",
                    true, column -> column.ownKey().startsWith("number of") && column.ownKey().contains("knife")
                            && column.under("total of selected"),
                    "total of the selected serious offences the special collection covers"))) {

        @Override
        boolean isTitled(PfaTableLayout layout) {
            String title = layout.titleKey();
            return title.contains("knife") && !title.contains("percentage change");
        }
    },

    /**
     * Table P5: offences involving a knife or sharp instrument for a series of years, each under a
     * heading naming its 12 months ("Jul '17 to Jun '18"), as revised by this edition.
     */
    KNIFE_SERIES("the table of offences involving a knife or sharp instrument by year (Table P5)", List.of(
            new SeriesColumn("knife-crime", "Number of selected offences involving a knife, under a heading such as "
                    + "'Jul '17 to Jun '18'", true, column -> column.ownKey().startsWith("number of")
                    && column.ownKey().contains("knife") && column.period().isPresent(),
                    "total of the selected serious offences the special collection covers"))) {

        @Override
        boolean isTitled(PfaTableLayout layout) {
            return layout.titleKey().contains("knife");
        }
    };

    private final String description;
    private final List<SeriesColumn> series;

    PfaTableKind(String description, List<SeriesColumn> series) {
        this.description = description;
        this.series = List.copyOf(series);
    }

    abstract boolean isTitled(PfaTableLayout layout);

    String description() {
        return description;
    }

    List<SeriesColumn> series() {
        return series;
    }
}
