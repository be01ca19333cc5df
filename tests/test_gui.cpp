// The workbench as an analyst uses it, offscreen: import through the menu's code path, open a
// report and see every mention highlighted, annotate with undo and redo, correct a value and
// keep it through re-extraction, refuse a file that is not a library.
#include "editcommands.h"
#include "importcontroller.h"
#include "librarymodel.h"
#include "librarypanel.h"
#include "librarysession.h"
#include "mainwindow.h"
#include "mentionsmodel.h"
#include "readerview.h"
#include "reportpanel.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace fz;

class TestGui : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp;
    LibrarySession session;
    QUndoStack undo;
    std::unique_ptr<MainWindow> window;
    const QString seeds = QStringLiteral(FAZHI_SHARED_DIR "/corpus/seeds");

    qint64 reportWithRegion(const QString &region)
    {
        for (const ReportSummary &r : session.store().list())
            if (r.region == region) return r.id;
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("fazhi-test"));
        window = std::make_unique<MainWindow>(&session, &undo);
        window->setOfferDemo(false);
        window->importer()->setShowSummary(false);
        QVERIFY(window->openDatabase(tmp.filePath(QStringLiteral("gui.sqlite")), false));
        window->resize(1400, 900);
        window->show();
    }
    void importsThroughTheMenuPath()
    {
        if (!QFileInfo::exists(seeds))
            QSKIP("seed corpus not present");
        QSignalSpy done(window->importer(), &ImportController::finished);
        QVERIFY(window->importPaths({seeds}));
        QVERIFY(window->importer()->isRunning());
        QVERIFY(done.wait(60000));
        const ImportSummary s = window->importer()->lastSummary();
        QCOMPARE(s.added, 5);
        QCOMPARE(window->library()->model()->totalCount(), 5);
        QCOMPARE(window->library()->model()->rowCount(), 5);
    }
    void readerHighlightsEveryMention()
    {
        const qint64 id = reportWithRegion(QStringLiteral("从化区"));
        if (!id) QSKIP("seed corpus not present");
        window->openReport(id);
        ReportPanel *p = window->reportPanel();
        QCOMPARE(p->reportId(), id);
        const QVector<StoredMention> ms = session.store().mentions(id);
        QVERIFY(ms.size() > 10);
        QCOMPARE(p->reader()->mentionHighlightCount(), int(ms.size()));
        QCOMPARE(p->mentionsModel()->rowCount(), int(ms.size()));
        QVERIFY(p->reader()->chromeHighlightCount() > 0); // the page's navigation is dimmed
        // Next/previous walk the mentions in text order and select them.
        p->reader()->setFocus();
        p->nextAction()->trigger();
        const qint64 first = p->reader()->currentMention();
        QVERIFY(first > 0);
        QVERIFY(p->reader()->textCursor().hasSelection());
        p->nextAction()->trigger();
        QVERIFY(p->reader()->currentMention() != first);
        p->previousAction()->trigger();
        QCOMPARE(p->reader()->currentMention(), first);
        QCOMPARE(p->mentionsView()->currentIndex().row(), p->mentionsModel()->rowOf(first));
    }
    void annotateUndoRedo()
    {
        const qint64 id = reportWithRegion(QStringLiteral("从化区"));
        if (!id) QSKIP("seed corpus not present");
        window->openReport(id);
        ReportPanel *p = window->reportPanel();
        const QString text = session.store().report(id)->text;
        const int at = int(text.indexOf(QStringLiteral("罚没金额4513.423万元")));
        QTextCursor c(p->reader()->document());
        c.setPosition(at);
        c.setPosition(at + 14, QTextCursor::KeepAnchor);
        p->reader()->setTextCursor(c);
        QVERIFY(p->annotateAction()->isEnabled());
        QVERIFY(p->annotateSelection(QStringLiteral("与统计年鉴核对一致"), QStringLiteral("#a5d6a7")));
        QVector<Annotation> anns = session.edits().annotations(id);
        QCOMPARE(anns.size(), 1);
        QCOMPARE(anns.first().note, QStringLiteral("与统计年鉴核对一致"));
        QCOMPARE(anns.first().start, at);
        QCOMPARE(p->reader()->annotationHighlightCount(), 1);
        QCOMPARE(p->annotationsModel()->rowCount(), 1);
        undo.undo();
        QCOMPARE(session.edits().annotations(id).size(), 0);
        QCOMPARE(p->reader()->annotationHighlightCount(), 0);
        undo.redo();
        anns = session.edits().annotations(id);
        QCOMPARE(anns.size(), 1);
        QCOMPARE(anns.first().color, QStringLiteral("#a5d6a7"));
        QCOMPARE(p->reader()->annotationHighlightCount(), 1);
    }
    void correctionSurvivesReextraction()
    {
        const qint64 id = reportWithRegion(QStringLiteral("从化区"));
        if (!id) QSKIP("seed corpus not present");
        window->openReport(id);
        ReportPanel *p = window->reportPanel();
        qint64 penalty = 0;
        for (const StoredMention &m : session.store().mentions(id))
            if (m.key == QLatin1String("penalty.cases") && m.headline) penalty = m.id;
        QVERIFY(penalty);
        QVERIFY(p->setValue(penalty, 121676));
        QCOMPARE(session.edits().mention(penalty)->value, 121676.0);
        // Verify through the keyboard action on the current mention.
        p->reader()->goToMention(penalty);
        p->verifyAction()->trigger();
        QVERIFY(session.edits().mention(penalty)->verified);
        undo.undo();
        QVERIFY(!session.edits().mention(penalty)->verified);
        undo.redo();
        p->reextractAction()->trigger();
        bool found = false;
        for (const StoredMention &m : session.store().mentions(id))
            if (m.key == QLatin1String("penalty.cases") && m.value == 121676) { found = true; QVERIFY(m.verified); QVERIFY(m.edited); }
        QVERIFY(found);
        QCOMPARE(session.edits().annotations(id).size(), 1);
        QCOMPARE(p->reader()->mentionHighlightCount(), int(session.store().mentions(id).size()));
    }
    void metadataCorrectionIsUndoable()
    {
        const qint64 id = reportWithRegion(QStringLiteral("平房区"));
        if (!id) QSKIP("seed corpus not present");
        window->openReport(id);
        undo.push(new SetMetadataCommand(&session, id, QStringLiteral("year"), 2017, 2018, {}));
        QCOMPARE(session.store().report(id)->summary.year, 2018);
        undo.undo();
        QCOMPARE(session.store().report(id)->summary.year, 2017);
        QVERIFY(session.store().report(id)->metadataEdited.isEmpty());
    }
    void libraryFiltersAndSearch()
    {
        if (!reportWithRegion(QStringLiteral("宝坻区"))) QSKIP("seed corpus not present");
        LibraryModel *m = window->library()->model();
        LibraryFilter f;
        f.province = QStringLiteral("天津市");
        m->setFilter(f);
        QCOMPARE(m->totalCount(), 3);
        f = {};
        f.yearFrom = 2017;
        m->setFilter(f);
        QCOMPARE(m->totalCount(), 3);
        f = {};
        f.search = QStringLiteral("行政复议"); // finds the traditional 靜海 report too
        m->setFilter(f);
        QCOMPARE(m->totalCount(), 5);
        f.search = QStringLiteral("静海");
        m->setFilter(f);
        QCOMPARE(m->totalCount(), 1);
        m->setFilter({});
        QCOMPARE(m->totalCount(), 5);
    }
    void refusesANonDatabaseFile()
    {
        const QString notes = tmp.filePath(QStringLiteral("notes.sqlite"));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("meeting notes, not a library");
        f.close();
        const QString before = session.location();
        QVERIFY(!window->openDatabase(notes, false));
        QCOMPARE(session.location(), before); // the open library stays open
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("meeting notes, not a library"));
    }
};

QTEST_MAIN(TestGui)
#include "test_gui.moc"
