package uk.org.ncpm.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.measures.Diagnostics;
import uk.org.ncpm.text.DiagnosticsDocument;

import java.io.PrintWriter;

/** Prints a force's diagnostics as the JSON object of {@link DiagnosticsDocument}, indented. */
final class DiagnosticsJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private DiagnosticsJson() {
    }

    static void print(Diagnostics d, Catalogue catalogue, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(DiagnosticsDocument.of(d, catalogue)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("diagnostics could not be written as JSON", e);
        }
        out.flush();
    }
}
