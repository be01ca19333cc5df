// The storage layer on both backends: SQLite always, PostgreSQL when FAZHI_TEST_PG_URL names a
// server (./setup.sh test and .ci/run start a throwaway one). Schema from nothing, reports and
// duplicates, search, deletion, re-extraction that keeps manual work, two analysts editing the
// same value at once, comparisons, and copying a library between the two.
#include "boundstatement.h"
#include "comparisondata.h"
#include "database.h"
#include "importjob.h"
#include "librarycopy.h"
#include "pgstatement.h"
#include "reportanalysis.h"
#include "reportedits.h"
#include "reportstore.h"
#include "sqlitestatement.h"

#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>
#include <cmath>

using namespace fz;

namespace {

QString pgAdmin() { return qEnvironmentVariable("FAZHI_TEST_PG_URL"); }

// A fresh, empty library on the backend: a new file, or a new PostgreSQL database.
QString freshLibrary(const QString &backend, QTemporaryDir &tmp, const QString &name)
{
    static int counter = 0;
    const QString unique = QStringLiteral("%1_%2_%3").arg(name).arg(QCoreApplication::applicationPid()).arg(++counter);
    if (backend == QLatin1String("sqlite"))
        return tmp.filePath(unique + QStringLiteral(".sqlite"));
    QString error;
    auto admin = Database::open(pgAdmin(), Database::Mode::ReadWrite, &error);
    if (!admin) qFatal("cannot reach the PostgreSQL test server: %s", qPrintable(error));
    QSqlQuery q(admin->db());
    q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(unique.toLower()));
    if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(unique.toLower())))
        qFatal("CREATE DATABASE failed");
    QUrl url(pgAdmin());
    url.setPath(QLatin1Char('/') + unique.toLower());
    return url.toString();
}

QString report(const QString &region, int year, int accepted)
{
    return QStringLiteral("%1%2年法治政府建设情况报告\n%2年，全区共收到行政复議申請%3件，受理%4件。全年全区共开展行政执法检查%5次，"
                          "实施行政处罚%6件，罚没款%7万元。全区行政机关负责人出庭应诉率达95%。")
        .arg(region).arg(year).arg(accepted + 3).arg(accepted).arg(accepted * 100).arg(accepted * 10).arg(accepted * 1.5);
}

} // namespace

class TestBackends : public QObject
{
    Q_OBJECT
public:
    explicit TestBackends(const QString &backend) : m_backend(backend) {}

private:
    QString m_backend;
    QTemporaryDir tmp;

    std::unique_ptr<Database> open(const QString &location)
    {
        QString error;
        auto db = Database::open(location, Database::Mode::ReadWrite, &error);
        if (!db) qWarning("%s", qPrintable(error));
        return db;
    }
    qint64 findMention(ReportStore &store, qint64 report, const QString &key)
    {
        for (const StoredMention &m : store.mentions(report))
            if (m.key == key && m.headline) return m.id;
        return 0;
    }

private Q_SLOTS:
    void initTestCase() { qInfo("backend: %s", qPrintable(m_backend)); }

