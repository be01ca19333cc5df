#pragma once
// The workbench window: the library and the open report side by side, the comparison views in
// tabs, menus with shortcuts, drag-and-drop import, undo/redo, and a layout it remembers.
#include <QMainWindow>

class QSplitter;
class QTabWidget;
class QUndoStack;
class QLabel;
class QAction;

namespace fz {

class ComparisonView;
class ImportController;
class LibraryPanel;
class MatrixView;
class SideBySideView;
class LibrarySession;
class ReportPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(LibrarySession *session, QUndoStack *undo, QWidget *parent = nullptr);
    ~MainWindow() override;

    LibraryPanel *library() const { return m_library; }
    ReportPanel *reportPanel() const { return m_report; }
    ImportController *importer() const { return m_import; }
    QTabWidget *tabs() const { return m_tabs; }
    ComparisonView *comparison() const { return m_compare; }
    MatrixView *matrix() const { return m_matrix; }
    SideBySideView *sideBySide() const { return m_sideBySide; }
    // Opens a report with the span (code points) selected and in view: where a value came from.
    void openReportAt(qint64 id, int start, int end);

    // Opens a library file; when interactive, failures are shown in a message box.
    bool openDatabase(const QString &path, bool interactive = true);
    bool importPaths(const QStringList &paths);
    void openReport(qint64 id);
    // Restores window layout, the last library and report from the settings.
    void restoreSession();
    // Whether to ask about the demo corpus when the library is empty (off in tests).
    void setOfferDemo(bool offer) { m_offerDemo = offer; }
    // The application's name in the interface language (法治报告分析工作台 / Fazhi Workbench).
    static QString applicationTitle();
    // The size and place of the window when no layout was saved: about 1400×900, centred.
    void applyDefaultLayout();

Q_SIGNALS:
    void languageChangeRequested(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void newDatabase();
    void openDatabaseDialog();
    void openTeamLibraryDialog();
    void importFiles();
    void importFolder();
    void exportIndicators();
    void exportAnnotations();
    void loadDemoCorpus();
    void maybeOfferDemo();
    void scheduleDemoOffer();
    void about();
    void compareSideBySide();
    void updateTitle();
    void saveSettings();

    LibrarySession *m_session;
    QUndoStack *m_undo;
    QTabWidget *m_tabs;
    QSplitter *m_split;
    LibraryPanel *m_library;
    ReportPanel *m_report;
    ComparisonView *m_compare;
    MatrixView *m_matrix;
    SideBySideView *m_sideBySide;
    ImportController *m_import;
    QLabel *m_status;
    QAction *m_languageZh = nullptr;
    QAction *m_languageEn = nullptr;
    bool m_offerDemo = true;
    bool m_demoOfferPending = false;
};

} // namespace fz
