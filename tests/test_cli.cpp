// The command line as users type it: numbers, extract, import, list, reextract, exit codes.
#include "olderlibrary.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Result {
    int code;
    QByteArray out;
    QString err;
};
Result run(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FAZHI_CLI), args);
    if (!input.isEmpty()) p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}
}

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp;
    QString seeds = QStringLiteral(FAZHI_SHARED_DIR "/corpus/seeds");

private Q_SLOTS:
    void saysWhenItUpgradesAnOlderLibrary()
    {
        const QString file = tmp.filePath(QStringLiteral("v4-cli.sqlite"));
        const QString built = createOlderLibrary(file, 4, olderReportRows(3, QStringLiteral("宝坻区"), QStringLiteral("报告全文")));
        QVERIFY2(built.isEmpty(), qPrintable(built));
        Result r = run({QStringLiteral("list"), QStringLiteral("--db"), file});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("upgrading %1 from schema version 4 to %2").arg(file).arg(fz::Database::kSchemaVersion)),
                 qPrintable(r.err));
        QVERIFY(r.out.contains("宝坻区"));
        // Once upgraded, nothing more to say.
        r = run({QStringLiteral("list"), QStringLiteral("--db"), file});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }
    void versionAndHelp()
    {
        const Result v = run({QStringLiteral("--version")});
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith("fazhi "));
        const Result h = run({QStringLiteral("--help")});
        QCOMPARE(h.code, 0);
        for (const char *c : {"import", "list", "extract", "numbers", "reextract"})
            QVERIFY2(h.out.contains(c), c);
        const Result u = run({QStringLiteral("frobnicate")});
        QCOMPARE(u.code, 2);
        QVERIFY(u.err.contains(QLatin1String("unknown command")));
    }
    void numbersJson()
    {
        const Result r = run({QStringLiteral("numbers"), QStringLiteral("--json")},
                             QStringLiteral("罚没款219.4万元，受理𠀋案十三件\n没有数字\n出庭应诉率达93.75%\n").toUtf8());
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QJsonArray first = QJsonDocument::fromJson(lines.at(0)).array();
        QCOMPARE(first.size(), 2);
        const QJsonObject money = first.at(0).toObject();
        QCOMPARE(money.value(QLatin1String("text")).toString(), QStringLiteral("219.4万元"));
        QCOMPARE(money.value(QLatin1String("value")).toDouble(), 2194000.0);
        QCOMPARE(money.value(QLatin1String("kind")).toString(), QStringLiteral("money"));
        QCOMPARE(money.value(QLatin1String("start")).toInt(), 3);
        QCOMPARE(money.value(QLatin1String("end")).toInt(), 10);
        QCOMPARE(money.value(QLatin1String("approximate")).toBool(), false);
        // Offsets count code points: 𠀋 is one.
        const QJsonObject thirteen = first.at(1).toObject();
        QCOMPARE(thirteen.value(QLatin1String("start")).toInt(), 15);
        QCOMPARE(thirteen.value(QLatin1String("value")).toInt(), 13);
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).array().size(), 0);
        QCOMPARE(QJsonDocument::fromJson(lines.at(2)).array().at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("percent"));
    }
    void extractJsonFollowsTheContract()
    {
        const QString f = tmp.filePath(QStringLiteral("r.txt"));
        QFile file(f);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("宝坻区2016年依法行政工作报告\n2016年，全区共开展行政检查11011家次。").toUtf8());
        file.close();
        const QString missing = tmp.filePath(QStringLiteral("missing.txt"));
        const Result r = run({QStringLiteral("extract"), QStringLiteral("--json"), f, missing});
        QCOMPARE(r.code, 1); // one file failed
        const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(arr.size(), 2);
        const QJsonObject o = arr.at(0).toObject();
        QCOMPARE(o.value(QLatin1String("file")).toString(), f);
        QCOMPARE(o.value(QLatin1String("region")).toString(), QStringLiteral("宝坻区"));
        QCOMPARE(o.value(QLatin1String("parents")).toArray().at(0).toString(), QStringLiteral("天津市"));
        QCOMPARE(o.value(QLatin1String("level")).toString(), QStringLiteral("district"));
        QCOMPARE(o.value(QLatin1String("year")).toInt(), 2016);
        QVERIFY(o.value(QLatin1String("published")).isNull());
        const QJsonObject m = o.value(QLatin1String("indicators")).toArray().at(0).toObject();
        for (const char *k : {"key", "value", "unit", "approximate", "start", "end", "text", "headline"})
            QVERIFY2(m.contains(QLatin1String(k)), k);
        QCOMPARE(m.value(QLatin1String("key")).toString(), QStringLiteral("enforcement.inspections"));
        QVERIFY(m.value(QLatin1String("headline")).toBool());
        QVERIFY(arr.at(1).toObject().value(QLatin1String("error")).toString().contains(QLatin1String("no such file")));
    }
    void importListReextract()
    {
        if (!QFileInfo::exists(seeds))
            QSKIP("seed corpus not present");
        const QString db = tmp.filePath(QStringLiteral("lib.sqlite"));
        Result r = run({QStringLiteral("import"), QStringLiteral("--db"), db, seeds});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("imported 5 reports, 0 duplicates, 0 failed"));
        r = run({QStringLiteral("import"), QStringLiteral("--db"), db, seeds});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("imported 0 reports, 5 duplicates"));
        // FAZHI_DB names the library when --db is not given.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FAZHI_DB"), db);
        r = run({QStringLiteral("list"), QStringLiteral("--json")}, {}, env);
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 5);
        QSet<QString> regions;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            for (const char *k : {"id", "file", "title", "region", "parents", "level", "year", "published", "encoding"})
                QVERIFY2(o.contains(QLatin1String(k)), k);
            regions.insert(o.value(QLatin1String("region")).toString() + QLatin1Char('/') + o.value(QLatin1String("level")).toString() +
                           QLatin1Char('/') + QString::number(o.value(QLatin1String("year")).toInt()));
        }
        QCOMPARE(regions, (QSet<QString>{QStringLiteral("宝坻区/district/2016"), QStringLiteral("平房区/district/2017"),
                                         QStringLiteral("从化区/district/2016"), QStringLiteral("静海区/district/2020"),
                                         QStringLiteral("杭州道街道/street/2023")}));
        r = run({QStringLiteral("reextract"), QStringLiteral("--db"), db});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("re-extracted 5 reports"));
        r = run({QStringLiteral("list"), QStringLiteral("--db"), db});
        QVERIFY(r.out.contains("5 reports"));
    }
    void editsFromTheCommandLine()
    {
        if (!QFileInfo::exists(seeds))
            QSKIP("seed corpus not present");
        const QString db = tmp.filePath(QStringLiteral("edits.sqlite"));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), db, seeds + QStringLiteral("/002_808629f87b488684.txt")}).code, 0);
        Result r = run({QStringLiteral("mentions"), QStringLiteral("--db"), db, QStringLiteral("--report"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        qint64 penalty = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            if (v.toObject().value(QLatin1String("key")).toString() == QLatin1String("penalty.cases") && v.toObject().value(QLatin1String("headline")).toBool())
                penalty = v.toObject().value(QLatin1String("id")).toInteger();
        QVERIFY(penalty > 0);
        QCOMPARE(run({QStringLiteral("set-value"), QStringLiteral("--db"), db, QStringLiteral("--mention"), QString::number(penalty), QStringLiteral("--value"), QStringLiteral("12.2万")}).code, 0);
        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--mention"), QString::number(penalty)}).code, 0);
        r = run({QStringLiteral("annotate"), QStringLiteral("--db"), db, QStringLiteral("--report"), QStringLiteral("1"),
                 QStringLiteral("--text"), QStringLiteral("罚没金额4513.423万元"), QStringLiteral("--note"), QStringLiteral("与统计年鉴一致, \"已核\"")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("annotation 1"));
        r = run({QStringLiteral("annotate"), QStringLiteral("--db"), db, QStringLiteral("--report"), QStringLiteral("1"), QStringLiteral("--text"), QStringLiteral("不在文中")});
        QCOMPARE(r.code, 2);
        QCOMPARE(run({QStringLiteral("reextract"), QStringLiteral("--db"), db}).code, 0);
        r = run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--csv"), QStringLiteral("--headlines"), QStringLiteral("--key"), QStringLiteral("penalty.cases")});
        QVERIFY(r.out.startsWith("\xEF\xBB\xBF")); // UTF-8 BOM for spreadsheet programs
        const QStringList rows = QString::fromUtf8(r.out.mid(3)).trimmed().split(QStringLiteral("\r\n"));
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.at(1).contains(QLatin1String(",122000,")), qPrintable(rows.at(1))); // the correction survived
        r = run({QStringLiteral("export-annotations"), QStringLiteral("--db"), db, QStringLiteral("--csv")});
        const QString csv = QString::fromUtf8(r.out);
        QVERIFY(csv.contains(QStringLiteral("罚没金额4513.423万元")));
        QVERIFY(csv.contains(QStringLiteral("\"与统计年鉴一致, \"\"已核\"\"\"")));
        r = run({QStringLiteral("export-annotations"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().at(0).toObject().value(QLatin1String("region")).toString(), QStringLiteral("从化区"));
        r = run({QStringLiteral("set-value"), QStringLiteral("--db"), db, QStringLiteral("--mention"), QStringLiteral("99999"), QStringLiteral("--value"), QStringLiteral("1")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("mention 99999: not found")));
        // A metadata fix over the value last read: refused, with what is there now, when
        // someone changed it in between.
        auto setRegion = [&](const QString &value, const QString &ifValue) {
            return run({QStringLiteral("set-metadata"), QStringLiteral("--db"), db, QStringLiteral("--report"), QStringLiteral("1"),
                        QStringLiteral("--field"), QStringLiteral("region"), QStringLiteral("--value"), value,
                        QStringLiteral("--if-value"), ifValue});
        };
        QCOMPARE(setRegion(QStringLiteral("从化区（核）"), QStringLiteral("从化区")).code, 0);
        r = setRegion(QStringLiteral("从化"), QStringLiteral("从化区"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("region is now «从化区（核）»")), qPrintable(r.err));
        QCOMPARE(setRegion(QStringLiteral("从化区"), QStringLiteral("从化区（核）")).code, 0);
        r = run({QStringLiteral("set-metadata"), QStringLiteral("--db"), db, QStringLiteral("--report"), QStringLiteral("1"),
                 QStringLiteral("--field"), QStringLiteral("parents"), QStringLiteral("--value"), QStringLiteral("广州市/广东省"),
                 QStringLiteral("--if-value"), QStringLiteral("广州市，广东省")}); // the same list, written another way
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    void badOptions()
    {
        QCOMPARE(run({QStringLiteral("import")}).code, 2);
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--bogus")}).code, 2);
        QCOMPARE(run({QStringLiteral("extract"), QStringLiteral("x.txt")}).code, 2);
        const Result r = run({QStringLiteral("list"), QStringLiteral("--db"), tmp.filePath(QStringLiteral("none.sqlite"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("no such database")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
