#include "pgstatement.h"

#include <libpq-fe.h>
#include <cmath>
#include <cstdlib>

namespace fz {

PgStatement::PgStatement(pg_conn *conn, const QString &sql) : m_conn(conn), m_sql(numberedMarks(sql))
{
}

PgStatement::~PgStatement()
{
    PQclear(m_result);
}

QByteArray PgStatement::numberedMarks(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    int n = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'?') {
            out += u'$' + QString::number(++n);
            continue;
        }
        out += c;
    }
    return out.toUtf8();
}

void PgStatement::add(qint64 v)
{
    m_values.append(QByteArray::number(v));
    m_null.append(false);
}

void PgStatement::add(double v)
{
    if (std::isnan(v)) {
        addNull();
        return;
    }
    m_values.append(QByteArray::number(v, 'g', 17));
    m_null.append(false);
}

void PgStatement::add(const QString &s)
{
    if (s.isNull())
        addNull();
    else
        addUtf8(s.toUtf8());
}

void PgStatement::addUtf8(const QByteArray &s)
{
    if (s.isNull()) {
        addNull();
        return;
    }
    m_values.append(s);
    m_null.append(false);
}

void PgStatement::addNull()
{
    m_values.append(QByteArray());
    m_null.append(true);
}

bool PgStatement::exec()
{
    clear();
    m_error.clear();
    QVector<const char *> params(m_values.size());
    for (int i = 0; i < m_values.size(); ++i)
        params[i] = m_null.at(i) ? nullptr : m_values.at(i).constData();
    // Parameter types are left to the server, which reads them from where they stand, as it does
    // for the literals Qt's driver writes into its statements.
    m_result = PQexecParams(m_conn, m_sql.constData(), int(params.size()), nullptr, params.constData(), nullptr,
                            nullptr, 0);
    m_values.clear();
    m_null.clear();
    const ExecStatusType status = PQresultStatus(m_result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        m_error = QString::fromUtf8(PQresultErrorMessage(m_result)).trimmed();
        if (m_error.isEmpty())
            m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        clear();
        return false;
    }
    m_rows = PQntuples(m_result);
    m_row = -1;
    return true;
}

bool PgStatement::next()
{
    if (!m_result || m_row + 1 >= m_rows) {
        clear();
        return false;
    }
    ++m_row;
    return true;
}

qint64 PgStatement::int64At(int column) const
{
    return std::strtoll(PQgetvalue(m_result, m_row, column), nullptr, 10);
}

double PgStatement::doubleAt(int column) const
{
    return std::strtod(PQgetvalue(m_result, m_row, column), nullptr);
}

QString PgStatement::textAt(int column) const
{
    if (PQgetisnull(m_result, m_row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

QByteArray PgStatement::utf8At(int column) const
{
    if (PQgetisnull(m_result, m_row, column))
        return {};
    return QByteArray::fromRawData(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

void PgStatement::finish()
{
    clear();
}

qint64 PgStatement::insertedId()
{
    // The statement ends in RETURNING id: its one row holds it.
    const qint64 id = m_result && m_rows > 0 ? std::strtoll(PQgetvalue(m_result, 0, 0), nullptr, 10) : 0;
    clear();
    return id;
}

void PgStatement::clear()
{
    PQclear(m_result);
    m_result = nullptr;
    m_rows = 0;
    m_row = -1;
}

} // namespace fz
