package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "disable", mixinStandardHelpOptions = true,
        description = {"Stop a user signing in; a running server signs them out within seconds. The account and its",
                "audit trail are kept."})
final class UsersDisableCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "USERNAME")
    String username;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return UserChange.run(store, false, "disable", username, spec, "Disabled " + username + ".", users -> {
            users.disable(username);
            return null;
        });
    }
}
