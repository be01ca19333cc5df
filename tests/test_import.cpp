// Import: folders at once, every format and encoding, duplicates, progress and cancel, and
// bad input (empty, binary, undecodable, too large, unreadable, not a database, newer schema,
// read-only database): a one-line error naming the file and the reason, the rest imported,
// nothing lost.
#include "database.h"
#include "importjob.h"
#include "reportstore.h"
#include "textdecoder.h"
#include <QProcess>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace fz;

namespace {
void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
QString reportText(const QString &region, int year, int cases)
{
    return QStringLiteral("%1%2年法治政府建设情况报告\n%2年，全区共受理行政复议案件%3件，全年实施行政处罚%4件。")
        .arg(region).arg(year).arg(cases).arg(cases * 10);
}
struct CliResult {
    int code;
    QString out;
    QString err;
};
CliResult cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(FAZHI_CLI), args);
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
}

class TestImport : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp;
    QString good;   // a folder of good reports in several encodings and formats

private Q_SLOTS:
    void initTestCase()
    {
        good = tmp.filePath(QStringLiteral("good"));
        write(good + QStringLiteral("/a/utf8.txt"), reportText(QStringLiteral("宝坻区"), 2016, 13).toUtf8());
        write(good + QStringLiteral("/a/gbk.txt"), encodeText(reportText(QStringLiteral("从化区"), 2016, 14), QStringLiteral("GB18030")));
        write(good + QStringLiteral("/b/big5.txt"), encodeText(QStringLiteral("2020年靜海區法治政府建設情況報告\n2020年，全區共受理行政複議案件30件。"), QStringLiteral("Big5")));
        write(good + QStringLiteral("/b/utf16.txt"), encodeText(reportText(QStringLiteral("余杭区"), 2019, 7), QStringLiteral("UTF-16LE"), true));
        write(good + QStringLiteral("/b/c/page.html"), encodeText(QStringLiteral(
            "<html><head><meta charset=\"gb2312\"><title>平房区</title></head><body><p>平房区2017年法治政府建设情况报告</p>"
            "<p>2017年，全年受理5起行政复议案件。</p></body></html>"), QStringLiteral("GB18030")));
        write(good + QStringLiteral("/b/ignored.png"), QByteArray("\x89PNG", 4));
    }

    void importsFoldersRecursively()
    {
        const QString db = tmp.filePath(QStringLiteral("lib.sqlite"));
        ImportJob job(db, {good});
        QSignalSpy progress(&job, &ImportJob::progress);
        const ImportSummary s = job.run();
        QVERIFY2(s.fatal.isEmpty(), qPrintable(s.fatal));
        QCOMPARE(s.added, 5);
        QCOMPARE(s.failed, 0);
        QCOMPARE(progress.size(), 5);
        QCOMPARE(progress.last().at(0).toInt(), 5);
        QString error;
        auto d = Database::open(db, Database::Mode::ReadOnly, &error);
        ReportStore store(*d);
        QStringList encodings, regions;
        for (const ReportSummary &r : store.list()) {
            encodings << r.encoding;
            regions << r.region;
        }
        encodings.sort();
        QCOMPARE(encodings, (QStringList{QStringLiteral("Big5"), QStringLiteral("GB18030"), QStringLiteral("GB18030"),
                                         QStringLiteral("UTF-16LE"), QStringLiteral("UTF-8")}));
        QVERIFY(regions.contains(QStringLiteral("静海区")));
        QVERIFY(regions.contains(QStringLiteral("平房区")));
        // Each report keeps where it came from and how large the file was.
        QSqlQuery q(d->db());
        QVERIFY(q.exec(QStringLiteral("SELECT source_path, size_bytes FROM reports")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            QVERIFY2(QFileInfo(q.value(0).toString()).isAbsolute(), qPrintable(q.value(0).toString()));
            QCOMPARE(q.value(1).toLongLong(), QFileInfo(q.value(0).toString()).size());
        }
        QCOMPARE(rows, 5);
    }
    void secondImportAddsNothing()
    {
        const QString db = tmp.filePath(QStringLiteral("twice.sqlite"));
        QCOMPARE(ImportJob(db, {good}).run().added, 5);
        const ImportSummary again = ImportJob(db, {good}).run();
        QCOMPARE(again.added, 0);
        QCOMPARE(again.duplicates, 5);
        QString error;
        auto d = Database::open(db, Database::Mode::ReadOnly, &error);
        QCOMPARE(ReportStore(*d).count(), 5);
    }
    void cancelStopsBetweenReports()
    {
        const QString folder = tmp.filePath(QStringLiteral("many"));
        for (int i = 0; i < 40; ++i)
            write(folder + QStringLiteral("/r%1.txt").arg(i), reportText(QStringLiteral("宝坻区"), 2000 + i, i + 1).toUtf8());
        const QString db = tmp.filePath(QStringLiteral("cancel.sqlite"));
        ImportJob job(db, {folder});
        connect(&job, &ImportJob::progress, &job, [&job](int done) { if (done == 3) job.cancel(); });
        const ImportSummary s = job.run();
        QVERIFY(s.cancelled);
        QCOMPARE(s.added, 3);
        QString error;
        auto d = Database::open(db, Database::Mode::ReadOnly, &error);
        ReportStore store(*d);
        QCOMPARE(store.count(), 3);
        for (const ReportSummary &r : store.list())
            QVERIFY(r.mentions >= 2); // every stored report is whole
        // Reports are written in batches with their search index rows: what was kept is found.
        QCOMPARE(store.search(QStringLiteral("宝坻区")).size(), 3);
    }

    void badFilesFailAloneWithTheirReason()
    {
        const QString bad = tmp.filePath(QStringLiteral("bad"));
        write(bad + QStringLiteral("/empty.txt"), QByteArray());
        QByteArray binary("\x89PNG\r\n\x1a\n", 8);
        for (int i = 0; i < 2000; ++i) binary.append(char((i * 131 + 7) % 256));
        binary[100] = 0;
        write(bad + QStringLiteral("/binary.txt"), binary);
        QByteArray junk;
        for (int i = 0; i < 400; ++i) junk.append(char(i % 2 ? 0x81 : 0x05));
        write(bad + QStringLiteral("/undecodable.txt"), junk);
        {
            QFile big(bad + QStringLiteral("/huge.txt"));
            QVERIFY(big.open(QIODevice::WriteOnly));
            QVERIFY(big.resize(51LL * 1024 * 1024)); // sparse: over the 50 MB limit
        }
        write(bad + QStringLiteral("/fine.txt"), reportText(QStringLiteral("宝坻区"), 2018, 3).toUtf8());
        QVERIFY(QFile::link(bad + QStringLiteral("/gone.txt"), bad + QStringLiteral("/dangling.txt")));
        const QString db = tmp.filePath(QStringLiteral("bad.sqlite"));
        const QString missing = tmp.filePath(QStringLiteral("nowhere/report.txt"));
        const QString unsupported = bad + QStringLiteral("/notes.xyz");
        write(unsupported, "x");

        const CliResult r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, bad, missing, unsupported});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("imported 1 report")), qPrintable(r.out));
        const QStringList lines = r.err.trimmed().split(u'\n');
        auto lineFor = [&](const QString &name) {
            for (const QString &l : lines)
                if (l.contains(name)) return l;
            return QString();
        };
        QVERIFY2(lineFor(QStringLiteral("empty.txt")).contains(QLatin1String("empty")), qPrintable(r.err));
        QVERIFY2(lineFor(QStringLiteral("binary.txt")).contains(QLatin1String("binary")), qPrintable(r.err));
        QVERIFY2(lineFor(QStringLiteral("undecodable.txt")).contains(QLatin1String("undecodable")), qPrintable(r.err));
        QVERIFY2(lineFor(QStringLiteral("huge.txt")).contains(QLatin1String("too large")), qPrintable(r.err));
        QVERIFY2(lineFor(QStringLiteral("report.txt")).contains(QLatin1String("no such file")), qPrintable(r.err));
        QVERIFY2(lineFor(QStringLiteral("notes.xyz")).contains(QLatin1String("unsupported")), qPrintable(r.err));
        QVERIFY2(lineFor(QStringLiteral("dangling.txt")).contains(QLatin1String("no such file")), qPrintable(r.err));
        for (const QString &l : lines)
            QVERIFY2(l.startsWith(QLatin1String("fazhi: ")), qPrintable(l));
        QCOMPARE(lines.size(), 7);
    }
    void unreadableFileFails()
    {
        if (geteuid() == 0)
            QSKIP("root reads files without read permission");
        const QString f = tmp.filePath(QStringLiteral("locked/secret.txt"));
        write(f, reportText(QStringLiteral("宝坻区"), 2018, 3).toUtf8());
        QFile::setPermissions(f, QFileDevice::WriteOwner);
        const ImportSummary s = ImportJob(tmp.filePath(QStringLiteral("locked.sqlite")), {f}).run();
        QCOMPARE(s.failed, 1);
        QVERIFY(s.failures.first().reason.contains(QLatin1String("cannot read")));
    }
    void databaseProblemsLeaveTheFileAlone_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not a database") << "text" << "not an SQLite database";
        QTest::newRow("newer schema") << "future" << "newer";
        QTest::newRow("read-only") << "readonly" << "read-only";
    }
    void databaseProblemsLeaveTheFileAlone()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        const QString db = tmp.filePath(kind + QStringLiteral(".sqlite"));
        if (kind == QLatin1String("text")) {
            write(db, "plain notes, not a database\n");
        } else {
            QString error;
            {
                auto d = Database::open(db, Database::Mode::ReadWrite, &error);
                QVERIFY(d);
                if (kind == QLatin1String("future")) {
                    QSqlQuery q(d->db());
                    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 7")));
                }
            }
            if (kind == QLatin1String("readonly"))
                QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        }
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        const CliResult r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, good});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.trimmed().count(u'\n'), 0); // one line
        QVERIFY2(r.err.contains(reason) && r.err.contains(db), qPrintable(r.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "test_import.moc"
