package uk.org.ncpm.access;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The accounts in the store (table app_user). Callers that change them hold the StoreLock. */
public final class Users {

    private final Store store;
    private final Catalogue catalogue;

    public Users(Store store, Catalogue catalogue) {
        this.store = store;
        this.catalogue = catalogue;
    }

    /**
     * @throws AccessException the username is taken or the force is not a territorial force of the catalogue
     */
    public void add(User user, Optional<String> passwordHash, Instant at) throws AccessException, StoreException {
        requireTerritorialForce(user);
        if (find(user.username()).isPresent()) {
            throw new AccessException("there is already a user called " + user.username());
        }
        update("INSERT INTO app_user (username, display_name, role, force_code, password_hash, disabled, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, false, ?)", user.username(), user.displayName(), user.role().id(),
                user.forceCode().orElse(null), passwordHash.orElse(null), AuditLog.utc(at));
    }

    public void disable(String username) throws AccessException, StoreException {
        require(username);
        update("UPDATE app_user SET disabled = true WHERE username = ?", username);
    }

    public void setPasswordHash(String username, String passwordHash) throws AccessException, StoreException {
        require(username);
        update("UPDATE app_user SET password_hash = ? WHERE username = ?", passwordHash, username);
    }

    public Optional<Account> find(String username) throws StoreException {
        return select(" WHERE username = ?", username).stream().findFirst();
    }

    /** Every account, by username. */
    public List<Account> list() throws StoreException {
        return select(" ORDER BY username");
    }

    private Account require(String username) throws AccessException, StoreException {
        return find(username).orElseThrow(() -> new AccessException("there is no user called " + username));
    }

    private void requireTerritorialForce(User user) throws AccessException {
        if (user.forceCode().isPresent() && catalogue.forces().byCode(user.forceCode().get()).isEmpty()) {
            throw new AccessException("'" + user.forceCode().get() + "' is not the code of a territorial police force of "
                    + "England and Wales (e.g. E23000003 for Lancashire; `ncpm` lists them in /api/v1/forces)");
        }
    }

    private List<Account> select(String where, Object... values) throws StoreException {
        String sql = "SELECT username, display_name, role, force_code, password_hash, disabled, created_at, oidc_subject "
                + "FROM app_user" + where;
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            bind(statement, values);
            List<Account> accounts = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    User user = new User(rs.getString(1), rs.getString(2), Role.of(rs.getString(3)),
                            Optional.ofNullable(rs.getString(4)));
                    accounts.add(new Account(user, Optional.ofNullable(rs.getString(5)), rs.getBoolean(6),
                            rs.getObject(7, java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC), Optional.ofNullable(rs.getString(8))));
                }
            }
            return accounts;
        } catch (SQLException e) {
            throw new StoreException("store " + store.path() + ": users could not be read: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... values) throws StoreException {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            bind(statement, values);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("store " + store.path() + ": users could not be changed: " + e.getMessage(), e);
        }
    }

    private Connection connection() {
        return store.connection();
    }

    static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
