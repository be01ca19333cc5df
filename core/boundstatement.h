#pragma once
// A prepared statement whose values bind in order, the same calls for both backends: the rows a
// report becomes, and the rows a chart reads, go through each backend's own C library (SQLite's
// C API in SqliteStatement, libpq in PgStatement) on the connection Qt opened. QueryStatement,
// through Qt's driver, is left for a connection whose handle cannot be had.
#include <QByteArray>
#include <QSqlQuery>
#include <QString>
#include <memory>

namespace fz {

class Database;

class BoundStatement
{
public:
    virtual ~BoundStatement() = default;
    virtual void add(qint64 v) = 0;
    void add(int v) { add(qint64(v)); }
    void add(bool v) { add(qint64(v ? 1 : 0)); }
    virtual void add(double v) = 0;             // NaN is NULL
    virtual void add(const QString &s) = 0;     // a null QString is NULL
    virtual void addUtf8(const QByteArray &s) = 0;
    virtual void addNull() = 0;
    // Runs the statement: true when it succeeded. A query's first row is then read by next();
    // bindings start again after it.
    virtual bool exec() = 0;
    // Steps a query: true while there is a row; finish() ends it early.
    virtual bool next() = 0;
    virtual qint64 int64At(int column) const = 0;
    virtual double doubleAt(int column) const = 0;
    virtual QString textAt(int column) const = 0;
    // A text column's UTF-8 bytes; with SQLite and libpq not copied: valid until the next step.
    virtual QByteArray utf8At(int column) const = 0;
    virtual void finish() = 0;
    // The id of the row the last exec() inserted.
    virtual qint64 insertedId() = 0;
    virtual QString error() const = 0;
};

class QueryStatement : public BoundStatement
{
public:
    QueryStatement(Database &db, const QString &sql);
    using BoundStatement::add;
    void add(qint64 v) override { m_query.addBindValue(v); }
    void add(double v) override;
    void add(const QString &s) override;
    void addUtf8(const QByteArray &s) override { add(QString::fromUtf8(s)); }
    void addNull() override { m_query.addBindValue(QVariant(QMetaType(QMetaType::QString))); }
    bool exec() override;
    bool next() override { return m_query.next(); }
    qint64 int64At(int column) const override { return m_query.value(column).toLongLong(); }
    double doubleAt(int column) const override { return m_query.value(column).toDouble(); }
    QString textAt(int column) const override { return m_query.value(column).toString(); }
    QByteArray utf8At(int column) const override { return textAt(column).toUtf8(); }
    void finish() override { m_query.finish(); }
    qint64 insertedId() override;
    QString error() const override;

private:
    Database &m_db;
    QSqlQuery m_query;
    bool m_prepared = false;
};

// The statement for the database's backend: SQLite's C API or libpq, Qt's driver if neither
// handle is available.
std::unique_ptr<BoundStatement> prepareStatement(Database &db, const QString &sql);

} // namespace fz
