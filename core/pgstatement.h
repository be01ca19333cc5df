#pragma once
// One statement run through libpq on the QPSQL connection's own handle: Qt's driver turns every
// column of every row into a QVariant (a chart over 100,000 reports reads 50,000 rows of 13
// columns) and every bound value into text of its own; libpq hands out the server's bytes as
// they are. Statements are unnamed (parsed at each run), so nothing is left on the server when
// the connection outlives them or they outlive it. A query of Qt's still being read on the same
// connection makes exec() fail with libpq's reason.
#include "boundstatement.h"

#include <QVector>

struct pg_conn;
struct pg_result;

namespace fz {

class PgStatement : public BoundStatement
{
public:
    // `conn` must stay open while the statement runs; the statement does not own it.
    PgStatement(pg_conn *conn, const QString &sql);
    ~PgStatement();
    PgStatement(const PgStatement &) = delete;
    PgStatement &operator=(const PgStatement &) = delete;

    // `?` marks become `$1`, `$2` … outside quoted text, as libpq expects.
    static QByteArray numberedMarks(const QString &sql);

    using BoundStatement::add;
    void add(qint64 v) override;
    void add(double v) override;
    void add(const QString &s) override;
    void addUtf8(const QByteArray &s) override;
    void addNull() override;
    bool exec() override;
    bool next() override;
    qint64 int64At(int column) const override;
    double doubleAt(int column) const override;
    QString textAt(int column) const override;
    QByteArray utf8At(int column) const override;
    void finish() override;
    qint64 insertedId() override;
    QString error() const override { return m_error; }

private:
    void clear();
    pg_conn *m_conn;
    QByteArray m_sql;
    QVector<QByteArray> m_values;
    QVector<bool> m_null;
    pg_result *m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    QString m_error;
};

} // namespace fz
