package uk.org.ncpm.catalogue;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The local authority districts of England and Wales, each with its police force area, in name order. */
public record LocalAuthorities(List<LocalAuthority> all) {

    public LocalAuthorities {
        all = all.stream().sorted(Comparator.comparing(LocalAuthority::name)).toList();
    }

    /**
     * The districts whose name (or community safety partnership's name) contains what a person typed,
     * ignoring case, accents, punctuation and spacing: "st albans" finds "St Albans", "newcastle" both
     * Newcastle upon Tyne and Newcastle-under-Lyme.
     */
    public List<LocalAuthority> matching(String typed) {
        String wanted = folded(typed);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return all.stream().filter(la -> folded(la.name()).contains(wanted)
                || folded(la.communitySafetyPartnership()).contains(wanted)).toList();
    }

    /** Lower case letters and digits only, accents removed: the form names are compared in. */
    static String folded(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
