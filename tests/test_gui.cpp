// The workbench as an analyst uses it, offscreen: import through the menu's code path, open a
// report and see every mention highlighted, annotate with undo and redo, correct a value and
// keep it through re-extraction, refuse a file that is not a library.
#include "database.h"
#include "olderlibrary.h"
#include "documentreader.h"
#include "editcommands.h"
#include "reportedits.h"
#include "importcontroller.h"
#include "librarymodel.h"
#include "librarypanel.h"
#include "librarysession.h"
#include "mainwindow.h"
#include "reportanalysis.h"
#include "mentionsmodel.h"
#include "readerview.h"
#include "reportpanel.h"
#include "sidebysideview.h"

#include <QHeaderView>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
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
    void readsEveryFormatTheCommandLineReads()
    {
        // PDF and Word reports go through the same import as text and web pages.
        for (const char *name : {"r.txt", "r.html", "r.htm", "r.pdf", "r.docx"})
            QVERIFY2(DocumentReaders::instance().accepts(QString::fromLatin1(name)), name);
        QSignalSpy done(window->importer(), &ImportController::finished);
        QVERIFY(window->importPaths({QStringLiteral(FAZHI_TEST_DATA "/formats/password-protected.pdf")}));
        QVERIFY(done.wait(60000));
        const ImportSummary s = window->importer()->lastSummary();
        QCOMPARE(s.failed, 1);
        QVERIFY2(s.failures.first().reason.contains(QLatin1String("password")), qPrintable(s.failures.first().reason));
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
    void concurrentEditIsShownNotOverwritten()
    {
        const qint64 id = reportWithRegion(QStringLiteral("从化区"));
        if (!id) QSKIP("seed corpus not present");
        window->openReport(id);
        ReportPanel *p = window->reportPanel();
        qint64 target = 0;
        for (const StoredMention &m : session.store().mentions(id))
            if (m.key == QLatin1String("enforcement.inspections") && m.status == QLatin1String("active")) target = m.id;
        QVERIFY(target);
        // Another analyst, on another connection, corrects the same value meanwhile.
        QString error;
        auto other = Database::open(session.location(), Database::Mode::ReadWrite, &error);
        QVERIFY2(other, qPrintable(error));
        QCOMPARE(ReportEdits(*other).setValue(target, 4242), EditResult::Ok);
        QStringList messages;
        EditCommand::setErrorHandler([&](const QString &m) { messages << m; });
        const int commands = undo.count();
        QVERIFY(!p->setValue(target, 1111));
        EditCommand::setErrorHandler({});
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(QLatin1String("Another analyst")), qPrintable(messages.first()));
        QCOMPARE(session.edits().mention(target)->value, 4242.0); // theirs stands
        QCOMPARE(undo.count(), commands);                         // nothing to undo
        // The panel now shows their version, so a second try goes through.
        QVERIFY(p->setValue(target, 1111));
        QCOMPARE(session.edits().mention(target)->value, 1111.0);
        undo.undo();
        QCOMPARE(session.edits().mention(target)->value, 4242.0);
    }
    void concurrentMetadataFixIsShownNotOverwritten()
    {
        const qint64 id = reportWithRegion(QStringLiteral("宝坻区"));
        if (!id) QSKIP("seed corpus not present");
        window->openReport(id);
        const int year = session.store().report(id)->summary.year;
        QString error;
        auto other = Database::open(session.location(), Database::Mode::ReadWrite, &error);
        QVERIFY2(other, qPrintable(error));
        QCOMPARE(ReportEdits(*other).setMetadata(id, QStringLiteral("year"), year - 1), EditResult::Ok);
        QStringList messages;
        EditCommand::setErrorHandler([&](const QString &m) { messages << m; });
        const int done = undo.index();
        undo.push(new SetMetadataCommand(&session, id, QStringLiteral("year"), year, year + 1, {}));
        EditCommand::setErrorHandler({});
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(QLatin1String("Another analyst")), qPrintable(messages.first()));
        QCOMPARE(session.store().report(id)->summary.year, year - 1); // theirs stands
        QCOMPARE(undo.index(), done);                                 // nothing to undo
        QCOMPARE(undo.count(), done);
        QCOMPARE(ReportEdits(*other).restoreMetadata(id, QStringLiteral("year"), year, {}), EditResult::Ok);
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
    void libraryGivesTheTitleTheRoom()
    {
        QTableView *v = window->library()->view();
        QVERIFY(!v->isColumnHidden(LibraryModel::Title));
        for (int c = 0; c < LibraryModel::ColumnCount; ++c)
            if (c != LibraryModel::Title && !v->isColumnHidden(c))
                QVERIFY2(v->columnWidth(LibraryModel::Title) > v->columnWidth(c), qPrintable(QString::number(c)));
        QVERIFY(v->columnWidth(LibraryModel::Year) < v->columnWidth(LibraryModel::Region));
    }
    void sideBySideShowsChangesAndScrollsEveryPane()
    {
        QVector<qint64> ids;
        for (const ReportSummary &r : session.store().list())
            if (ids.size() < 2) ids << r.id;
        if (ids.size() < 2) QSKIP("seed corpus not present");
        SideBySideView *s = window->sideBySide();
        s->setReports(ids);
        QCOMPARE(s->panes().size(), 2);
        SideBySideModel *m = s->model();
        // indicator, first report's value, second report's value, Δ, %
        QCOMPARE(m->columnCount(), 5);
        QVERIFY(m->headerData(3, Qt::Horizontal, Qt::DisplayRole).toString().startsWith(QStringLiteral("Δ")));
        QCOMPARE(m->headerData(4, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("%"));
        int both = -1;
        for (int r = 0; r < m->rowCount() && both < 0; ++r)
            if (m->row(r)->cells.at(0).mentionId && m->row(r)->cells.at(1).mentionId) both = r;
        if (both < 0) QSKIP("no indicator common to both reports");
        QVERIFY(!m->index(both, 3).data().toString().isEmpty()); // the difference is shown
        s->table()->setCurrentIndex(m->index(both, 0));           // as a click on the row does
        QCOMPARE(s->panes().at(0)->currentMention(), m->row(both)->cells.at(0).mentionId);
        QCOMPARE(s->panes().at(1)->currentMention(), m->row(both)->cells.at(1).mentionId);
        QVERIFY(s->panes().at(1)->textCursor().hasSelection());
        s->setReports({});
    }
    void translationsAreEmbeddedAndComplete()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/fazhi_zh_CN.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/fazhi_en.qm")));
        QTranslator zh;
        const QString notALibrary = tmp.filePath(QStringLiteral("not-a-library.sqlite"));
        {
            QFile f(notALibrary);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("my notes, not a library\n");
        }
        QVERIFY(zh.load(QStringLiteral(":/i18n/fazhi_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        {
            QUndoStack otherUndo;
            MainWindow chinese(&session, &otherUndo);
            QCOMPARE(chinese.tabs()->tabText(0), QStringLiteral("报告库"));
            QCOMPARE(chinese.tabs()->tabText(1), QStringLiteral("对比"));
            QCOMPARE(chinese.tabs()->tabText(2), QStringLiteral("矩阵"));
            QCOMPARE(chinese.tabs()->tabText(3), QStringLiteral("并排对照"));
            QCOMPARE(chinese.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
            QCOMPARE(chinese.library()->model()->headerData(LibraryModel::Region, Qt::Horizontal, Qt::DisplayRole).toString(),
                     QStringLiteral("行政区划"));
            QCOMPARE(MainWindow::applicationTitle(), QStringLiteral("法治报告分析工作台"));
            QCOMPARE(LibraryModel::levelLabel(QStringLiteral("district")), QStringLiteral("区县"));
            QCOMPARE(QCoreApplication::translate("fz::LibraryPanel", "%n report(s)", nullptr, 3), QStringLiteral("共 3 份报告"));
            QCOMPARE(chinese.reportPanel()->verifyAction()->text(), QStringLiteral("核验 / 取消核验(&V)"));
            // Why a file was refused comes from core, in the same language.
            QCOMPARE(analyseFile(QStringLiteral("/no/such/report.txt")).error, QStringLiteral("文件不存在"));
            QCOMPARE(analyseFile(QStringLiteral(FAZHI_TEST_DATA "/formats/password-protected.pdf")).error,
                     QStringLiteral("PDF 有密码保护：请去除密码后重新导入"));
            // And so does why a library could not be opened.
            LibrarySession other;
            QString why;
            QVERIFY(!other.open(notALibrary, &why));
            QVERIFY2(why.endsWith(QStringLiteral("不是 SQLite 数据库（未作任何改动）")), qPrintable(why));
            QVERIFY(!other.open(tmp.path(), &why));
            QVERIFY2(why.endsWith(QStringLiteral("是文件夹，不是数据库")), qPrintable(why));
        }
        QCoreApplication::removeTranslator(&zh);
        QCOMPARE(window->tabs()->tabText(0), QStringLiteral("Reports"));
        QCOMPARE(analyseFile(QStringLiteral("/no/such/report.txt")).error, QStringLiteral("no such file"));
        {
            LibrarySession other;
            QString why;
            QVERIFY(!other.open(notALibrary, &why));
            QVERIFY2(why.endsWith(QStringLiteral("not an SQLite database (left untouched)")), qPrintable(why));
        }
        {
            QFile f(notALibrary);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray("my notes, not a library\n")); // left untouched
        }

        QTranslator en;
        QVERIFY(en.load(QStringLiteral(":/i18n/fazhi_en.qm")));
        QCoreApplication::installTranslator(&en);
        QCOMPARE(QCoreApplication::translate("fz::LibraryPanel", "%n report(s)", nullptr, 1), QStringLiteral("1 report"));
        QCOMPARE(QCoreApplication::translate("fz::LibraryPanel", "%n report(s)", nullptr, 160), QStringLiteral("160 reports"));
        QCoreApplication::removeTranslator(&en);

        // Every message of both catalogues is translated: nothing unfinished, nothing empty.
        for (const char *name : {"fazhi_zh_CN.ts", "fazhi_en.ts"}) {
            QFile f(QStringLiteral(FAZHI_SOURCE_DIR "/translations/") + QLatin1String(name));
            QVERIFY2(f.open(QIODevice::ReadOnly), name);
            QXmlStreamReader xml(&f);
            int messages = 0;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("translation"))
                    continue;
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                QVERIFY2(type.isEmpty(), qPrintable(QStringLiteral("%1: a %2 message near line %3").arg(QLatin1String(name), type).arg(xml.lineNumber())));
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                QVERIFY2(!text.trimmed().isEmpty(), qPrintable(QStringLiteral("%1: empty translation near line %2").arg(QLatin1String(name)).arg(xml.lineNumber())));
            }
            QVERIFY(!xml.hasError());
            QVERIFY(messages > 250);
        }
    }
    void upgradesAnOlderLibraryOffTheWindowsThread()
    {
        // A library of schema version 4 (before the search index lost its positions), with one
        // report in it.
        const QString old = tmp.filePath(QStringLiteral("v4.sqlite"));
        const QString built = createOlderLibrary(old, 4, olderReportRows(7, QStringLiteral("从化区"), QStringLiteral("全年收到行政復議申請十二件")));
        QVERIFY2(built.isEmpty(), qPrintable(built));
        QCOMPARE(Database::storedSchemaVersion(old), 4);
        QCOMPARE(Database::storedSchemaVersion(tmp.filePath(QStringLiteral("absent.sqlite"))), -1);
        QCOMPARE(Database::storedSchemaVersion(QStringLiteral("postgresql://a@b:5432/c")), -1);

        const QString before = session.location();
        QVERIFY(window->openDatabase(old, false));
        QCOMPARE(session.location(), old);
        QCOMPARE(session.database().schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(Database::storedSchemaVersion(old), Database::kSchemaVersion);
        // The search index was written again, folded: a simplified query finds the traditional text.
        QCOMPARE(session.store().search(QStringLiteral("行政复议申请")), QVector<qint64>{7});
        QTRY_VERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("upgraded from schema version 4")),
                     qPrintable(window->statusBar()->currentMessage()));
        // Current libraries open without an upgrade or its message.
        window->statusBar()->clearMessage();
        QVERIFY(window->openDatabase(before, false));
        QCoreApplication::processEvents();
        QVERIFY(window->statusBar()->currentMessage().isEmpty());
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
