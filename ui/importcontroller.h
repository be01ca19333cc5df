#pragma once
// Runs an import off the GUI thread: a progress bar and a cancel button in the status bar, and
// a summary of what was imported and what failed and why.
#include "importjob.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;
class QThread;
class QWidget;

namespace fz {

class LibrarySession;

class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(LibrarySession *session, QStatusBar *statusBar, QWidget *dialogParent);
    ~ImportController() override;

    bool isRunning() const { return m_thread != nullptr; }
    // Starts importing into the open library; false if one is already running.
    bool start(const QStringList &paths);
    void cancel();
    // When false, the summary is not shown in a dialog (tests, scripted use).
    void setShowSummary(bool show) { m_showSummary = show; }
    ImportSummary lastSummary() const { return m_last; }

Q_SIGNALS:
    void finished(const fz::ImportSummary &summary);

private:
    void done(const ImportSummary &summary);

    LibrarySession *m_session;
    QWidget *m_parent;
    QProgressBar *m_bar;
    QLabel *m_label;
    QPushButton *m_cancel;
    QThread *m_thread = nullptr;
    ImportJob *m_job = nullptr;
    ImportSummary m_last;
    bool m_showSummary = true;
};

} // namespace fz
