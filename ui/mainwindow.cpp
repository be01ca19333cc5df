#include "mainwindow.h"
#include "pdfreader.h"
#include "comparisonview.h"
#include "csvwriter.h"
#include "matrixview.h"
#include "sidebysideview.h"
#include "democorpus.h"
#include "importcontroller.h"
#include "indicatorstyle.h"
#include "librarymodel.h"
#include "librarypanel.h"
#include "librarysession.h"
#include "libraryupgrade.h"
#include "readerview.h"
#include "reportpanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

namespace fz {

MainWindow::MainWindow(LibrarySession *session, QUndoStack *undo, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_undo(undo)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    registerPdfReader(); // the workbench reads every format the command line reads
    m_library = new LibraryPanel(session, this);
    m_report = new ReportPanel(session, undo, this);
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("mainSplitter"));
    m_split->addWidget(m_library);
    m_split->addWidget(m_report);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    m_split->setChildrenCollapsible(false);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_split, tr("Reports"));
    m_compare = new ComparisonView(session, this);
    m_matrix = new MatrixView(session, this);
    m_sideBySide = new SideBySideView(session, this);
    m_tabs->addTab(m_compare, tr("Compare"));
    m_tabs->addTab(m_matrix, tr("Matrix"));
    m_tabs->addTab(m_sideBySide, tr("Side by side"));
    m_tabs->setTabToolTip(0, tr("The library and the open report (Ctrl+1)"));
    m_tabs->setTabToolTip(1, tr("Charts across regions and years (Ctrl+2)"));
    m_tabs->setTabToolTip(2, tr("Regions × years for one indicator (Ctrl+3)"));
    m_tabs->setTabToolTip(3, tr("Two to four reports side by side (Ctrl+4)"));
    // The keyboard follows the tab: its main control takes the focus unless it already is inside.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        QWidget *page = m_tabs->currentWidget();
        if (page && !page->isAncestorOf(QApplication::focusWidget()))
            (page == m_split ? static_cast<QWidget *>(m_library) : page)->setFocus();
    });
    connect(m_compare, &ComparisonView::openReportAt, this, &MainWindow::openReportAt);
    connect(m_matrix, &MatrixView::openReportAt, this, &MainWindow::openReportAt);
    setCentralWidget(m_tabs);
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    m_import = new ImportController(session, statusBar(), this);
    buildMenus();

    connect(m_library, &LibraryPanel::reportActivated, m_report, &ReportPanel::openReport);
    connect(m_report, &ReportPanel::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 6000); });
    connect(m_import, &ImportController::finished, this, [this](const ImportSummary &s) {
        if (s.fatal.isEmpty())
            statusBar()->showMessage(tr("Import finished: %n report(s) added.", nullptr, s.added), 8000);
    });
    connect(session, &LibrarySession::opened, this, &MainWindow::updateTitle);
    connect(session, &LibrarySession::libraryChanged, this, &MainWindow::updateTitle);
    connect(m_import, &ImportController::finished, this, [this] { m_undo->clear(); });
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New library…"), QKeySequence::New, this, &MainWindow::newDatabase);
    file->addAction(tr("&Open library…"), QKeySequence::Open, this, &MainWindow::openDatabaseDialog);
    file->addAction(tr("Open &team library (PostgreSQL)…"), this, &MainWindow::openTeamLibraryDialog);
    file->addSeparator();
    file->addAction(tr("&Import files…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::importFiles);
    file->addAction(tr("Import &folder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this, &MainWindow::importFolder);
    file->addAction(tr("Load the &demo corpus"), this, &MainWindow::loadDemoCorpus);
    file->addSeparator();
    file->addAction(tr("&Export indicator values (CSV)…"), this, &MainWindow::exportIndicators);
    file->addAction(tr("Export &annotations (CSV)…"), this, &MainWindow::exportAnnotations);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addActions(m_report->editActions());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Back to the &reports"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] { m_tabs->setCurrentIndex(0); });
    view->addAction(tr("&Compare regions and years"), QKeySequence(Qt::CTRL | Qt::Key_2), this, [this] { m_tabs->setCurrentWidget(m_compare); });
    view->addAction(tr("&Matrix"), QKeySequence(Qt::CTRL | Qt::Key_3), this, [this] { m_tabs->setCurrentWidget(m_matrix); });
    view->addAction(tr("&Side by side"), QKeySequence(Qt::CTRL | Qt::Key_4), this, [this] { m_tabs->setCurrentWidget(m_sideBySide); });
    view->addAction(tr("Compare selected reports side &by side"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                    &MainWindow::compareSideBySide);
    view->addSeparator();
    view->addAction(m_report->nextAction());
    view->addAction(m_report->previousAction());
    view->addSeparator();
    view->addAction(tr("&Find in library"), QKeySequence::Find, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_library->focusSearch();
    });
    view->addAction(tr("Go to the rea&der"), QKeySequence(Qt::CTRL | Qt::Key_R), this, [this] {
        m_tabs->setCurrentIndex(0);
        m_report->reader()->setFocus();
    });

    // Each language is named in itself, so that it can be found whatever the interface shows.
    QMenu *language = menuBar()->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    QAction *zh = language->addAction(QStringLiteral("中文（简体）"));
    QAction *en = language->addAction(QStringLiteral("English"));
    for (QAction *a : {zh, en}) {
        a->setCheckable(true);
        languages->addAction(a);
    }
    (IndicatorStyle::language() == QLatin1String("zh") ? zh : en)->setChecked(true);
    auto switchTo = [this](const QString &language) {
        if (IndicatorStyle::language() == language.left(2))
            return;
        if (m_import->isRunning()) {
            statusBar()->showMessage(tr("The language can change once the import has finished."), 6000);
            (IndicatorStyle::language() == QLatin1String("zh") ? m_languageZh : m_languageEn)->setChecked(true);
            return;
        }
        Q_EMIT languageChangeRequested(language);
    };
    connect(zh, &QAction::triggered, this, [switchTo] { switchTo(QStringLiteral("zh_CN")); });
    connect(en, &QAction::triggered, this, [switchTo] { switchTo(QStringLiteral("en")); });
    m_languageZh = zh;
    m_languageEn = en;

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Fazhi Workbench"), this, &MainWindow::about);

    // Editing shortcuts work from anywhere in the window, not only inside the reader.
    for (QAction *a : m_report->editActions() + QList<QAction *>{m_report->nextAction(), m_report->previousAction()})
        a->setShortcutContext(Qt::WindowShortcut);
    m_report->verifyAction()->setShortcutContext(Qt::WidgetWithChildrenShortcut); // Space types in search boxes
    m_report->rejectAction()->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

QString MainWindow::applicationTitle()
{
    return tr("Fazhi Workbench");
}

void MainWindow::updateTitle()
{
    // "library.sqlite — 法治报告分析工作台": ends with the application's display name, which Qt
    // would otherwise append a second time on X11 and Windows.
    const QString where = m_session->isOpen() ? QFileInfo(m_session->location()).fileName() : tr("no library");
    setWindowTitle(QStringLiteral("%1 — %2").arg(where, applicationTitle()));
    if (!m_session->isOpen()) {
        m_status->setText(tr("No library open: File → Open library (Ctrl+O), or File → New library (Ctrl+N)."));
        m_status->setToolTip(QString());
        return;
    }
    const int count = m_session->store().count();
    m_status->setText(tr("Library %1 · %n report(s)", nullptr, count).arg(QFileInfo(m_session->location()).fileName()));
    m_status->setToolTip(QDir::toNativeSeparators(m_session->location()));
}

void MainWindow::compareSideBySide()
{
    QVector<qint64> ids;
    for (qint64 id : m_library->selectedReports()) ids << id;
    if (ids.size() >= 2) {
        m_sideBySide->setReports(ids);
        if (ids.size() > 4)
            statusBar()->showMessage(tr("Side by side shows at most 4 reports: the first 4 of the %1 selected.").arg(ids.size()), 8000);
        else
            statusBar()->showMessage(tr("Comparing %n report(s) side by side.", nullptr, int(ids.size())), 6000);
    } else if (m_report->reportId()) {
        m_sideBySide->addReport(m_report->reportId());
        const int shown = int(m_sideBySide->reports().size());
        statusBar()->showMessage(shown < 2 ? tr("Added the open report. Open another report and press Ctrl+Shift+C again, "
                                                "or select 2 to 4 reports in the library.")
                                           : tr("Added the open report: %n report(s) side by side.", nullptr, shown),
                                 8000);
    } else {
        statusBar()->showMessage(tr("Select 2 to 4 reports in the library first (Ctrl+click or Shift+click)."), 8000);
    }
    m_tabs->setCurrentWidget(m_sideBySide);
}

bool MainWindow::openDatabase(const QString &path, bool interactive)
{
    if (m_import->isRunning()) {
        if (interactive)
            QMessageBox::information(this, tr("Open library"), tr("Wait for the import to finish, or cancel it."));
        return false;
    }
    QString error;
    int storedVersion = -1;
    if (!LibraryUpgrade::runIfNeeded(path, this, &error, &storedVersion) || !m_session->open(path, &error)) {
        if (interactive)
            QMessageBox::warning(this, tr("Open library"), tr("The library could not be opened and was left untouched:\n%1").arg(error));
        return false;
    }
    // Said once the window is on screen: a message shown while it is still hidden (a library
    // opened at start-up) would be drawn over the library's label.
    if (Database::needsUpgrade(storedVersion))
        QTimer::singleShot(0, this, [this, storedVersion] {
            statusBar()->showMessage(tr("Library upgraded from schema version %1 to %2.").arg(storedVersion).arg(Database::kSchemaVersion), 10000);
        });
    m_undo->clear();
    QSettings().setValue(QStringLiteral("library/lastDatabase"), path);
    if (interactive)
        scheduleDemoOffer();
    return true;
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New library"), QDir::homePath() + QStringLiteral("/fazhi-library.sqlite"),
                                                      tr("Fazhi libraries (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0) {
        QMessageBox::warning(this, tr("New library"), tr("%1 already exists; open it instead, or choose another name.").arg(path));
        return;
    }
    openDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open library"), QFileInfo(m_session->location()).absolutePath(),
                                                      tr("Fazhi libraries (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::openTeamLibraryDialog()
{
    // A shared library on a PostgreSQL server; the password never goes into the address.
    const QString current = m_session->location().startsWith(QLatin1String("postgresql://")) ? m_session->location() : QString();
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Open team library"),
                                              tr("Address of the PostgreSQL database, for example\n"
                                                 "postgresql://analyst@server.example:5432/fazhi\n"
                                                 "The password comes from the PGPASSWORD variable or ~/.pgpass."),
                                              QLineEdit::Normal, current.isEmpty() ? QStringLiteral("postgresql://") : current, &ok)
                              .trimmed();
    if (ok && !url.isEmpty() && url != QLatin1String("postgresql://"))
        openDatabase(url);
}

bool MainWindow::importPaths(const QStringList &paths)
{
    if (!m_session->isOpen()) {
        QMessageBox::information(this, tr("Import"), tr("Open or create a library first."));
        return false;
    }
    if (m_import->isRunning()) {
        statusBar()->showMessage(tr("An import is already running."), 5000);
        return false;
    }
    return m_import->start(paths);
}

void MainWindow::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import reports"), QDir::homePath(),
                                                            tr("Reports (*.txt *.html *.htm *.shtml *.pdf *.docx);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::importFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder of reports"), QDir::homePath());
    if (!dir.isEmpty())
        importPaths({dir});
}

void MainWindow::loadDemoCorpus()
{
    if (!m_session->isOpen())
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-corpus");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = DemoCorpus::write(DemoCorpus::generate(), dir, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("Demo corpus"), tr("The demo corpus could not be written: %1").arg(error));
        return;
    }
    importPaths({dir});
}

void MainWindow::scheduleDemoOffer()
{
    // Asked once the window is on screen, and once however many times a library was opened.
    if (m_demoOfferPending)
        return;
    m_demoOfferPending = true;
    QTimer::singleShot(0, this, [this] {
        m_demoOfferPending = false;
        maybeOfferDemo();
    });
}

void MainWindow::maybeOfferDemo()
{
    if (!m_offerDemo || !m_session->isOpen() || m_import->isRunning() || m_session->store().count() > 0)
        return;
    QSettings settings;
    if (settings.value(QStringLiteral("demo/declined")).toBool())
        return;
    const auto answer = QMessageBox::question(
        this, tr("An empty library"),
        tr("This library holds no reports yet. Load a demo corpus of synthetic reports (districts of several "
           "provinces, 2015–2024) so that you can try the reader and the charts at once?\n\n"
           "You can also import your own reports with File → Import, or by dropping files on this window."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        loadDemoCorpus();
    else
        settings.setValue(QStringLiteral("demo/declined"), true);
}

void MainWindow::exportIndicators()
{
    if (!m_session->isOpen())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export indicator values"), QDir::homePath() + QStringLiteral("/indicators.csv"),
                                                      tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    CsvWriter w;
    w.row({tr("report"), tr("region"), tr("within"), tr("level"), tr("year"), tr("key"), tr("indicator"), tr("value"), tr("unit"),
           tr("headline"), tr("verified"), tr("source"), tr("sentence")});
    for (const ReportSummary &r : m_session->store().list())
        for (const StoredMention &m : m_session->store().mentions(r.id))
            if (m.active())
                w.row({QString::number(r.id), r.region, r.parents.join(u'/'), r.level, r.year ? QString::number(r.year) : QString(),
                       m.key, IndicatorStyle::name(m.key), QString::number(m.value, 'g', 15), m.unit, m.headline ? QStringLiteral("1") : QStringLiteral("0"),
                       m.verified ? QStringLiteral("1") : QStringLiteral("0"), m.source, m.sentence});
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(w.bytes()) < 0)
        QMessageBox::warning(this, tr("Export"), tr("Could not write %1: %2").arg(path, f.errorString()));
    else
        statusBar()->showMessage(tr("Exported to %1").arg(path), 6000);
}

void MainWindow::exportAnnotations()
{
    if (!m_session->isOpen())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export annotations"), QDir::homePath() + QStringLiteral("/annotations.csv"),
                                                      tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    CsvWriter w;
    w.row({tr("annotation"), tr("report"), tr("region"), tr("year"), tr("start"), tr("end"), tr("text"), tr("note"), tr("colour")});
    for (const Annotation &a : m_session->edits().allAnnotations()) {
        const auto r = m_session->store().report(a.reportId);
        if (!r) continue;
        const OffsetMap map(r->text);
        const int s = map.toUtf16(a.start), e = map.toUtf16(a.end);
        w.row({QString::number(a.id), QString::number(a.reportId), r->summary.region, QString::number(r->summary.year),
               QString::number(a.start), QString::number(a.end), r->text.mid(s, e - s), a.note, a.color});
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(w.bytes()) < 0)
        QMessageBox::warning(this, tr("Export"), tr("Could not write %1: %2").arg(path, f.errorString()));
    else
        statusBar()->showMessage(tr("Exported to %1").arg(path), 6000);
}

void MainWindow::openReportAt(qint64 id, int start, int end)
{
    openReport(id);
    m_report->reader()->goToSpan(start, end);
    m_report->reader()->setFocus();
    if (m_report->reportId() == id)
        statusBar()->showMessage(tr("Opened the report at the sentence the value came from."), 6000);
}

void MainWindow::openReport(qint64 id)
{
    m_tabs->setCurrentIndex(0);
    if (!m_library->selectReport(id))
        m_report->openReport(id); // hidden by the filter: open it anyway
}

void MainWindow::about()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Fazhi Workbench"));
    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull())
        box.setIconPixmap(icon.pixmap(96, 96));
    box.setTextFormat(Qt::RichText);
    box.setText(QStringLiteral("<h3 style='margin-bottom:2px'>法治报告分析工作台</h3><b>Fazhi Workbench</b> %1")
                    .arg(tr("version %1").arg(QStringLiteral(FAZHI_VERSION))));
    box.setInformativeText(
        tr("<p>Reads Chinese local governments' yearly rule-of-law reports, extracts the figures analysts compare "
           "(administrative reconsideration, penalties and fines, lawsuits, officials appearing in court, "
           "inspections…) and keeps every value linked to the sentence it came from.</p>"
           "<p>Compare regions and years in charts, a matrix, or reports side by side; verify, correct and "
           "annotate values, with undo.</p>") +
        QStringLiteral("<p style='color:gray'>%1<br/>%2</p>")
            .arg(m_session->isOpen() ? tr("Library: %1").arg(QDir::toNativeSeparators(m_session->location()).toHtmlEscaped())
                                     : tr("No library open"),
                 tr("Built with Qt %1.").arg(QString::fromLatin1(qVersion()))));
    box.setStandardButtons(QMessageBox::Ok);
    box.exec();
}

void MainWindow::applyDefaultLayout()
{
    const QScreen *s = screen() ? screen() : QGuiApplication::primaryScreen();
    const QRect available = s ? s->availableGeometry() : QRect(0, 0, 1600, 1000);
    const QSize size(qMin(1400, available.width() * 92 / 100), qMin(900, available.height() * 92 / 100));
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    // The library gets what its columns need, up to half; the report, its text and values the rest.
    const int library = qBound(size.width() * 40 / 100, m_library->preferredWidth(), size.width() / 2);
    m_split->setSizes({library, size.width() - library});
    m_report->splitter()->setSizes({size.height() * 60 / 100, size.height() * 40 / 100});
}

void MainWindow::restoreSession()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        applyDefaultLayout();
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_split->restoreState(s.value(QStringLiteral("window/split")).toByteArray());
    m_report->splitter()->restoreState(s.value(QStringLiteral("reader/split")).toByteArray());
    if (!m_session->isOpen()) {
        const QString last = s.value(QStringLiteral("library/lastDatabase"), Database::defaultLocation()).toString();
        if (!openDatabase(last, false) && last != Database::defaultLocation())
            openDatabase(Database::defaultLocation(), true);
    }
    const qint64 lastReport = s.value(QStringLiteral("library/lastReport")).toLongLong();
    if (lastReport && m_session->isOpen() && m_session->store().report(lastReport))
        openReport(lastReport);
    // Arrow keys browse the library from the start; Ctrl+F searches, Ctrl+R goes to the text.
    m_library->view()->setFocus();
    scheduleDemoOffer();
}

void MainWindow::saveSettings()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/split"), m_split->saveState());
    s.setValue(QStringLiteral("reader/split"), m_report->splitter()->saveState());
    if (m_session->isOpen())
        s.setValue(QStringLiteral("library/lastDatabase"), m_session->location());
    s.setValue(QStringLiteral("library/lastReport"), m_report->reportId());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_import->isRunning()) {
        const auto answer = QMessageBox::question(this, tr("Import running"),
                                                  tr("An import is running. Cancel it and quit? Reports imported so far are kept."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_import->cancel();
    }
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &u : event->mimeData()->urls())
        if (u.isLocalFile())
            paths << u.toLocalFile();
    if (!paths.isEmpty() && importPaths(paths))
        event->acceptProposedAction();
}

} // namespace fz
