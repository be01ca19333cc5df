#pragma once
// The library database: opening (refusing files that are not databases, newer schemas and
// read-only files when writing), pragmas (WAL, foreign keys), and schema migrations
// versioned with PRAGMA user_version.
#include <QSqlDatabase>
#include <QString>
#include <memory>

struct sqlite3;
struct pg_conn;

namespace fz {

class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    // SQLite files for one analyst; PostgreSQL (postgresql://user@host:port/db) for a team.
    enum class Backend { SQLite, PostgreSQL };

    // The current schema version this program writes.
    static constexpr int kSchemaVersion = 6;

    // Opens (creating when writing and absent) and migrates. On failure returns null and
    // sets *error to one line naming the file and the reason; the file is left untouched.
    static std::unique_ptr<Database> open(const QString &location, Mode mode, QString *error);

    // The schema version an SQLite library file holds, read without opening it for writing; -1
    // when it is absent, not SQLite, unreadable or on PostgreSQL. A caller compares it with
    // kSchemaVersion to tell the user before open() upgrades a large library.
    static int storedSchemaVersion(const QString &location);
    // Whether a stored version (from storedSchemaVersion) is one that open() will upgrade.
    static bool needsUpgrade(int storedVersion) { return storedVersion > 0 && storedVersion < kSchemaVersion; }

    // Where the library lives when no --db is given: $FAZHI_DB, else the platform's app data folder.
    static QString defaultLocation();
    static bool isPostgresLocation(const QString &location);

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::PostgreSQL; }
    // For inserts: " RETURNING id" where the backend needs it, and the new row's id after exec().
    QString returningId() const { return isPostgres() ? QStringLiteral(" RETURNING id") : QString(); }
    qint64 insertedId(class QSqlQuery &query) const;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &db() { return m_db; }
    // The connection's own sqlite3 handle when the library is SQLite (the Qt driver and this
    // program use the same system library), for what Qt's API makes slow; null otherwise.
    sqlite3 *sqliteHandle();
    // The same for PostgreSQL: the QPSQL connection's libpq handle; null otherwise.
    pg_conn *postgresHandle();
    QString location() const { return m_location; }
    bool readOnly() const { return m_mode == Mode::ReadOnly; }
    int schemaVersion() const;

    // One logical change: begin, then commit or roll back. Nested calls become savepoints, so a
    // change made inside a larger transaction (a report inside an import batch) still commits or
    // rolls back whole.
    bool begin();
    bool commit();
    void rollback();
    // Why the last begin() or commit() failed.
    QString transactionError() const { return m_transactionError; }

    // After many rows were written at once (an import, a copy): on PostgreSQL, VACUUM ANALYZE,
    // so that the planner knows the new sizes and charts read their indexes alone (the
    // visibility map); autovacuum would get there only later. Nothing to do on SQLite.
    bool settleAfterBulkWrite(QString *error = nullptr);

    // Migrates to kSchemaVersion; exposed for tests that build older schemas.
    bool migrate(QString *error);

    // The SQL that creates schema version `version` from the one before (for tests and tools).
    static QStringList migrationSteps(int version, Backend backend = Backend::SQLite);
    // Data a migration computes in code after its SQL (province and city of version 3, the
    // search index of version 5).
    bool migrateData(int version, QString *error);

private:
    Database(const QString &location, Mode mode, Backend backend);
    bool refillSearchIndex(QString *error);
    bool savepoint(const char *verb);
    static std::unique_ptr<Database> openPostgres(const QString &location, Mode mode, QString *error);
    bool setSchemaVersion(int version, QString *error);
    QString m_location;
    Mode m_mode;
    Backend m_backend;
    QString m_connection;
    QSqlDatabase m_db;
    int m_depth = 0; // open transactions: 1 the real one, more are savepoints
    QString m_transactionError;
};

// RAII transaction: rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(db), m_active(db.begin()) {}
    ~Transaction() { if (m_active) m_db.rollback(); }
    bool active() const { return m_active; }
    bool commit() { if (!m_active) return false; m_active = false; return m_db.commit(); }
private:
    Database &m_db;
    bool m_active;
};

} // namespace fz
