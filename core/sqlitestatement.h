#pragma once
// One prepared SQLite statement used through the C API, for the import's writes: Qt's driver
// copies every bound value through a QVariant and re-creates savepoint statements, which cost as
// much as SQLite's own work for the dozen small rows a report becomes.
#include "boundstatement.h"

#include <QVector>

struct sqlite3;
struct sqlite3_stmt;

namespace fz {

class SqliteStatement : public BoundStatement
{
public:
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepared() const { return m_stmt != nullptr; }

    // Bound strings are not copied but shared (implicitly) until the statement is done with them.
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
    void done();
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_next = 1;
    bool m_rowPending = false;
    QString m_error;
    QVector<QString> m_keep;
    QVector<QByteArray> m_keepUtf8;
};

} // namespace fz
