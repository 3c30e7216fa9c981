package uk.org.ncpm.web;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;

import uk.org.ncpm.measures.ForceLeftOut;
import uk.org.ncpm.measures.FunnelPlot;
import uk.org.ncpm.stats.FunnelUnit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A {@link Snapshot} as gzipped JSON: the frozen content of a release. Written once when a release is
 * prepared and read back, equal field for field, whenever it is shown, so a published release's pages
 * never change with later data. Records are written from their fields and read through their canonical
 * constructors, so a record's checks run again on reading.
 */
public final class SnapshotDocument {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(new ParameterNamesModule())
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
            .addMixIn(FunnelPlot.class, FunnelPlotFields.class)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SnapshotDocument() {
    }

    /** A funnel plot is written as what it is made of; its over-dispersion adjustment is worked out again on reading. */
    private abstract static class FunnelPlotFields {
        @JsonIgnore
        Object adjustment;
        @JsonIgnore
        boolean cityOfLondonSetAside;

        @JsonCreator
        FunnelPlotFields(@JsonProperty("targetRate") double targetRate, @JsonProperty("ratePer") double ratePer,
                         @JsonProperty("units") Map<String, FunnelUnit> units, @JsonProperty("leftOut") List<ForceLeftOut> leftOut) {
        }
    }

    public static byte[] bytes(Snapshot snapshot) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(out)) {
            JSON.writeValue(gzip, snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException("a snapshot could not be written as JSON", e);
        }
        return out.toByteArray();
    }

    /** The snapshot written by {@link #bytes}. */
    public static Snapshot read(byte[] bytes) throws IOException {
        try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return JSON.readValue(gzip, Snapshot.class);
        }
    }
}
