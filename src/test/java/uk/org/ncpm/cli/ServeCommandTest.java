package uk.org.ncpm.cli;

import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import uk.org.ncpm.web.Snapshot;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** `ncpm serve` listens on this machine only unless told otherwise, and prints the address it listens on. */
class ServeCommandTest {

    @Test
    void listens_on_the_loopback_address_by_default_with_hsts_off() {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs();

        assertThat(command.bind).isEqualTo("127.0.0.1");
        assertThat(command.hsts).isFalse();
        new CommandLine(command).parseArgs("--bind", "0.0.0.0", "--hsts");
        assertThat(command.bind).isEqualTo("0.0.0.0");
        assertThat(command.hsts).isTrue();
    }

    @Test
    void the_printed_address_is_the_one_listened_on() {
        assertThat(ServeCommand.address("127.0.0.1", 7070)).isEqualTo("http://127.0.0.1:7070/");
        assertThat(ServeCommand.address("0.0.0.0", 7070)).isEqualTo("http://0.0.0.0:7070/ (every interface of this machine)");
        assertThat(ServeCommand.address("::1", 8080)).isEqualTo("http://[::1]:8080/");
    }

    @Test
    void a_site_bound_to_loopback_cannot_be_reached_on_the_machines_other_addresses() throws Exception {
        Javalin app = ServeCommand.listen(new Snapshot(List.of(), false), "127.0.0.1", 0, false);
        try {
            try (Socket loopback = new Socket()) {
                loopback.connect(new InetSocketAddress("127.0.0.1", app.port()), 2000);
                assertThat(loopback.isConnected()).isTrue();
            }
            Optional<InetAddress> other = otherAddress();
            assumeTrue(other.isPresent(), "this machine has no address but loopback");
            assertThatThrownBy(() -> {
                try (Socket outside = new Socket()) {
                    outside.connect(new InetSocketAddress(other.get(), app.port()), 2000);
                }
            }).isInstanceOf(java.io.IOException.class);
        } finally {
            app.stop();
        }
    }

    private static Optional<InetAddress> otherAddress() throws Exception {
        return NetworkInterface.networkInterfaces().filter(i -> {
                    try {
                        return i.isUp() && !i.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                }).flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress()).findFirst();
    }
}
