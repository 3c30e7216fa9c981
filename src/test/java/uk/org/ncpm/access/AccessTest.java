package uk.org.ncpm.access;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Every role against every rule, for its own force and for another (Lancashire E23000003, Kent E23000032). */
class AccessTest {

    private static final String OWN = "E23000003";
    private static final String OTHER = "E23000032";

    private static User user(String role) {
        Role r = Role.of(role);
        return new User("someone", "Someone", r, r.boundToForce() ? Optional.of(OWN) : Optional.empty());
    }

    @ParameterizedTest(name = "{0}: view own {1}, other {2}; pre-release own {3}, other {4}, national {5}; prepare {6}; statement own {7}, other {8}; users {9}; audit {10}")
    @CsvSource({
            "analyst, true,  true,  true,  true,  true,  true,  false, false, false, false",
            "force,   true,  false, true,  false, false, false, false, false, false, false",
            "pcc,     true,  false, true,  false, false, false, true,  false, false, false",
            "admin,   true,  true,  false, false, false, false, false, false, true,  true"})
    void each_role_may_do_exactly_what_its_description_says(String role, boolean viewOwn, boolean viewOther,
                                                            boolean preOwn, boolean preOther, boolean preNational,
                                                            boolean prepare, boolean statementOwn, boolean statementOther,
                                                            boolean users, boolean audit) {
        User user = user(role);

        assertThat(Access.canViewForce(user, OWN)).as("view own force").isEqualTo(viewOwn);
        assertThat(Access.canViewForce(user, OTHER)).as("view another force").isEqualTo(viewOther);
        assertThat(Access.canSeePreRelease(user, OWN)).as("pre-release, own force").isEqualTo(preOwn);
        assertThat(Access.canSeePreRelease(user, OTHER)).as("pre-release, another force").isEqualTo(preOther);
        assertThat(Access.canSeeNationalPreRelease(user)).as("pre-release, England and Wales").isEqualTo(preNational);
        assertThat(Access.canPrepareRelease(user)).as("prepare a release").isEqualTo(prepare);
        assertThat(Access.canEditStatement(user, OWN)).as("statement, own force").isEqualTo(statementOwn);
        assertThat(Access.canEditStatement(user, OTHER)).as("statement, another force").isEqualTo(statementOther);
        assertThat(Access.canManageUsers(user)).as("manage users").isEqualTo(users);
        assertThat(Access.canReadAudit(user)).as("read the audit log").isEqualTo(audit);
    }

    @ParameterizedTest
    @CsvSource({"force", "pcc"})
    void a_force_bound_role_needs_a_force(String role) {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new User("someone", "Someone", Role.of(role), Optional.empty()))
                .withMessageContaining("bound to one force");
    }

    @ParameterizedTest
    @CsvSource({"analyst", "admin"})
    void other_roles_refuse_a_force(String role) {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new User("someone", "Someone", Role.of(role), Optional.of(OWN)))
                .withMessageContaining("not bound to a force");
    }

    @org.junit.jupiter.api.Test
    void an_unknown_role_is_named_with_the_roles_there_are() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Role.of("boss"))
                .withMessage("no role 'boss'; the roles are analyst, force, pcc, admin");
    }
}
