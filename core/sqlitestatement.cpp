#include "sqlitestatement.h"

#include <sqlite3.h>
#include <cmath>

namespace fz {

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql) : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::add(qint64 v)
{
    sqlite3_bind_int64(m_stmt, m_next++, v);
}

void SqliteStatement::add(double v)
{
    if (std::isnan(v))
        sqlite3_bind_null(m_stmt, m_next++);
    else
        sqlite3_bind_double(m_stmt, m_next++, v);
}

void SqliteStatement::add(const QString &s)
{
    if (s.isNull())
        sqlite3_bind_null(m_stmt, m_next++);
    else {
        m_keep.append(s); // shares the caller's buffer, which then outlives a temporary
        sqlite3_bind_text16(m_stmt, m_next++, s.utf16(), int(s.size() * 2), SQLITE_STATIC);
    }
}

void SqliteStatement::addUtf8(const QByteArray &s)
{
    if (s.isNull())
        sqlite3_bind_null(m_stmt, m_next++);
    else {
        m_keepUtf8.append(s);
        sqlite3_bind_text(m_stmt, m_next++, s.constData(), int(s.size()), SQLITE_STATIC);
    }
}

void SqliteStatement::addNull()
{
    sqlite3_bind_null(m_stmt, m_next++);
}

bool SqliteStatement::exec()
{
    if (!m_stmt) {
        m_next = 1;
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_rowPending = true; // a query: next() returns this row first
        return true;
    }
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    done();
    return rc == SQLITE_DONE;
}

bool SqliteStatement::next()
{
    if (!m_stmt)
        return false;
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    done();
    return false;
}

qint64 SqliteStatement::int64At(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::doubleAt(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray SqliteStatement::utf8At(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QByteArray::fromRawData(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QString SqliteStatement::textAt(int column) const
{
    const auto *p = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    return p ? QString(reinterpret_cast<const QChar *>(p), sqlite3_column_bytes16(m_stmt, column) / 2) : QString();
}

void SqliteStatement::finish()
{
    if (m_stmt)
        done();
}

void SqliteStatement::done()
{
    // Reset releases the statement's read or write lock; bindings point into the kept strings.
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_keep.clear();
    m_keepUtf8.clear();
    m_next = 1;
    m_rowPending = false;
}

qint64 SqliteStatement::insertedId()
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace fz
