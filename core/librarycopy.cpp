#include "librarycopy.h"
#include "textfold.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <cmath>

namespace fz {

namespace {

struct Table {
    const char *name;
    QStringList columns;
    QList<int> doubleColumns; // compared as doubles, whatever the backend's type
    const char *order = "id";  // the key rows are read and compared in
};

const QList<Table> &tables()
{
    static const QList<Table> t = {
        {"reports",
         {QStringLiteral("id"), QStringLiteral("content_hash"), QStringLiteral("source_path"), QStringLiteral("format"),
          QStringLiteral("encoding"), QStringLiteral("body_start"), QStringLiteral("body_end"),
          QStringLiteral("chrome"), QStringLiteral("title"), QStringLiteral("region"), QStringLiteral("parents"),
          QStringLiteral("level"), QStringLiteral("year"), QStringLiteral("published"), QStringLiteral("region_code"),
          QStringLiteral("imported_at"), QStringLiteral("size_bytes"), QStringLiteral("char_count"),
          QStringLiteral("metadata_edited"), QStringLiteral("province"), QStringLiteral("city")},
         {}},
        {"report_texts", {QStringLiteral("report_id"), QStringLiteral("original_text")}, {}, "report_id"},
        {"mentions",
         {QStringLiteral("id"), QStringLiteral("report_id"), QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("unit"),
          QStringLiteral("approximate"), QStringLiteral("start_pos"), QStringLiteral("end_pos"), QStringLiteral("sentence"),
          QStringLiteral("headline"), QStringLiteral("source"), QStringLiteral("status"), QStringLiteral("verified"),
          QStringLiteral("auto_value"), QStringLiteral("edited"), QStringLiteral("headline_manual"), QStringLiteral("note"),
          QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("version")},
         {3, 13}},
        {"annotations",
         {QStringLiteral("id"), QStringLiteral("report_id"), QStringLiteral("start_pos"), QStringLiteral("end_pos"),
          QStringLiteral("note"), QStringLiteral("color"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
          QStringLiteral("version")},
         {}},
    };
    return t;
}

QString canonical(const QVariant &v, bool asDouble)
{
    if (v.isNull())
        return QStringLiteral("\\N");
    if (asDouble)
        return QString::number(v.toDouble(), 'g', 17);
    return v.toString();
}

qint64 countRows(Database &db, const char *table, QString *error)
{
    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next()) {
        if (error) *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace

QString libraryChecksum(Database &db, QString *error)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Table &t : tables()) {
        QSqlQuery q(db.db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                        .arg(t.columns.join(QLatin1String(", ")), QLatin1String(t.name), QLatin1String(t.order)))) {
            if (error) *error = q.lastError().text();
            return {};
        }
        hash.addData(QByteArray(t.name) + '\n');
        while (q.next()) {
            QStringList fields;
            for (int c = 0; c < t.columns.size(); ++c)
                fields << canonical(q.value(c), t.doubleColumns.contains(c));
            hash.addData(fields.join(QChar(0x1f)).toUtf8() + '\n');
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

CopySummary copyLibrary(Database &from, Database &to, const std::function<void(qint64, qint64)> &progress)
{
    CopySummary s;
    for (const Table &t : tables()) {
        const qint64 n = countRows(to, t.name, &s.error);
        if (n < 0) return s;
        if (n > 0) {
            s.error = QStringLiteral("the destination already holds %1 %2; copy into an empty library").arg(n).arg(QLatin1String(t.name));
            return s;
        }
    }
    const qint64 totalReports = countRows(from, "reports", &s.error);
    if (totalReports < 0)
        return s;
    Transaction tx(to);
    for (const Table &t : tables()) {
        // Texts are read with their report's title: both go into the search index.
        const bool texts = qstrcmp(t.name, "report_texts") == 0;
        QStringList readColumns;
        for (const QString &c : t.columns)
            readColumns << QStringLiteral("x.") + c;
        if (texts)
            readColumns << QStringLiteral("(SELECT r.title FROM reports r WHERE r.id = x.report_id)");
        QSqlQuery read(from.db());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2 x ORDER BY x.%3")
                           .arg(readColumns.join(QLatin1String(", ")), QLatin1String(t.name), QLatin1String(t.order)))) {
            s.error = QStringLiteral("reading %1: %2").arg(QLatin1String(t.name), read.lastError().text());
            return s;
        }
        QStringList columns = t.columns;
        if (texts && to.isPostgres())
            columns << QStringLiteral("search_text");
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i) marks << QStringLiteral("?");
        QSqlQuery write(to.db());
        write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(QLatin1String(t.name), columns.join(QLatin1String(", ")), marks.join(u',')));
        QSqlQuery fts(to.db());
        if (texts && !to.isPostgres())
            fts.prepare(QStringLiteral("INSERT INTO reports_fts(rowid, title, body) VALUES (?, ?, ?)"));
        qint64 n = 0;
        while (read.next()) {
            for (int c = 0; c < t.columns.size(); ++c)
                write.addBindValue(read.value(c));
            const int textColumn = 1, titleColumn = 2;
            if (texts && to.isPostgres())
                write.addBindValue(fold(read.value(titleColumn).toString()) + QLatin1Char('\n') + fold(read.value(textColumn).toString()));
            if (!write.exec()) {
                s.error = QStringLiteral("writing %1: %2").arg(QLatin1String(t.name), write.lastError().text());
                return s;
            }
            if (texts && !to.isPostgres()) {
                fts.addBindValue(read.value(0));
                fts.addBindValue(fold(read.value(titleColumn).toString()));
                fts.addBindValue(fold(read.value(textColumn).toString()));
                if (!fts.exec()) {
                    s.error = QStringLiteral("indexing: %1").arg(fts.lastError().text());
                    return s;
                }
            }
            ++n;
            if (texts && progress && n % 500 == 0)
                progress(n, totalReports);
        }
        if (qstrcmp(t.name, "reports") == 0) s.reports = n;
        else if (qstrcmp(t.name, "mentions") == 0) s.mentions = n;
        else if (qstrcmp(t.name, "annotations") == 0) s.annotations = n;
        if (to.isPostgres() && qstrcmp(t.order, "id") == 0) {
            // Ids came along; the identity sequence continues after the largest.
            QSqlQuery seq(to.db());
            if (!seq.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE((SELECT max(id) FROM %1), 0) + 1, false)")
                              .arg(QLatin1String(t.name)))) {
                s.error = seq.lastError().text();
                return s;
            }
        }
    }
    if (!tx.commit()) {
        s.error = to.transactionError();
        return s;
    }
    to.settleAfterBulkWrite(); // only statistics: a failure loses nothing
    if (progress)
        progress(s.reports, totalReports);
    // Verify: the same rows on both sides.
    for (const Table &t : tables())
        if (countRows(from, t.name, &s.error) != countRows(to, t.name, &s.error)) {
            s.error = QStringLiteral("verification failed: %1 counts differ").arg(QLatin1String(t.name));
            return s;
        }
    const QString a = libraryChecksum(from, &s.error), b = libraryChecksum(to, &s.error);
    if (a.isEmpty() || a != b) {
        if (s.error.isEmpty())
            s.error = QStringLiteral("verification failed: checksums differ (%1 vs %2)").arg(a.left(12), b.left(12));
        return s;
    }
    s.checksum = b;
    return s;
}

} // namespace fz
