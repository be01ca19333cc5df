#include "boundstatement.h"
#include "database.h"
#include "pgstatement.h"
#include "sqlitestatement.h"

#include <QSqlError>
#include <cmath>

namespace fz {

QueryStatement::QueryStatement(Database &db, const QString &sql) : m_db(db), m_query(db.db())
{
    m_prepared = m_query.prepare(sql);
}

void QueryStatement::add(double v)
{
    m_query.addBindValue(std::isnan(v) ? QVariant(QMetaType(QMetaType::Double)) : QVariant(v));
}

void QueryStatement::add(const QString &s)
{
    m_query.addBindValue(s.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s));
}

bool QueryStatement::exec()
{
    return m_prepared && m_query.exec();
}

qint64 QueryStatement::insertedId()
{
    const qint64 id = m_db.insertedId(m_query);
    m_query.finish();
    return id;
}

QString QueryStatement::error() const
{
    return m_query.lastError().text();
}

std::unique_ptr<BoundStatement> prepareStatement(Database &db, const QString &sql)
{
    if (sqlite3 *handle = db.sqliteHandle())
        return std::make_unique<SqliteStatement>(handle, sql);
    if (pg_conn *handle = db.postgresHandle())
        return std::make_unique<PgStatement>(handle, sql);
    return std::make_unique<QueryStatement>(db, sql);
}

} // namespace fz
