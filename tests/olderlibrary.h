#pragma once
// A library file as an earlier release left it: the migration steps up to `version`, that
// version number, then the given rows. Returns what went wrong, or nothing.
#include "database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

inline QString createOlderLibrary(const QString &file, int version, const QStringList &rows)
{
    const QString connection = QStringLiteral("older-library-") + file;
    QString error;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(file);
        if (!raw.open())
            error = raw.lastError().text();
        QStringList statements;
        for (int v = 1; v <= version; ++v)
            statements += fz::Database::migrationSteps(v);
        statements << QStringLiteral("PRAGMA user_version = %1").arg(version);
        statements += rows;
        QSqlQuery q(raw);
        for (const QString &sql : statements)
            if (error.isEmpty() && !q.exec(sql))
                error = sql + QStringLiteral(": ") + q.lastError().text();
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

// One report as a library of schema version 4 or later holds it (texts in their own table).
inline QStringList olderReportRows(int id, const QString &region, const QString &text)
{
    return {QStringLiteral("INSERT INTO reports (id, content_hash, source_path, format, body_start, body_end, title, "
                           "region, parents, level, year, imported_at) VALUES (%1, 'h%1', 'x.txt', 'txt', 0, %2, '报告', "
                           "'%3', '[]', 'district', 2016, 'then')")
                .arg(id).arg(text.size()).arg(region),
            QStringLiteral("INSERT INTO report_texts (report_id, original_text) VALUES (%1, '%2')").arg(id).arg(text)};
}
