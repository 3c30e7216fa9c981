package uk.org.ncpm.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import uk.org.ncpm.access.Access;
import uk.org.ncpm.access.AccessControl;
import uk.org.ncpm.access.AccessException;
import uk.org.ncpm.access.Account;
import uk.org.ncpm.access.AuditEvent;
import uk.org.ncpm.access.AuditLog;
import uk.org.ncpm.access.AuditOutcome;
import uk.org.ncpm.access.Role;
import uk.org.ncpm.access.User;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.store.StoreException;
import uk.org.ncpm.text.CsvTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The admin's pages: /admin/users (list, add, disable, reset a password) and /admin/audit (paged, and as CSV). */
public final class AdminPages {

    static final String USERS = "/admin/users";
    static final String AUDIT = "/admin/audit";
    static final int AUDIT_PAGE_SIZE = 50;

    /** A row of the users table. */
    public record UserRow(String username, String displayName, String role, String force, boolean disabled, boolean password) {
    }

    /** The users page: every account, the forms, and what the last action did. */
    public record UsersPage(List<UserRow> users, List<Force> forces, String csrfToken, Optional<String> done, Optional<String> error,
                     String self) {
    }

    /** A page of the audit log. */
    public record AuditPage(AccessControl.AuditPage log, String csrfToken) {
    }

    private final SiteAccess access;
    private final Catalogue catalogue;

    AdminPages(SiteAccess access, Catalogue catalogue) {
        this.access = access;
        this.catalogue = catalogue;
    }

    void users(Context ctx) {
        User admin = admin(ctx);
        if (admin != null) {
            renderUsers(ctx, admin, Optional.ofNullable(ctx.queryParam("done")), Optional.empty());
        }
    }

    void add(Context ctx) {
        change(ctx, admin -> {
            String username = field(ctx, "username");
            String force = field(ctx, "force");
            User user = new User(username, field(ctx, "name"), Role.of(field(ctx, "role")),
                    force.isBlank() ? Optional.empty() : Optional.of(force));
            char[] password = Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
            try {
                access.control().addUser(admin, user, password, ctx.ip());
            } finally {
                Arrays.fill(password, ' ');
            }
            return "Added " + username + ".";
        });
    }

    void disable(Context ctx) {
        change(ctx, admin -> {
            access.control().disableUser(admin, field(ctx, "username"), ctx.ip());
            return "Disabled " + field(ctx, "username") + ".";
        });
    }

    void resetPassword(Context ctx) {
        change(ctx, admin -> {
            char[] password = Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
            try {
                access.control().resetPassword(admin, field(ctx, "username"), password, ctx.ip());
            } finally {
                Arrays.fill(password, ' ');
            }
            return "Set a new password for " + field(ctx, "username") + ".";
        });
    }

    void audit(Context ctx) {
        User admin = admin(ctx);
        if (admin == null) {
            return;
        }
        int page = ctx.queryParam("page") == null ? 1
                : ctx.queryParamAsClass("page", Integer.class).check(p -> p != null && p >= 1, "a page number from 1").get();
        AccessControl.AuditPage log = readAudit(page, AUDIT_PAGE_SIZE);
        ctx.html(WebApp.html("adminAudit.jte", Map.of("page", new AuditPage(log, Visitor.of(ctx).csrfToken().orElseThrow()))));
    }

    void auditCsv(Context ctx) {
        User admin = admin(ctx);
        if (admin == null) {
            return;
        }
        AccessControl.AuditPage log = readAudit(1, Integer.MAX_VALUE);
        List<List<String>> rows = new ArrayList<>();
        List<AuditLog.Entry> entries = new ArrayList<>(log.entries());
        java.util.Collections.reverse(entries);
        for (AuditLog.Entry entry : entries) {
            AuditEvent e = entry.event();
            rows.add(List.of(Long.toString(entry.id()), e.at().toString(), e.actor(), e.action(), e.target().orElse(""),
                    e.detail().orElse(""), e.outcome().id(), e.remoteAddress().orElse("")));
        }
        access.control().record(AuditEvent.actorOf(admin), "audit.download", AUDIT + ".csv", null, AuditOutcome.SUCCESS, ctx.ip());
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"ncpm-audit.csv\"");
        ctx.result(CsvTable.of(List.of("id", "at", "actor", "action", "target", "detail", "outcome", "remote_address"), rows));
    }

    private AccessControl.AuditPage readAudit(int page, int size) {
        try {
            return access.control().auditPage(Optional.empty(), page, size);
        } catch (StoreException e) {
            throw new io.javalin.http.ServiceUnavailableResponse("The audit log cannot be read now: " + e.getMessage());
        }
    }

    /** A change to users, returning what was done in words. */
    @FunctionalInterface
    private interface Change {
        String apply(User admin) throws AccessException, StoreException;
    }

    private void change(Context ctx, Change change) {
        FormToken.require(ctx);
        User admin = admin(ctx);
        if (admin == null) {
            return;
        }
        try {
            String done = change.apply(admin);
            ctx.redirect(USERS + "?done=" + java.net.URLEncoder.encode(done, java.nio.charset.StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
        } catch (AccessException | StoreException | IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderUsers(ctx, admin, Optional.empty(), Optional.of(capitalised(e.getMessage())));
        }
    }

    private void renderUsers(Context ctx, User admin, Optional<String> done, Optional<String> error) {
        List<UserRow> rows = new ArrayList<>();
        for (Account a : access.control().accounts()) {
            rows.add(new UserRow(a.username(), a.user().displayName(), a.user().role().id(),
                    a.user().forceCode().map(code -> catalogue.forces().byCode(code).map(Force::name).orElse(code)).orElse(""),
                    a.disabled(), a.passwordHash().isPresent()));
        }
        ctx.html(WebApp.html("adminUsers.jte", Map.of("page", new UsersPage(rows, catalogue.forces().territorial(),
                Visitor.of(ctx).csrfToken().orElseThrow(), done, error, admin.username()))));
    }

    /** The signed-in admin; an anonymous visitor is sent to sign in, anyone else refused (and audited). */
    private User admin(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        if (visitor.user().isEmpty()) {
            ctx.redirect(SignIn.PATH + "?next=" + java.net.URLEncoder.encode(ctx.path(), java.nio.charset.StandardCharsets.UTF_8),
                    HttpStatus.SEE_OTHER);
            return null;
        }
        User user = visitor.user().get();
        if (!Access.canManageUsers(user)) {
            access.control().record(AuditEvent.actorOf(user), "admin.page", ctx.path(), "not an admin", AuditOutcome.DENIED, ctx.ip());
            throw new ForbiddenResponse("Only an admin can use this page. You are signed in as " + user.username()
                    + " (" + user.role().id() + ").");
        }
        return user;
    }

    private static String field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
    }

    private static String capitalised(String message) {
        return message == null || message.isEmpty() ? "Something went wrong" : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
