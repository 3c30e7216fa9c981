package uk.org.ncpm.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StoreTest {

    private static final String VERSION = StoreFixture.CATALOGUE.version();

    @TempDir
    Path dir;

    @Test
    void creates_the_file_and_its_folders_with_the_schema_and_the_catalogue() throws Exception {
        Path file = dir.resolve("a/b/ncpm.duckdb");
        StoreFixture store = new StoreFixture(file);

        assertThat(store.query("SELECT version, script FROM schema_version")).containsExactly("1 V001__street_records.sql", "2 V002__observations.sql",
                "3 V003__figures.sql", "4 V004__figure_parts.sql", "5 V005__identical_duplicate_rows.sql",
                "6 V006__footnotes.sql", "7 V007__removed_vintages.sql", "8 V008__releases.sql", "9 V009__access.sql");
        assertThat(Files.exists(file)).isTrue();
        assertThat(store.query("SELECT version FROM catalogue_version")).containsExactly(VERSION);
        assertThat(store.query("SELECT count(*) FROM force WHERE catalogue_version = '" + VERSION + "'"))
                .containsExactly("43");
        assertThat(store.query("SELECT count(*) FROM measure")).containsExactly("6");
        assertThat(store.query("SELECT code, slug, region FROM force WHERE code = 'W15000004'"))
                .containsExactly("W15000004 dyfed-powys Wales");
    }

    @Test
    void reopening_neither_migrates_again_nor_copies_the_catalogue_twice() throws Exception {
        StoreFixture store = new StoreFixture(dir.resolve("ncpm.duckdb"));
        store.query("SELECT 1");

        assertThat(store.query("SELECT count(*) FROM schema_version")).containsExactly("9");
        assertThat(store.query("SELECT count(*) FROM force")).containsExactly("43");
    }

    @Test
    void reports_a_store_that_cannot_be_opened_naming_its_path() throws Exception {
        Path notADatabase = Files.writeString(dir.resolve("notes.duckdb"), "these are my notes, not a database");

        assertThatExceptionOfType(StoreException.class)
                .isThrownBy(() -> Store.open(notADatabase, StoreFixture.CATALOGUE).close())
                .withMessageStartingWith("store " + notADatabase + " could not be opened: ");
    }
}
