package uk.org.ncpm.text;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.measures.ForceLeftOut;

import java.util.List;

/** Forces by name in a line of text: "Gwent Police, South Wales Police"; a code without a name stays a code. */
public final class NamedForces {

    private NamedForces() {
    }

    public static String of(Catalogue catalogue, List<String> codes) {
        return String.join(", ", codes.stream().map(code -> catalogue.areaName(code).orElse(code)).toList());
    }

    /** "Dyfed-Powys Police (months not complete: 2019-11 missing); ..." */
    public static String leftOut(Catalogue catalogue, List<ForceLeftOut> leftOut) {
        return String.join("; ", leftOut.stream()
                .map(l -> catalogue.areaName(l.forceCode()).orElse(l.forceCode()) + " (" + l.reason() + ")").toList());
    }
}
