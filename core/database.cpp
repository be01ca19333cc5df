#include "database.h"
#include "gazetteer.h"
#include "searchfunctions.h"
#include "textfold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <tuple>

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <sqlite3.h>

namespace fz {
namespace {

QAtomicInt g_connectionCounter;

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

// An SQLite file starts with these 16 bytes; an empty file is a new database.
bool looksLikeSqlite(const QString &path, QString *why)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *why = QCoreApplication::translate("Database", "cannot read: %1").arg(f.errorString());
        return false;
    }
    const QByteArray head = f.read(16);
    if (head.isEmpty())
        return true;
    if (head != QByteArray("SQLite format 3\0", 16)) {
        *why = QCoreApplication::translate("Database", "not an SQLite database (left untouched)");
        return false;
    }
    return true;
}

// Writable for us and not marked read-only: a file without write permission bits counts as
// read-only even for root, who could write it anyway.
bool writable(const QFileInfo &info)
{
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & writeBits);
}

} // namespace

namespace {
const char kChartIndex[] =
    "CREATE INDEX mentions_chart ON mentions(key, headline, status, report_id, value, unit, approximate, verified, "
    "headline_manual, start_pos, end_pos)";
// Folded title and text (simplified, half-width) so that a simplified query finds traditional
// reports; contentless and without positions (schema version 5).
const char kSearchIndex[] =
    "CREATE VIRTUAL TABLE reports_fts USING fts5(title, body, content='', tokenize='trigram', detail=none)";

// The PostgreSQL schema: the same tables and columns; identities, DOUBLE PRECISION values, and a
// trigram index over the folded text in place of SQLite's FTS5 table.
QStringList postgresSteps(int version)
{
    switch (version) {
    case 1:
        return {
            QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
            QStringLiteral(
                "CREATE TABLE reports ("
                " id BIGSERIAL PRIMARY KEY,"
                " content_hash TEXT NOT NULL UNIQUE,"
                " source_path TEXT NOT NULL,"
                " format TEXT NOT NULL,"
                " encoding TEXT,"
                " original_text TEXT NOT NULL,"
                " body_start INTEGER NOT NULL,"
                " body_end INTEGER NOT NULL,"
                " chrome TEXT NOT NULL DEFAULT '[]',"
                " title TEXT,"
                " region TEXT,"
                " parents TEXT NOT NULL DEFAULT '[]',"
                " level TEXT,"
                " year INTEGER,"
                " published TEXT,"
                " region_code TEXT,"
                " imported_at TEXT NOT NULL,"
                " size_bytes BIGINT,"
                " char_count INTEGER,"
                " search_text TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX reports_region_year ON reports(region, year)"),
            QStringLiteral("CREATE INDEX reports_year ON reports(year)"),
            QStringLiteral("CREATE INDEX reports_search ON reports USING gin (search_text gin_trgm_ops)"),
        };
    case 2:
        return {
            QStringLiteral("ALTER TABLE reports ADD COLUMN metadata_edited TEXT NOT NULL DEFAULT '[]'"),
            QStringLiteral(
                "CREATE TABLE mentions ("
                " id BIGSERIAL PRIMARY KEY,"
                " report_id BIGINT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                " key TEXT NOT NULL,"
                " value DOUBLE PRECISION,"
                " unit TEXT,"
                " approximate INTEGER NOT NULL DEFAULT 0,"
                " start_pos INTEGER NOT NULL,"
                " end_pos INTEGER NOT NULL,"
                " sentence TEXT,"
                " headline INTEGER NOT NULL DEFAULT 0,"
                " source TEXT NOT NULL DEFAULT 'auto' CHECK (source IN ('auto','manual')),"
                " status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','rejected')),"
                " verified INTEGER NOT NULL DEFAULT 0,"
                " auto_value DOUBLE PRECISION,"
                " edited INTEGER NOT NULL DEFAULT 0,"
                " headline_manual INTEGER NOT NULL DEFAULT 0,"
                " note TEXT,"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " version INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE INDEX mentions_report ON mentions(report_id, start_pos)"),
            QStringLiteral("CREATE INDEX mentions_key_headline ON mentions(key, headline, status)"),
            QStringLiteral(
                "CREATE TABLE annotations ("
                " id BIGSERIAL PRIMARY KEY,"
                " report_id BIGINT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                " start_pos INTEGER NOT NULL,"
                " end_pos INTEGER NOT NULL,"
                " note TEXT NOT NULL DEFAULT '',"
                " color TEXT NOT NULL DEFAULT '#ffd54f',"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " version INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE INDEX annotations_report ON annotations(report_id, start_pos)"),
            QStringLiteral("CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT)"),
        };
    case 3:
        return Database::migrationSteps(3, Database::Backend::SQLite); // the same statements
    case 4:
        return {
            QStringLiteral(
                "CREATE TABLE report_texts ("
                " report_id BIGINT PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,"
                " original_text TEXT NOT NULL,"
                " search_text TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("INSERT INTO report_texts (report_id, original_text, search_text) SELECT id, original_text, search_text FROM reports"),
            QStringLiteral("DROP INDEX reports_search"),
            QStringLiteral("ALTER TABLE reports DROP COLUMN original_text"),
            QStringLiteral("ALTER TABLE reports DROP COLUMN search_text"),
            QStringLiteral("CREATE INDEX report_texts_search ON report_texts USING gin (search_text gin_trgm_ops)"),
            QString::fromLatin1(kChartIndex),
            QStringLiteral("DROP INDEX mentions_key_headline"),
        };
    case 6:
        return {
            // Charts answered from indexes alone, as on SQLite: PostgreSQL's index does not hold
            // the row id, so the mention's id rides along (INCLUDE), and reports get the narrow
            // index SQLite has had since version 4. 800 ms → 40-80 ms at 100,000 reports.
            QStringLiteral("DROP INDEX mentions_chart"),
            QStringLiteral("CREATE INDEX mentions_chart ON mentions(key, headline, status, report_id) "
                           "INCLUDE (value, unit, approximate, verified, headline_manual, start_pos, end_pos, id)"),
            QStringLiteral("CREATE INDEX reports_chart ON reports(id) INCLUDE (year, region, province)"),
        };
    default:
        return {};
    }
}
} // namespace

QStringList Database::migrationSteps(int version, Backend backend)
{
    if (backend == Backend::PostgreSQL)
        return postgresSteps(version);
    switch (version) {
    case 1:
        return {
            QStringLiteral(
                "CREATE TABLE reports ("
                " id INTEGER PRIMARY KEY,"
                " content_hash TEXT NOT NULL UNIQUE,"
                " source_path TEXT NOT NULL,"
                " format TEXT NOT NULL,"
                " encoding TEXT,"
                " original_text TEXT NOT NULL,"
                " body_start INTEGER NOT NULL,"
                " body_end INTEGER NOT NULL,"
                " chrome TEXT NOT NULL DEFAULT '[]',"
                " title TEXT,"
                " region TEXT,"
                " parents TEXT NOT NULL DEFAULT '[]',"
                " level TEXT,"
                " year INTEGER,"
                " published TEXT,"
                " region_code TEXT,"
                " imported_at TEXT NOT NULL,"
                " size_bytes INTEGER,"
                " char_count INTEGER)"),
            QStringLiteral("CREATE INDEX reports_region_year ON reports(region, year)"),
            QStringLiteral("CREATE INDEX reports_year ON reports(year)"),
            // Full-text index over the folded title and text (simplified, half-width), so that a
            // simplified query finds traditional reports. Contentless: the program writes it.
            QStringLiteral("CREATE VIRTUAL TABLE reports_fts USING fts5(title, body, content='', tokenize='trigram')"),
        };
    case 2:
        return {
            // Which metadata fields the analyst set by hand (JSON array of field names).
            QStringLiteral("ALTER TABLE reports ADD COLUMN metadata_edited TEXT NOT NULL DEFAULT '[]'"),
            QStringLiteral(
                "CREATE TABLE mentions ("
                " id INTEGER PRIMARY KEY,"
                " report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                " key TEXT NOT NULL,"
                " value REAL,"
                " unit TEXT,"
                " approximate INTEGER NOT NULL DEFAULT 0,"
                " start_pos INTEGER NOT NULL,"
                " end_pos INTEGER NOT NULL,"
                " sentence TEXT,"
                " headline INTEGER NOT NULL DEFAULT 0,"
                " source TEXT NOT NULL DEFAULT 'auto' CHECK (source IN ('auto','manual')),"
                " status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','rejected')),"
                " verified INTEGER NOT NULL DEFAULT 0,"
                " auto_value REAL,"
                " edited INTEGER NOT NULL DEFAULT 0,"
                " headline_manual INTEGER NOT NULL DEFAULT 0,"
                " note TEXT,"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " version INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE INDEX mentions_report ON mentions(report_id, start_pos)"),
            QStringLiteral("CREATE INDEX mentions_key_headline ON mentions(key, headline, status)"),
            QStringLiteral(
                "CREATE TABLE annotations ("
                " id INTEGER PRIMARY KEY,"
                " report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                " start_pos INTEGER NOT NULL,"
                " end_pos INTEGER NOT NULL,"
                " note TEXT NOT NULL DEFAULT '',"
                " color TEXT NOT NULL DEFAULT '#ffd54f',"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " version INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE INDEX annotations_report ON annotations(report_id, start_pos)"),
            QStringLiteral("CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT)"),
        };
    case 3:
        return {
            // The province and prefecture city of each report, for filters that need no JSON.
            QStringLiteral("ALTER TABLE reports ADD COLUMN province TEXT"),
            QStringLiteral("ALTER TABLE reports ADD COLUMN city TEXT"),
            QStringLiteral("CREATE INDEX reports_province_city ON reports(province, city, year)"),
            QStringLiteral("CREATE INDEX reports_level_year ON reports(level, year)"),
        };
    case 4:
        return {
            // The texts move to a table of their own: a report's row is then a few hundred bytes,
            // and listing, filtering and charts over 100,000 reports never read through texts.
            QStringLiteral(
                "CREATE TABLE report_texts ("
                " report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,"
                " original_text TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO report_texts (report_id, original_text) SELECT id, original_text FROM reports"),
            QStringLiteral("ALTER TABLE reports DROP COLUMN original_text"),
            // Charts read every headline of an indicator from these two indexes alone.
            QString::fromLatin1(kChartIndex),
            QStringLiteral("CREATE INDEX reports_chart ON reports(id, year, region, province)"),
            QStringLiteral("DROP INDEX mentions_key_headline"), // the chart index begins with its columns
        };
    case 5:
        return {
            // The search index keeps which reports hold a trigram, not where: a third of the
            // import's writing and half the library's size went into positions. Searches check
            // the text itself for the whole phrase (see ReportStore::searchCondition). The rows
            // are written again by migrateData.
            QStringLiteral("DROP TABLE reports_fts"),
            QString::fromLatin1(kSearchIndex),
        };
    case 6:
        return {}; // PostgreSQL's chart indexes catch up with SQLite's
    default:
        return {};
    }
}

bool Database::migrateData(int version, QString *error)
{
    if (version == 5 && m_backend == Backend::SQLite)
        return refillSearchIndex(error);
    if (version != 3)
        return true;
    QSqlQuery read(m_db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, region, parents, level FROM reports"))) {
        if (error) *error = read.lastError().text();
        return false;
    }
    QVector<std::tuple<qint64, QString, QString>> rows;
    while (read.next()) {
        const DivisionContext c = divisionContext(read.value(1).toString(),
                                                  parentsFromJson(read.value(2).toString()), read.value(3).toString());
        rows.append({read.value(0).toLongLong(), c.province, c.city});
    }
    read.finish();
    QSqlQuery write(m_db);
    write.prepare(QStringLiteral("UPDATE reports SET province = ?, city = ? WHERE id = ?"));
    for (const auto &[id, province, city] : rows) {
        write.addBindValue(province.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(province));
        write.addBindValue(city.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(city));
        write.addBindValue(id);
        if (!write.exec()) {
            if (error) *error = write.lastError().text();
            return false;
        }
    }
    return true;
}

bool Database::refillSearchIndex(QString *error)
{
    QSqlQuery read(m_db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT r.id, r.title, t.original_text FROM reports r JOIN report_texts t ON t.report_id = r.id"))) {
        if (error) *error = read.lastError().text();
        return false;
    }
    QSqlQuery write(m_db);
    write.prepare(QStringLiteral("INSERT INTO reports_fts(rowid, title, body) VALUES (?, ?, ?)"));
    while (read.next()) {
        write.addBindValue(read.value(0).toLongLong());
        write.addBindValue(fold(read.value(1).toString()));
        write.addBindValue(fold(read.value(2).toString()));
        if (!write.exec()) {
            if (error) *error = write.lastError().text();
            return false;
        }
    }
    return true;
}

QString Database::defaultLocation()
{
    const QString env = qEnvironmentVariable("FAZHI_DB");
    if (!env.isEmpty())
        return env;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/fazhi");
    return dir + QStringLiteral("/library.sqlite");
}

bool Database::isPostgresLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

sqlite3 *Database::sqliteHandle()
{
    if (isPostgres() || !m_db.driver())
        return nullptr;
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

pg_conn *Database::postgresHandle()
{
    if (!isPostgres() || !m_db.driver())
        return nullptr;
    const QVariant v = m_db.driver()->handle();
    // Qt registers the handle under libpq's struct name (pg_conn*), older versions as PGconn*.
    if (v.isValid() && (qstrcmp(v.typeName(), "pg_conn*") == 0 || qstrcmp(v.typeName(), "PGconn*") == 0))
        return *static_cast<pg_conn *const *>(v.constData());
    return nullptr;
}

qint64 Database::insertedId(QSqlQuery &query) const
{
    if (isPostgres())
        return query.next() ? query.value(0).toLongLong() : 0;
    return query.lastInsertId().toLongLong();
}

Database::Database(const QString &location, Mode mode, Backend backend)
    : m_location(location), m_mode(mode), m_backend(backend),
      m_connection(QStringLiteral("fazhi-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<Database> Database::openPostgres(const QString &location, Mode mode, QString *error)
{
    const QUrl url(location);
    auto fail = [&](const QString &why) -> std::unique_ptr<Database> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(url.toDisplayString(QUrl::RemovePassword), why);
        return nullptr;
    };
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
        return fail(QCoreApplication::translate("Database", "not a database address; write postgresql://user@host:port/dbname"));
    if (!url.password().isEmpty())
        return fail(QCoreApplication::translate("Database", "a password does not belong in the address; set PGPASSWORD or use ~/.pgpass"));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(QCoreApplication::translate("Database", "the PostgreSQL driver is not installed (Debian: libqt6sql6-psql)"));
    std::unique_ptr<Database> d(new Database(location, mode, Backend::PostgreSQL));
    d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), d->m_connection);
    d->m_db.setHostName(url.host());
    if (url.port() > 0)
        d->m_db.setPort(url.port());
    if (!url.userName().isEmpty())
        d->m_db.setUserName(url.userName());
    d->m_db.setDatabaseName(url.path().mid(1));
    // libpq finds the password in PGPASSWORD or ~/.pgpass on its own.
    d->m_db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=fazhi"));
    if (!d->m_db.open())
        return fail(QCoreApplication::translate("Database", "cannot connect: %1").arg(d->m_db.lastError().text().simplified()));
    QString err;
    exec(d->m_db, QStringLiteral("SET client_min_messages TO warning"), nullptr);
    if (!exec(d->m_db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL)"), &err) &&
        mode == Mode::ReadWrite)
        return fail(QCoreApplication::translate("Database", "cannot prepare the schema: %1").arg(err));
    const int version = d->schemaVersion();
    if (version > kSchemaVersion)
        return fail(QCoreApplication::translate("Database", "database schema version %1 is newer than this program supports (%2); use a newer fazhi")
                        .arg(version).arg(kSchemaVersion));
    if (version < kSchemaVersion && !d->migrate(&err))
        return fail(QCoreApplication::translate("Database", "migration failed: %1").arg(err));
    return d;
}

int Database::storedSchemaVersion(const QString &location)
{
    QString why;
    if (isPostgresLocation(location) || !QFileInfo(location).isFile() || !looksLikeSqlite(location, &why))
        return -1;
    sqlite3 *h = nullptr;
    int version = -1;
    if (sqlite3_open_v2(QFile::encodeName(location).constData(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(h, "PRAGMA user_version", -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
            version = sqlite3_column_int(s, 0);
        sqlite3_finalize(s);
    }
    sqlite3_close(h);
    return version;
}

std::unique_ptr<Database> Database::open(const QString &location, Mode mode, QString *error)
{
    if (isPostgresLocation(location))
        return openPostgres(location, mode, error);
    auto fail = [&](const QString &why) -> std::unique_ptr<Database> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(location, why);
        return nullptr;
    };
    const QFileInfo info(location);
    if (info.exists()) {
        if (info.isDir())
            return fail(QCoreApplication::translate("Database", "is a folder, not a database"));
        QString why;
        if (!looksLikeSqlite(location, &why))
            return fail(why);
        if (mode == Mode::ReadWrite && (!writable(info) || !QFileInfo(info.absolutePath()).isWritable()))
            return fail(QCoreApplication::translate("Database", "database is read-only (no write permission)"));
    } else {
        if (mode == Mode::ReadOnly)
            return fail(QCoreApplication::translate("Database", "no such database"));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(QCoreApplication::translate("Database", "cannot create folder %1").arg(info.absolutePath()));
    }
    std::unique_ptr<Database> d(new Database(location, mode, Backend::SQLite));
    d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->m_connection);
    d->m_db.setDatabaseName(location);
    if (mode == Mode::ReadOnly)
        d->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    else
        d->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!d->m_db.open())
        return fail(QCoreApplication::translate("Database", "cannot open: %1").arg(d->m_db.lastError().text()));
    QString err;
    // A file with the right header may still be damaged: reading the schema finds out.
    {
        QSqlQuery probe(d->m_db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            const QString why = probe.lastError().text();
            return fail(QCoreApplication::translate("Database", "not a usable SQLite database: %1").arg(why));
        }
        probe.finish();
    }
    {
        sqlite3 *h = d->sqliteHandle();
        if (!h || !registerSearchFunctions(h, &err))
            return fail(QCoreApplication::translate("Database", "cannot set up search: %1").arg(h ? err : QStringLiteral("no SQLite handle")));
    }
    const int version = d->schemaVersion();
    if (version > kSchemaVersion)
        return fail(QCoreApplication::translate("Database", "database schema version %1 is newer than this program supports (%2); "
                                                                   "use a newer fazhi").arg(version).arg(kSchemaVersion));
    exec(d->m_db, QStringLiteral("PRAGMA foreign_keys = ON"), nullptr);
    // Up to 128 MB of page cache, taken as needed: an import batch, and the rows and indexes a
    // chart over 100,000 reports reads, stay in memory.
    exec(d->m_db, QStringLiteral("PRAGMA cache_size = -131072"), nullptr);
    // Savepoints (a report inside an import batch) keep their undo pages in memory, not in a
    // temporary file written page by page.
    exec(d->m_db, QStringLiteral("PRAGMA temp_store = MEMORY"), nullptr);
    if (mode == Mode::ReadWrite) {
        if (!exec(d->m_db, QStringLiteral("PRAGMA journal_mode = WAL"), &err))
            return fail(QCoreApplication::translate("Database", "cannot enable write-ahead logging: %1").arg(err));
        exec(d->m_db, QStringLiteral("PRAGMA synchronous = NORMAL"), nullptr);
        if (!d->migrate(&err))
            return fail(QCoreApplication::translate("Database", "migration failed: %1").arg(err));
    } else if (version < kSchemaVersion) {
        // An older library is upgraded once by a writing connection, when the file allows it.
        if (!writable(info))
            return fail(QCoreApplication::translate("Database", "database schema version %1 is older than %2 and the file is read-only, "
                                                                       "so it cannot be upgraded").arg(version).arg(kSchemaVersion));
        d.reset();
        if (!open(location, Mode::ReadWrite, error))
            return nullptr;
        return open(location, Mode::ReadOnly, error);
    }
    return d;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (m_backend == Backend::PostgreSQL) {
        if (q.exec(QStringLiteral("SELECT max(version) FROM schema_info")) && q.next())
            return q.value(0).isNull() ? 0 : q.value(0).toInt();
        return -1;
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Database::setSchemaVersion(int version, QString *error)
{
    if (m_backend == Backend::PostgreSQL)
        return exec(m_db, QStringLiteral("DELETE FROM schema_info"), error) &&
               exec(m_db, QStringLiteral("INSERT INTO schema_info (version) VALUES (%1)").arg(version), error);
    return exec(m_db, QStringLiteral("PRAGMA user_version = %1").arg(version), error);
}

bool Database::savepoint(const char *verb)
{
    // Savepoints are the inner transactions of an import (one per report): through the C API
    // on SQLite, where Qt would prepare a new statement each time.
    const QByteArray sql = QByteArray(verb) + " fz_" + QByteArray::number(m_depth);
    if (sqlite3 *h = sqliteHandle()) {
        if (sqlite3_exec(h, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
            return true;
        m_transactionError = QString::fromUtf8(sqlite3_errmsg(h));
        return false;
    }
    return exec(m_db, QString::fromLatin1(sql), &m_transactionError);
}

bool Database::settleAfterBulkWrite(QString *error)
{
    if (!isPostgres())
        return true;
    return exec(m_db, QStringLiteral("VACUUM (ANALYZE) reports, mentions, report_texts"), error);
}

bool Database::begin()
{
    if (m_depth == 0) {
        if (!m_db.transaction()) {
            m_transactionError = m_db.lastError().text();
            return false;
        }
    } else if (!savepoint("SAVEPOINT")) {
        return false;
    }
    ++m_depth;
    return true;
}

bool Database::commit()
{
    if (m_depth <= 0) {
        m_transactionError = QStringLiteral("no transaction to commit");
        return false;
    }
    --m_depth;
    if (m_depth == 0) {
        if (m_db.commit())
            return true;
        m_transactionError = m_db.lastError().text();
        return false;
    }
    return savepoint("RELEASE SAVEPOINT");
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    --m_depth;
    if (m_depth == 0) {
        m_db.rollback();
        return;
    }
    // Undo the inner change only; the enclosing transaction goes on.
    savepoint("ROLLBACK TO SAVEPOINT");
    savepoint("RELEASE SAVEPOINT");
}

bool Database::migrate(QString *error)
{
    int version = schemaVersion();
    while (version < kSchemaVersion) {
        const int next = version + 1;
        // Each step and its version bump commit together or not at all.
        if (!m_db.transaction()) {
            if (error) *error = m_db.lastError().text();
            return false;
        }
        for (const QString &sql : migrationSteps(next, m_backend)) {
            QString err;
            if (!exec(m_db, sql, &err)) {
                m_db.rollback();
                if (error) *error = QCoreApplication::translate("Database", "to version %1: %2").arg(next).arg(err);
                return false;
            }
        }
        QString dataError;
        if (!migrateData(next, &dataError)) {
            m_db.rollback();
            if (error) *error = QCoreApplication::translate("Database", "to version %1: %2").arg(next).arg(dataError);
            return false;
        }
        QString err;
        if (!setSchemaVersion(next, &err) || !m_db.commit()) {
            m_db.rollback();
            if (error) *error = err.isEmpty() ? m_db.lastError().text() : err;
            return false;
        }
        version = next;
    }
    return true;
}

} // namespace fz