    void schemaFromNothing()
    {
        auto db = open(freshLibrary(m_backend, tmp, QStringLiteral("schema")));
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(db->isPostgres(), m_backend == QLatin1String("postgresql"));
        for (const char *t : {"reports", "mentions", "annotations", "settings"}) {
            QSqlQuery q(db->db());
            QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t))), t);
        }
        // Opening again migrates nothing and keeps the version.
        db.reset();
    }
    void reportsDuplicatesSearchDeletion()
    {
        auto db = open(freshLibrary(m_backend, tmp, QStringLiteral("store")));
        ReportStore store(*db);
        const auto a = store.add(analyseText(report(QStringLiteral("宝坻区"), 2019, 20)));
        QCOMPARE(a.kind, ReportStore::AddOutcome::Added);
        QCOMPARE(store.add(analyseText(report(QStringLiteral("宝坻区"), 2019, 20))).kind, ReportStore::AddOutcome::Duplicate);
        const auto b = store.add(analyseText(report(QStringLiteral("静海区"), 2020, 30)));
        QCOMPARE(store.count(), 2);
        const QVector<StoredMention> ms = store.mentions(a.id);
        QVERIFY(ms.size() >= 6);
        for (const StoredMention &m : ms)
            if (m.key == QLatin1String("penalty.amount")) QCOMPARE(m.value, 300000.0);
        QCOMPARE(store.search(QStringLiteral("行政复议申请")), (QVector<qint64>{a.id, b.id})); // written 行政複議申請
        QCOMPARE(store.search(QStringLiteral("宝坻")), QVector<qint64>{a.id});
        QCOMPARE(store.search(QStringLiteral("静")), QVector<qint64>{b.id});
        QVERIFY(store.search(QStringLiteral("100%_")).isEmpty()); // LIKE wildcards are text
        QString error;
        QVERIFY(store.remove({a.id}, &error));
        QCOMPARE(store.count(), 1);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM mentions WHERE report_id = %1").arg(a.id)) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(store.search(QStringLiteral("宝坻")).isEmpty());
    }
    void importLeavesChartsReadableFromIndexes()
    {
        const QString location = freshLibrary(m_backend, tmp, QStringLiteral("settle"));
        ImportJob job(location, {QStringLiteral(FAZHI_TEST_DATA "/heldout")});
        const ImportSummary s = job.run();
        QVERIFY2(s.fatal.isEmpty(), qPrintable(s.fatal));
        QVERIFY(s.added >= 10);
        if (m_backend != QLatin1String("postgresql"))
            return; // SQLite keeps no visibility map; its chart indexes are checked in test_storage
        auto db = open(location);
        QSqlQuery q(db->db());
        // The chart indexes hold every column a chart reads, the mention's id included...
        QVERIFY(q.exec(QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE indexname IN ('mentions_chart', 'reports_chart') ORDER BY indexname")));
        QVERIFY(q.next());
        QVERIFY2(q.value(1).toString().contains(QLatin1String("INCLUDE (value, unit, approximate, verified, headline_manual, start_pos, end_pos, id)")),
                 qPrintable(q.value(1).toString()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("reports_chart"));
        // ...and the import vacuumed and analysed the tables it filled, so they are used at once.
        QVERIFY(q.exec(QStringLiteral("SELECT relname FROM pg_stat_user_tables WHERE relname IN ('reports', 'mentions', 'report_texts') "
                                      "AND last_vacuum IS NOT NULL AND last_analyze IS NOT NULL ORDER BY relname")));
        QStringList settled;
        while (q.next())
            settled << q.value(0).toString();
        QCOMPARE(settled, (QStringList{QStringLiteral("mentions"), QStringLiteral("report_texts"), QStringLiteral("reports")}));
    }
    void reportWithManyMentionsIsStoredWhole()
    {
        // More mentions than one PostgreSQL statement writes at once (32).
        auto db = open(freshLibrary(m_backend, tmp, QStringLiteral("many")));
        ReportStore store(*db);
        QString text = report(QStringLiteral("宝坻区"), 2019, 20);
        for (int i = 1; i <= 12; ++i)
            text += QStringLiteral("\n第%1季度，全区共收到行政复议申请%2件，受理%3件，实施行政处罚%4件。").arg(i).arg(i + 40).arg(i + 30).arg(i * 7);
        const ReportAnalysis a = analyseText(text);
        QVERIFY2(a.mentions.size() > 40, qPrintable(QString::number(a.mentions.size())));
        const auto out = store.add(a);
        QCOMPARE(out.kind, ReportStore::AddOutcome::Added);
        const QVector<StoredMention> stored = store.mentions(out.id);
        QCOMPARE(stored.size(), a.mentions.size());
        for (int i = 0; i < stored.size(); ++i) {
            QCOMPARE(stored.at(i).key, a.mentions.at(i).key);
            QCOMPARE(stored.at(i).value, a.mentions.at(i).value);
            QCOMPARE(stored.at(i).start, a.mentions.at(i).start);
        }
    }
    void reextractionKeepsManualWork()
    {
        auto db = open(freshLibrary(m_backend, tmp, QStringLiteral("reextract")));
        ReportStore store(*db);
        ReportEdits edits(*db);
        const qint64 id = store.add(analyseText(report(QStringLiteral("宝坻区"), 2019, 20))).id;
        const qint64 penalty = findMention(store, id, QStringLiteral("penalty.cases"));
        QCOMPARE(edits.setValue(penalty, 201), EditResult::Ok);
        Annotation note;
        note.reportId = id;
        note.start = 0;
        note.end = 3;
        note.note = QStringLiteral("核对");
        QCOMPARE(edits.addAnnotation(note), EditResult::Ok);
        StoredMention manual;
        manual.reportId = id;
        manual.key = QStringLiteral("litigation.cases");
        manual.value = 4;
        manual.start = 5;
        manual.end = 8;
        QCOMPARE(edits.addMention(manual), EditResult::Ok);
        QString error;
        const IndicatorExtractor ex;
        QVERIFY2(store.reextract(id, ex, &error), qPrintable(error));
        bool corrected = false, kept = false;
        for (const StoredMention &m : store.mentions(id)) {
            if (m.key == QLatin1String("penalty.cases") && m.value == 201) corrected = true;
            if (m.key == QLatin1String("litigation.cases") && m.source == QLatin1String("manual")) kept = true;
        }
        QVERIFY(corrected);
        QVERIFY(kept);
        QCOMPARE(edits.annotations(id).size(), 1);
    }
    // The import's writes and the charts' reads go through BoundStatement: SQLite's C API or
    // libpq on the QPSQL connection must store the same values, NULLs included, and read them
    // back the same way.
    void boundStatementsAgree()
    {
        auto db = open(freshLibrary(m_backend, tmp, QStringLiteral("bound")));
        QVERIFY(db);
        {
            // Each backend's own library, not Qt's driver: the fallback would work, only slowly.
            auto probe = prepareStatement(*db, QStringLiteral("SELECT 1"));
            if (db->isPostgres())
                QVERIFY(dynamic_cast<PgStatement *>(probe.get()));
            else
                QVERIFY(dynamic_cast<SqliteStatement *>(probe.get()));
        }
        QCOMPARE(PgStatement::numberedMarks(QStringLiteral("SELECT '?', \"a?\" FROM t WHERE x = ? AND y IN (?, ?)")),
                 QByteArray("SELECT '?', \"a?\" FROM t WHERE x = $1 AND y IN ($2, $3)"));
        QSqlQuery ddl(db->db());
        QVERIFY(ddl.exec(db->isPostgres()
                             ? QStringLiteral("CREATE TABLE probe (id BIGSERIAL PRIMARY KEY, n BIGINT, d DOUBLE PRECISION, s TEXT, u TEXT UNIQUE)")
                             : QStringLiteral("CREATE TABLE probe (id INTEGER PRIMARY KEY, n INTEGER, d REAL, s TEXT, u TEXT UNIQUE)")));
        auto insert = prepareStatement(*db, QStringLiteral("INSERT INTO probe (n, d, s, u) VALUES (?, ?, ?, ?)") + db->returningId());
        insert->add(qint64(1) << 40);
        insert->add(2.5);
        insert->add(QStringLiteral("行政复议") + QString(QChar(0xD840)) + QChar(0xDC00)); // a supplementary character
        insert->addUtf8(QByteArray("靜海區"));
        QVERIFY2(insert->exec(), qPrintable(insert->error()));
        const qint64 first = insert->insertedId();
        QVERIFY(first > 0);
        // Null strings, NaN and addNull are NULL; a temporary string stays valid until exec.
        insert->add(true);
        insert->add(std::nan(""));
        insert->add(QString());
        insert->add(QString::number(42));
        QVERIFY2(insert->exec(), qPrintable(insert->error()));
        const qint64 second = insert->insertedId();
        QVERIFY(second > first);
        insert->add(3);
        insert->addNull();
        insert->add(QStringLiteral(""));
        insert->addUtf8(QByteArray("靜海區")); // unique: refused, with the reason
        QVERIFY(!insert->exec());
        QVERIFY(!insert->error().isEmpty());

        QSqlQuery q(db->db());
        QVERIFY(q.exec(QStringLiteral("SELECT n, d, s, u, d IS NULL, s IS NULL FROM probe ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(1) << 40);
        QCOMPARE(q.value(1).toDouble(), 2.5);
        QCOMPARE(q.value(2).toString(), QStringLiteral("行政复议") + QString(QChar(0xD840)) + QChar(0xDC00));
        QCOMPARE(q.value(3).toString(), QStringLiteral("靜海區"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 1);
        QVERIFY(q.value(4).toBool());
        QVERIFY(q.value(5).toBool());
        QCOMPARE(q.value(3).toString(), QStringLiteral("42"));
        QVERIFY(!q.next());

        // A query: exec() then next() yields every row, the first one included, and runs again.
        auto select = prepareStatement(*db, QStringLiteral("SELECT id, u FROM probe WHERE id >= ? ORDER BY id"));
        for (int round = 0; round < 2; ++round) {
            select->add(first);
            QVERIFY2(select->exec(), qPrintable(select->error()));
            QStringList seen;
            while (select->next())
                seen << QString::number(select->int64At(0)) + QLatin1Char(':') + select->textAt(1);
            QCOMPARE(seen, (QStringList{QString::number(first) + QStringLiteral(":靜海區"), QString::number(second) + QStringLiteral(":42")}));
        }
        select->add(second);
        QVERIFY(select->exec() && select->next());
        QCOMPARE(select->textAt(1), QStringLiteral("42"));
        select->finish(); // ends early; the statement is usable again
        select->add(qint64(0));
        QVERIFY(select->exec() && select->next());
        QCOMPARE(select->int64At(0), first);
        select->finish();
        // Numbers and texts as the charts read them: doubles, UTF-8 bytes, NULL as a null array;
        // a question mark inside quotes is text, not a parameter.
        auto values = prepareStatement(*db, QStringLiteral("SELECT d, s, u, 'why?' FROM probe WHERE id >= ? ORDER BY id"));
        values->add(first);
        QVERIFY2(values->exec(), qPrintable(values->error()));
        QVERIFY(values->next());
        QCOMPARE(values->doubleAt(0), 2.5);
        QCOMPARE(QString::fromUtf8(values->utf8At(1)), QStringLiteral("行政复议") + QString(QChar(0xD840)) + QChar(0xDC00));
        QCOMPARE(values->utf8At(2), QByteArray("靜海區"));
        QCOMPARE(values->textAt(3), QStringLiteral("why?"));
        QVERIFY(values->next());
        QVERIFY(values->utf8At(1).isNull());
        QVERIFY(values->textAt(1).isNull());
        QCOMPARE(values->utf8At(2), QByteArray("42"));
        QVERIFY(!values->next());
        // A statement that cannot be prepared fails when run, with the reason.
        auto broken = prepareStatement(*db, QStringLiteral("SELECT nonsense FROM nowhere"));
        QVERIFY(!broken->exec());
        QVERIFY(!broken->error().isEmpty());
    }
    void twoAnalystsEditingAtOnce()
    {
        const QString location = freshLibrary(m_backend, tmp, QStringLiteral("team"));
        auto alice = open(location);
        auto bob = open(location);
        QVERIFY(alice && bob);
        const qint64 id = ReportStore(*alice).add(analyseText(report(QStringLiteral("从化区"), 2016, 14))).id;
        ReportStore aliceStore(*alice);
        ReportEdits aliceEdits(*alice), bobEdits(*bob);
        const qint64 mention = findMention(aliceStore, id, QStringLiteral("reconsideration.accepted"));
        const StoredMention seenByAlice = *aliceEdits.mention(mention);
        const StoredMention seenByBob = *bobEdits.mention(mention);
        QCOMPARE(bobEdits.setValue(mention, 15, seenByBob.version), EditResult::Ok);
        // Alice still looks at the old version: her write is refused, Bob's value stands.
        QCOMPARE(aliceEdits.setValue(mention, 16, seenByAlice.version), EditResult::Conflict);
        QCOMPARE(aliceEdits.mention(mention)->value, 15.0);
        // With the fresh version she may change it.
        QCOMPARE(aliceEdits.setValue(mention, 16, aliceEdits.mention(mention)->version), EditResult::Ok);
        QCOMPARE(bobEdits.mention(mention)->value, 16.0);
        // Metadata: each writes over the value they read; the later one is told what is there.
        ReportStore bobStore(*bob);
        const ReportSummary seen = aliceStore.report(id)->summary;
        QCOMPARE(bobEdits.setMetadata(id, QStringLiteral("region"), QStringLiteral("从化区（核）"), seen.region), EditResult::Ok);
        QCOMPARE(aliceEdits.setMetadata(id, QStringLiteral("region"), QStringLiteral("从化"), seen.region), EditResult::Conflict);
        QVERIFY2(aliceEdits.lastError().contains(QStringLiteral("从化区（核）")), qPrintable(aliceEdits.lastError()));
        QCOMPARE(aliceStore.report(id)->summary.region, QStringLiteral("从化区（核）"));
        QCOMPARE(bobEdits.setMetadata(id, QStringLiteral("year"), 2017, seen.year), EditResult::Ok);
        QCOMPARE(aliceEdits.setMetadata(id, QStringLiteral("year"), 2015, seen.year), EditResult::Conflict);
        QCOMPARE(aliceEdits.setMetadata(id, QStringLiteral("year"), 2015, 2017), EditResult::Ok);
        QCOMPARE(bobEdits.setMetadata(id, QStringLiteral("parents"), QStringList{QStringLiteral("广东省"), QStringLiteral("广州市")}, seen.parents),
                 EditResult::Ok);
        QCOMPARE(aliceEdits.setMetadata(id, QStringLiteral("parents"), QStringList{QStringLiteral("广东省")}, seen.parents), EditResult::Conflict);
        QCOMPARE(bobStore.report(id)->summary.parents, (QStringList{QStringLiteral("广东省"), QStringLiteral("广州市")}));
        // Undo writes back only over the analyst's own value.
        QCOMPARE(bobEdits.restoreMetadata(id, QStringLiteral("region"), seen.region, {}, QStringLiteral("从化")), EditResult::Conflict);
        QCOMPARE(bobEdits.restoreMetadata(id, QStringLiteral("region"), seen.region, {}, QStringLiteral("从化区（核）")), EditResult::Ok);
        QCOMPARE(aliceStore.report(id)->summary.region, seen.region);
    }
    void comparisonsReadHeadlines()
    {
        auto db = open(freshLibrary(m_backend, tmp, QStringLiteral("compare")));
        ReportStore store(*db);
        store.add(analyseText(report(QStringLiteral("宝坻区"), 2019, 20)));
        store.add(analyseText(report(QStringLiteral("宝坻区"), 2020, 25)));
        store.add(analyseText(report(QStringLiteral("静海区"), 2020, 30)));
        ComparisonQuery q;
        q.keys = {QStringLiteral("reconsideration.accepted")};
        q.province = QStringLiteral("天津市");
        const QVector<ComparisonValue> v = ComparisonData::query(*db, q);
        QCOMPARE(v.size(), 3);
        QCOMPARE(ComparisonData::find(v, q.keys.first(), QStringLiteral("宝坻区"), 2020)->value, 25.0);
        QVERIFY(!ComparisonData::find(v, q.keys.first(), QStringLiteral("静海区"), 2019)); // a gap
    }
    void copyBothWays()
    {
        const QString here = freshLibrary(m_backend, tmp, QStringLiteral("source"));
        {
            auto db = open(here);
            ReportStore store(*db);
            ReportEdits edits(*db);
            for (int y = 2016; y <= 2019; ++y)
                store.add(analyseText(report(QStringLiteral("宝坻区"), y, 10 + y - 2016)));
            Annotation a;
            a.reportId = 2;
            a.start = 1;
            a.end = 4;
            a.note = QStringLiteral("跨库保留的批注");
            QCOMPARE(edits.addAnnotation(a), EditResult::Ok);
        }
        const QString other = m_backend == QLatin1String("sqlite") && !pgAdmin().isEmpty()
                                  ? freshLibrary(QStringLiteral("postgresql"), tmp, QStringLiteral("other"))
                                  : freshLibrary(QStringLiteral("sqlite"), tmp, QStringLiteral("other"));
        auto from = open(here);
        auto to = open(other);
        const CopySummary s = copyLibrary(*from, *to);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.reports, 4);
        QCOMPARE(s.annotations, 1);
        QCOMPARE(libraryChecksum(*from), libraryChecksum(*to));
        // New rows in the copy get fresh ids after the copied ones.
        const auto added = ReportStore(*to).add(analyseText(report(QStringLiteral("静海区"), 2020, 9)));
        QCOMPARE(added.kind, ReportStore::AddOutcome::Added);
        QCOMPARE(added.id, 5);
        QVERIFY(!ReportStore(*to).search(QStringLiteral("静海区")).isEmpty());
        // Copying into a library that holds reports is refused.
        const CopySummary again = copyLibrary(*from, *to);
        QVERIFY(!again.ok());
        QVERIFY(again.error.contains(QLatin1String("empty")));
    }
    void postgresAddressRules()
    {
        if (m_backend != QLatin1String("postgresql"))
            QSKIP("PostgreSQL only");
        QString error;
        QVERIFY(!Database::open(QStringLiteral("postgresql://fazhi:secret@127.0.0.1:5/x"), Database::Mode::ReadWrite, &error));
        QVERIFY2(error.contains(QLatin1String("PGPASSWORD")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("secret")));
        QVERIFY(!Database::open(QStringLiteral("postgresql://fazhi@127.0.0.1:1/nowhere"), Database::Mode::ReadWrite, &error));
        QVERIFY2(error.contains(QLatin1String("cannot connect")), qPrintable(error));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList backends{QStringLiteral("sqlite")};
    if (!pgAdmin().isEmpty())
        backends << QStringLiteral("postgresql");
    else if (qEnvironmentVariableIsSet("FAZHI_REQUIRE_PG"))
        qFatal("FAZHI_REQUIRE_PG is set but FAZHI_TEST_PG_URL is not: the PostgreSQL server did not start");
    else
        qInfo("FAZHI_TEST_PG_URL is not set: PostgreSQL is not tested in this run");
    int status = 0;
    for (const QString &b : backends) {
        TestBackends t(b);
        status |= QTest::qExec(&t, argc, argv);
    }
    return status;
}

#include "test_backends.moc"
