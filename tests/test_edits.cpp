// The analyst's edits: annotations, corrections, headline choice, verification, rejection,
// manual mentions, metadata fixes; versions detect concurrent edits; re-extraction keeps all.
#include "database.h"
#include "reportanalysis.h"
#include "reportedits.h"
#include "reportstore.h"
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace fz;

class TestEdits : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp;
    std::unique_ptr<Database> db;
    qint64 reportId = 0;
    const QString text = QStringLiteral(
        "宝坻区2016年依法行政工作报告\n在市场监管方面，区市场监管局全年实施行政处罚259件，罚没款219.4万元。\n"
        "2016年区属各行政执法机关共录入行政检查信息45534条，行政处罚信息2396条。区政府共收到行政复议申请并立案13件。");

    StoredMention find(const QString &key, double value)
    {
        for (const StoredMention &m : ReportStore(*db).mentions(reportId))
            if (m.key == key && m.value == value) return m;
        return {};
    }

private Q_SLOTS:
    void init()
    {
        db.reset();
        QFile::remove(tmp.filePath(QStringLiteral("e.sqlite")));
        QString error;
        db = Database::open(tmp.filePath(QStringLiteral("e.sqlite")), Database::Mode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        reportId = ReportStore(*db).add(analyseText(text)).id;
        QVERIFY(reportId > 0);
    }
    void annotations()
    {
        ReportEdits e(*db);
        Annotation a;
        a.reportId = reportId;
        a.start = 3;
        a.end = 7;
        a.note = QStringLiteral("年份核对");
        QCOMPARE(e.addAnnotation(a), EditResult::Ok);
        QVERIFY(a.id > 0);
        QCOMPARE(a.color, QStringLiteral("#ffd54f"));
        QCOMPARE(e.annotations(reportId).size(), 1);
        QCOMPARE(e.updateAnnotation(a.id, QStringLiteral("改"), QStringLiteral("#ff0000"), a.version), EditResult::Ok);
        // A second writer still holding version 1 is told, not obeyed.
        QCOMPARE(e.updateAnnotation(a.id, QStringLiteral("旧"), QStringLiteral("#00ff00"), a.version), EditResult::Conflict);
        QCOMPARE(e.annotation(a.id)->note, QStringLiteral("改"));
        const Annotation before = *e.annotation(a.id);
        QCOMPARE(e.deleteAnnotation(a.id), EditResult::Ok);
        QVERIFY(!e.annotation(a.id));
        QCOMPARE(e.restoreAnnotation(before), EditResult::Ok); // undo keeps the id
        QCOMPARE(e.annotation(a.id)->note, QStringLiteral("改"));
        // Refused: empty span, span past the text, bad colour, unknown report.
        Annotation bad = a;
        bad.end = bad.start;
        QCOMPARE(e.addAnnotation(bad), EditResult::Invalid);
        bad.end = 100000;
        QCOMPARE(e.addAnnotation(bad), EditResult::Invalid);
        bad.end = 5;
        bad.color = QStringLiteral("red");
        QCOMPARE(e.addAnnotation(bad), EditResult::Invalid);
        bad.color.clear();
        bad.reportId = 999;
        QCOMPARE(e.addAnnotation(bad), EditResult::NotFound);
    }
    void correctionsAndHeadlines()
    {
        ReportEdits e(*db);
        StoredMention dept = find(QStringLiteral("penalty.cases"), 259);
        StoredMention total = find(QStringLiteral("penalty.cases"), 2396);
        QVERIFY(total.headline);
        QVERIFY(!dept.headline);
        QCOMPARE(e.setValue(dept.id, 260, dept.version), EditResult::Ok);
        QVERIFY(e.mention(dept.id)->edited);
        QCOMPARE(e.setValue(dept.id, 259), EditResult::Ok); // back to what was extracted
        QVERIFY(!e.mention(dept.id)->edited);
        QCOMPARE(e.setValue(dept.id, 1, dept.version), EditResult::Conflict);
        QCOMPARE(e.makeHeadline(dept.id), EditResult::Ok);
        QVERIFY(e.mention(dept.id)->headline);
        QVERIFY(!e.mention(total.id)->headline);
        QCOMPARE(e.setVerified(total.id, true), EditResult::Ok);
        QCOMPARE(e.setRejected(dept.id, true), EditResult::Ok);
        QVERIFY(!e.mention(dept.id)->headline); // a rejected mention stands for nothing
        QCOMPARE(e.makeHeadline(dept.id), EditResult::Invalid);
        QCOMPARE(e.setValue(424242, 1), EditResult::NotFound);
    }
    void manualMentionsAndMetadataSurviveReextraction()
    {
        ReportEdits e(*db);
        StoredMention m;
        m.reportId = reportId;
        m.key = QStringLiteral("reconsideration.concluded");
        m.value = 13;
        m.unit = QStringLiteral("件");
        m.start = 10;
        m.end = 14;
        m.sentence = QStringLiteral("手工");
        QCOMPARE(e.addMention(m), EditResult::Ok);
        const StoredMention total = find(QStringLiteral("enforcement.inspections"), 45534);
        QCOMPARE(e.setVerified(total.id, true), EditResult::Ok);
        const StoredMention fine = find(QStringLiteral("penalty.amount"), 2194000);
        QCOMPARE(e.setRejected(fine.id, true), EditResult::Ok);
        const StoredMention dept = find(QStringLiteral("penalty.cases"), 259);
        QCOMPARE(e.makeHeadline(dept.id), EditResult::Ok);
        QCOMPARE(e.setMetadata(reportId, QStringLiteral("region"), QStringLiteral("宝坻区（核）")), EditResult::Ok);
        QCOMPARE(e.setMetadata(reportId, QStringLiteral("year"), 2015), EditResult::Ok);
        // Confirmed as the year the text reports on (2015 would drop 2016's figures on re-extraction).
        QCOMPARE(e.setMetadata(reportId, QStringLiteral("year"), 2016), EditResult::Ok);
        QCOMPARE(e.setMetadata(reportId, QStringLiteral("year"), 3000), EditResult::Invalid);
        QCOMPARE(e.setMetadata(reportId, QStringLiteral("level"), QStringLiteral("galaxy")), EditResult::Invalid);
        QCOMPARE(e.setMetadata(reportId, QStringLiteral("colour"), QStringLiteral("x")), EditResult::Invalid);
        const int before = ReportStore(*db).mentions(reportId).size();
        QString error;
        const IndicatorExtractor ex;
        QVERIFY(ReportStore(*db).reextract(reportId, ex, &error));
        const QVector<StoredMention> after = ReportStore(*db).mentions(reportId);
        QCOMPARE(after.size(), before);
        int manual = 0, headlines = 0;
        for (const StoredMention &x : after) {
            if (x.source == QLatin1String("manual")) ++manual;
            if (x.key == QLatin1String("penalty.cases") && x.headline) { ++headlines; QCOMPARE(x.value, 259.0); }
            if (x.key == QLatin1String("enforcement.inspections") && x.value == 45534) QVERIFY(x.verified);
            if (x.key == QLatin1String("penalty.amount") && x.value == 2194000) QCOMPARE(x.status, QStringLiteral("rejected"));
        }
        QCOMPARE(manual, 1);
        QCOMPARE(headlines, 1); // the analyst's choice, not the automatic one
        const auto rec = ReportStore(*db).report(reportId);
        QCOMPARE(rec->summary.region, QStringLiteral("宝坻区（核）"));
        QCOMPARE(rec->summary.year, 2016);
        QVERIFY(rec->metadataEdited.contains(QStringLiteral("year")));
        // Undo of the manual mention.
        QCOMPARE(e.deleteMention(m.id), EditResult::Ok);
        QCOMPARE(e.restoreMention(m), EditResult::Ok);
        QCOMPARE(e.mention(m.id)->sentence, QStringLiteral("手工"));
    }
    void reextractionReadsByTheCorrectedYear()
    {
        // The page's date misled the year: the analyst's correction decides which figures count.
        ReportStore store(*db);
        const qint64 id = store.add(analyseText(QStringLiteral(
            "某区法治政府建设情况报告\n发布时间：2017年3月1日\n2017年重点工作安排。\n"
            "2016年，全区共受理行政复议案件12件，全年实施行政处罚300件。"))).id;
        QVERIFY(id > 0);
        auto has12 = [&] {
            for (const StoredMention &m : store.mentions(id))
                if (m.key == QLatin1String("reconsideration.accepted") && m.value == 12 && m.headline) return true;
            return false;
        };
        ReportEdits e(*db);
        const int detected = store.report(id)->summary.year;
        const int other = detected == 2016 ? 2015 : 2016;
        QCOMPARE(e.setMetadata(id, QStringLiteral("year"), other), EditResult::Ok);
        QString error;
        const IndicatorExtractor ex;
        QVERIFY(store.reextract(id, ex, &error));
        const bool withOther = has12();
        QCOMPARE(e.setMetadata(id, QStringLiteral("year"), 2016), EditResult::Ok);
        QVERIFY(store.reextract(id, ex, &error));
        QVERIFY(has12());         // 2016's figures are this report's
        if (other == 2015)
            QVERIFY(!withOther); // and were not while the year read 2015
    }
    void correctedTitleIsWhatSearchFinds()
    {
        ReportEdits e(*db);
        ReportStore store(*db);
        QCOMPARE(store.search(QStringLiteral("依法行政工作报告")), QVector<qint64>{reportId});
        QCOMPARE(e.setMetadata(reportId, QStringLiteral("title"), QStringLiteral("宝坻区法治政府建设年度报告（修订）")), EditResult::Ok);
        QCOMPARE(store.search(QStringLiteral("年度报告（修订")), QVector<qint64>{reportId});
        // The old title is forgotten by the index (the text still holds its own words), and the
        // report can still be deleted cleanly afterwards.
        QCOMPARE(e.setMetadata(reportId, QStringLiteral("title"), QStringLiteral("第二次修改的标题")), EditResult::Ok);
        QVERIFY(store.search(QStringLiteral("年度报告（修订")).isEmpty());
        QCOMPARE(store.search(QStringLiteral("第二次修改")), QVector<qint64>{reportId});
        QString error;
        QVERIFY2(store.remove({reportId}, &error), qPrintable(error));
        QVERIFY(store.search(QStringLiteral("行政处罚")).isEmpty());
        QSqlQuery q(db->db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO reports_fts(reports_fts) VALUES ('integrity-check')")));
    }
    void headlineUndoRestoresFlags()
    {
        ReportEdits e(*db);
        const QVector<StoredMention> before = ReportStore(*db).mentions(reportId);
        const StoredMention dept = find(QStringLiteral("penalty.cases"), 259);
        QCOMPARE(e.makeHeadline(dept.id), EditResult::Ok);
        QCOMPARE(e.restoreHeadlines(reportId, QStringLiteral("penalty.cases"), before), EditResult::Ok);
        QVERIFY(find(QStringLiteral("penalty.cases"), 2396).headline);
        QVERIFY(!find(QStringLiteral("penalty.cases"), 259).headline);
    }
};

QTEST_GUILESS_MAIN(TestEdits)
#include "test_edits.moc"
