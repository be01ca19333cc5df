// Storage: schema migrations (from nothing and from version 1, rebuilding the search index), WAL and foreign keys, one
// transaction per report, duplicates, full-text search with the short-query fallback,
// re-extraction that keeps the analyst's edits, and refusing databases it must not touch.
#include "database.h"
#include "olderlibrary.h"
#include "reportanalysis.h"
#include "reportstore.h"
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace fz;

namespace {
QString report1()
{
    return QStringLiteral("宝坻区2016年依法行政工作报告\n2016年，全区共开展行政检查11011家次，实施行政处罚259件，罚没款219.4万元。"
                          "区政府共收到行政复议申请并立案13件。");
}
QString report2()
{
    return QStringLiteral("2020年靜海區法治政府建設情況報告\n2020年，全區共開展行政執法檢查26458次。區政府行政複議機構收到行政複議申請36件，受理30件。");
}
QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}
}

class TestStorage : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    QString path(const char *name) { return dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void migratesFromNothing()
    {
        QString error;
        auto db = Database::open(path("new.sqlite"), Database::Mode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        for (const char *table : {"reports", "mentions", "annotations", "settings", "reports_fts"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        }
    }
    void migratesFromVersionOne()
    {
        const QString file = path("v1.sqlite");
        // A version-1 library, with one report in it.
        const QString built = createOlderLibrary(file, 1, {QStringLiteral(
            "INSERT INTO reports (content_hash, source_path, format, original_text, body_start, body_end, title, "
            "region, year, imported_at) VALUES ('h1', 'old.txt', 'txt', '旧报告全文', 0, 5, '旧报告', '宝坻区', 2015, 'then')")});
        QVERIFY2(built.isEmpty(), qPrintable(built));
        QString error;
        auto db = Database::open(file, Database::Mode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        ReportStore store(*db);
        const QVector<ReportSummary> list = store.list();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().region, QStringLiteral("宝坻区"));
        QCOMPARE(list.first().mentions, 0);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(QStringLiteral("SELECT metadata_edited, province, city FROM reports")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("[]"));
        // Version 3 computed the province from the gazetteer for the old report.
        QCOMPARE(q.value(1).toString(), QString());
        // Version 4 moved the text to its own table; the report reads as before.
        const auto rec = store.report(list.first().id);
        QVERIFY(rec);
        QCOMPARE(rec->text, QStringLiteral("旧报告全文"));
        QVERIFY(!q.exec(QStringLiteral("SELECT original_text FROM reports")));
        // Version 5 rebuilt the search index from the stored texts.
        QCOMPARE(store.search(QStringLiteral("报告全文")), QVector<qint64>{list.first().id});
        QCOMPARE(store.search(QStringLiteral("旧报告")), QVector<qint64>{list.first().id});
        QVERIFY(store.search(QStringLiteral("新报告全文")).isEmpty());
    }
    void changesNestInsideLargerOnes()
    {
        // A report stored inside an import batch is a savepoint: undoing it keeps the batch.
        QString error;
        auto db = Database::open(path("nested.sqlite"), Database::Mode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        ReportStore store(*db);
        Transaction batch(*db);
        QVERIFY(batch.active());
        ReportAnalysis a = analyseText(report1());
        a.path = QStringLiteral("a.txt");
        QCOMPARE(store.add(a).kind, ReportStore::AddOutcome::Added);
        {
            Transaction inner(*db);
            QVERIFY(inner.active());
            QSqlQuery q(db->db());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (name, value) VALUES ('x', 'y')")));
        } // not committed: rolled back alone
        {
            Transaction inner(*db);
            QSqlQuery q(db->db());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (name, value) VALUES ('kept', 'y')")));
            QVERIFY(inner.commit());
        }
        QVERIFY(batch.commit());
        QSqlQuery q(db->db());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name) FROM settings")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
        QCOMPARE(store.count(), 1);
        // And a batch that is not committed takes everything in it back.
        {
            Transaction lost(*db);
            ReportAnalysis b = analyseText(report1() + QStringLiteral("另一份。"));
            QCOMPARE(store.add(b).kind, ReportStore::AddOutcome::Added);
        }
        QCOMPARE(store.count(), 1);
        // A failed commit says why: an inner change whose savepoint is gone, and a commit with
        // nothing begun.
        QVERIFY(db->begin());
        QVERIFY(db->begin());
        QSqlQuery end(db->db());
        QVERIFY(end.exec(QStringLiteral("ROLLBACK"))); // ends the savepoint with the transaction
        QVERIFY(!db->commit());
        QVERIFY2(db->transactionError().contains(QLatin1String("savepoint")), qPrintable(db->transactionError()));
        QVERIFY(!db->commit());
        QVERIFY(!db->commit());
        QVERIFY(!db->transactionError().isEmpty());
    }
    void migratesFromVersionTwoComputingProvinces()
    {
        const QString file = path("v2.sqlite");
        const QString built = createOlderLibrary(file, 2, {QStringLiteral(
            "INSERT INTO reports (content_hash, source_path, format, original_text, body_start, body_end, title, "
            "region, parents, level, year, imported_at) VALUES ('h2', 'x.txt', 'txt', '全文', 0, 2, '报告', '从化区', "
            "'[\"广州市\",\"广东省\"]', 'district', 2016, 'then')")});
        QVERIFY2(built.isEmpty(), qPrintable(built));
        QString error;
        auto db = Database::open(file, Database::Mode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q(db->db());
        QVERIFY(q.exec(QStringLiteral("SELECT province, city FROM reports")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("广东省"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("广州市"));
        QVERIFY(q.exec(QStringLiteral("SELECT original_text FROM report_texts")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("全文"));
    }
    void storesOneReportPerTransactionAndRecognisesDuplicates()
    {
        QString error;
        auto db = Database::open(path("dup.sqlite"), Database::Mode::ReadWrite, &error);
        ReportStore store(*db);
        ReportAnalysis a = analyseText(report1());
        a.path = QStringLiteral("a.txt");
        const auto first = store.add(a);
        QCOMPARE(first.kind, ReportStore::AddOutcome::Added);
        // The same text from another file, even with other white space, is the same report.
        ReportAnalysis b = analyseText(report1() + QStringLiteral("\n\n"));
        b.path = QStringLiteral("b.txt");
        const auto second = store.add(b);
        QCOMPARE(second.kind, ReportStore::AddOutcome::Duplicate);
        QCOMPARE(second.id, first.id);
        QCOMPARE(second.message, QStringLiteral("a.txt"));
        QCOMPARE(store.count(), 1);
        const QVector<StoredMention> ms = store.mentions(first.id);
        QVERIFY(ms.size() >= 4);
        // Offsets are code points into the stored text.
        const auto rec = store.report(first.id);
        for (const StoredMention &m : ms)
            QVERIFY(!rec->text.mid(m.start, m.end - m.start).isEmpty());
        // Deleting a report takes its mentions with it (foreign keys).
        QVERIFY(store.remove({first.id}, &error));
        QSqlQuery q(db->db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM mentions")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    void codePointOffsetsWithSupplementaryCharacters()
    {
        QString error;
        auto db = Database::open(path("cp.sqlite"), Database::Mode::ReadWrite, &error);
        ReportStore store(*db);
        const QString text = QStringLiteral("𠀋𠀋区2020年报告\n全年受理行政复议案件5件。");
        const auto out = store.add(analyseText(text));
        QCOMPARE(out.kind, ReportStore::AddOutcome::Added);
        const QVector<StoredMention> ms = store.mentions(out.id);
        QCOMPARE(ms.size(), 1);
        const QVector<uint> cps = text.toUcs4();
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()) + ms.first().start,
                                   ms.first().end - ms.first().start),
                 QStringLiteral("5件"));
    }
    void fullTextSearchFindsTraditionalWithSimplified()
    {
        QString error;
        auto db = Database::open(path("fts.sqlite"), Database::Mode::ReadWrite, &error);
        ReportStore store(*db);
        const qint64 id1 = store.add(analyseText(report1())).id;
        const qint64 id2 = store.add(analyseText(report2())).id;
        QCOMPARE(store.search(QStringLiteral("行政复议申请")), (QVector<qint64>{id1, id2}));
        QCOMPARE(store.search(QStringLiteral("行政执法检查")), QVector<qint64>{id2});
        QCOMPARE(store.search(QStringLiteral("罚没款")), QVector<qint64>{id1});
        // One and two characters: the trigram index finds nothing, the fallback does.
        QCOMPARE(store.search(QStringLiteral("宝坻")), QVector<qint64>{id1});
        QCOMPARE(store.search(QStringLiteral("静")), QVector<qint64>{id2}); // stored as 靜
        QVERIFY(store.search(QStringLiteral("不存在的词")).isEmpty());
        QVERIFY(store.search(QStringLiteral("\"引号\"")).isEmpty()); // quotes are not syntax
        // The index knows which reports hold each trigram, not where: a report holding 行政复
        // and 政复议 apart is not a hit for 行政复议, in simplified or traditional writing.
        const qint64 id3 = store.add(analyseText(QStringLiteral("2021年工作總結\n開展行政復查，召開市政復議會。"))).id;
        QVERIFY(id3 > 0);
        QCOMPARE(store.search(QStringLiteral("行政复议")), (QVector<qint64>{id1, id2}));
        QCOMPARE(store.search(QStringLiteral("行政复查")), QVector<qint64>{id3});
        QCOMPARE(store.search(QStringLiteral("政复议")), (QVector<qint64>{id1, id2, id3})); // one trigram
        // A phrase of the title only, not repeated in the text.
        QCOMPARE(store.search(QStringLiteral("2021年工作总结")), QVector<qint64>{id3});
        QCOMPARE(store.search(QStringLiteral("依法行政工作报告")), QVector<qint64>{id1});
    }
    void reextractionKeepsManualWork()
    {
        QString error;
        auto db = Database::open(path("re.sqlite"), Database::Mode::ReadWrite, &error);
        ReportStore store(*db);
        const qint64 id = store.add(analyseText(report1())).id;
        QVector<StoredMention> before = store.mentions(id);
        const int count = before.size();
        QSqlQuery q(db->db());
        // The analyst corrects one value, verifies another and rejects a third.
        QVERIFY(q.exec(QStringLiteral("UPDATE mentions SET value = 260, edited = 1 WHERE report_id = %1 AND key = 'penalty.cases'").arg(id)));
        QVERIFY(q.exec(QStringLiteral("UPDATE mentions SET verified = 1 WHERE report_id = %1 AND key = 'enforcement.inspections'").arg(id)));
        QVERIFY(q.exec(QStringLiteral("UPDATE mentions SET status = 'rejected' WHERE report_id = %1 AND key = 'penalty.amount'").arg(id)));
        QVERIFY(q.exec(QStringLiteral("UPDATE reports SET region = '手改区', metadata_edited = '[\"region\"]' WHERE id = %1").arg(id)));
        const IndicatorExtractor ex;
        QVERIFY2(store.reextract(id, ex, &error), qPrintable(error));
        QVERIFY2(store.reextract(id, ex, &error), qPrintable(error)); // and again: still nothing doubled
        const QVector<StoredMention> after = store.mentions(id);
        QCOMPARE(after.size(), count);
        for (const StoredMention &m : after) {
            if (m.key == QLatin1String("penalty.cases")) { QCOMPARE(m.value, 260.0); QVERIFY(m.edited); QCOMPARE(m.autoValue, 259.0); }
            if (m.key == QLatin1String("enforcement.inspections")) QVERIFY(m.verified);
            if (m.key == QLatin1String("penalty.amount")) QCOMPARE(m.status, QStringLiteral("rejected"));
        }
        QCOMPARE(store.report(id)->summary.region, QStringLiteral("手改区"));
        QCOMPARE(store.report(id)->summary.year, 2016);
    }
    void refusesNonDatabaseAndLeavesItUntouched()
    {
        const QString file = path("notes.txt");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("这不是数据库，只是笔记。\n");
        f.close();
        const QByteArray before = fileBytes(file);
        QString error;
        QVERIFY(!Database::open(file, Database::Mode::ReadWrite, &error));
        QVERIFY2(error.contains(QLatin1String("not an SQLite database")), qPrintable(error));
        QVERIFY(error.startsWith(file));
        QCOMPARE(fileBytes(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }
    void refusesNewerSchema()
    {
        const QString file = path("future.sqlite");
        {
            QString error;
            auto db = Database::open(file, Database::Mode::ReadWrite, &error);
            QSqlQuery q(db->db());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        QString error;
        QVERIFY(!Database::open(file, Database::Mode::ReadWrite, &error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        QVERIFY(!Database::open(file, Database::Mode::ReadOnly, &error));
    }
    void refusesWritingReadOnlyDatabase()
    {
        const QString file = path("ro.sqlite");
        {
            QString error;
            auto db = Database::open(file, Database::Mode::ReadWrite, &error);
            ReportStore(*db).add(analyseText(report1()));
        }
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const QByteArray before = fileBytes(file);
        QString error;
        QVERIFY(!Database::open(file, Database::Mode::ReadWrite, &error));
        QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
        QCOMPARE(fileBytes(file), before);
        // Reading it still works.
        auto ro = Database::open(file, Database::Mode::ReadOnly, &error);
        QVERIFY2(ro, qPrintable(error));
        QCOMPARE(ReportStore(*ro).count(), 1);
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "test_storage.moc"
