package uk.org.ncpm.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class UsersCommandTest {

    private static final String PASSWORD = "plum-orchard-lantern-9";
    private final InputStream stdin = System.in;

    @TempDir
    Path dir;

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private CliRun withStdin(String input, String... args) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        return CliRun.of(args);
    }

    private String store() {
        return dir.resolve("ncpm.duckdb").toString();
    }

    @Test
    void the_first_admin_is_added_to_a_new_store_listed_without_a_hash_and_audited() throws Exception {
        CliRun added = withStdin(PASSWORD + "\n", "users", "add", "root", "--role", "admin", "--name", "Site Admin",
                "--password-stdin", "--store", store());
        CliRun force = withStdin(PASSWORD + "\n", "users", "add", "fred", "--role", "force", "--force", "E23000003",
                "--password-stdin", "--store", store());
        CliRun list = CliRun.of("users", "list", "--format", "csv", "--store", store());
        CliRun audit = CliRun.of("audit", "--format", "csv", "--store", store());

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).isEqualTo("Added root (Site Admin), admin.\n");
        assertThat(force.out()).isEqualTo("Added fred (fred), force of E23000003.\n");
        assertThat(list.out().lines()).first().isEqualTo("username,display_name,role,force_code,disabled,signs_in_with,created_at");
        assertThat(list.out()).contains("root,Site Admin,admin,,false,password,").contains("fred,fred,force,E23000003,false,password,")
                .doesNotContain("argon2");
        String actor = "cli:" + System.getenv().getOrDefault("USER", System.getProperty("user.name"));
        assertThat(audit.out().lines().skip(1).map(l -> l.split(",")).map(f -> f[2] + " " + f[3] + " " + f[4]))
                .containsExactly(actor + " user.add root", actor + " user.add fred", actor + " user.list ", actor + " audit.read ");
        assertThat(Files.readAllBytes(dir.resolve("ncpm.duckdb"))).asString(StandardCharsets.ISO_8859_1).doesNotContain(PASSWORD);
    }

    @Test
    void bad_input_is_refused_with_exit_2_and_leaves_the_store_unchanged() throws Exception {
        withStdin(PASSWORD + "\n", "users", "add", "root", "--role", "admin", "--password-stdin", "--store", store());
        byte[] before = Files.readAllBytes(dir.resolve("ncpm.duckdb"));

        CliRun shortPassword = withStdin("too-short\n", "users", "add", "ann", "--role", "analyst", "--password-stdin", "--store", store());
        CliRun badRole = withStdin(PASSWORD + "\n", "users", "add", "ann", "--role", "boss", "--password-stdin", "--store", store());
        CliRun noForce = withStdin(PASSWORD + "\n", "users", "add", "ann", "--role", "pcc", "--password-stdin", "--store", store());
        CliRun notAForce = withStdin(PASSWORD + "\n", "users", "add", "ann", "--role", "pcc", "--force", "E23000099",
                "--password-stdin", "--store", store());
        CliRun taken = withStdin(PASSWORD + "\n", "users", "add", "root", "--role", "admin", "--password-stdin", "--store", store());
        CliRun unknown = CliRun.of("users", "disable", "nobody", "--store", store());
        CliRun noTerminal = CliRun.of("users", "reset-password", "root", "--store", store());
        CliRun badSince = CliRun.of("audit", "--since", "31/01/2025", "--store", store());

        assertThat(shortPassword.err()).isEqualTo("error: the password has 9 characters; it needs at least 12\n");
        assertThat(badRole.err()).isEqualTo("error: no role 'boss'; the roles are analyst, force, pcc, admin\n");
        assertThat(noForce.err()).contains("a pcc user is bound to one force: give its code");
        assertThat(notAForce.err()).contains("'E23000099' is not the code of a territorial police force");
        assertThat(taken.err()).isEqualTo("error: there is already a user called root\n");
        assertThat(unknown.err()).isEqualTo("error: there is no user called nobody\n");
        assertThat(noTerminal.err()).contains("there is no terminal to type the password at; give it on standard input with --password-stdin");
        assertThat(badSince.err()).contains("--since 31/01/2025: expected a date as YYYY-MM-DD");
        for (CliRun run : new CliRun[] {shortPassword, badRole, noForce, notAForce, taken, unknown, noTerminal, badSince}) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        }
        assertThat(Files.readAllBytes(dir.resolve("ncpm.duckdb"))).as("the store's bytes").isEqualTo(before);
    }

    @Test
    void disable_and_reset_password_are_audited_and_the_audit_can_start_from_a_day() throws Exception {
        withStdin(PASSWORD + "\n", "users", "add", "ann", "--role", "analyst", "--password-stdin", "--store", store());

        CliRun reset = withStdin("another-long-password\n", "users", "reset-password", "ann", "--password-stdin", "--store", store());
        CliRun disable = CliRun.of("users", "disable", "ann", "--store", store());
        CliRun json = CliRun.of("audit", "--format", "json", "--since", "2000-01-01", "--store", store());
        CliRun future = CliRun.of("audit", "--format", "csv", "--since", "2999-01-01", "--store", store());

        assertThat(reset.out()).isEqualTo("Set a new password for ann.\n");
        assertThat(disable.out()).isEqualTo("Disabled ann.\n");
        assertThat(json.out()).contains("\"action\" : \"user.reset-password\"").contains("\"action\" : \"user.disable\"")
                .doesNotContain("another-long-password");
        assertThat(future.out().lines()).hasSize(1);
    }
}
