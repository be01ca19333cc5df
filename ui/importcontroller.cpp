#include "importcontroller.h"
#include "librarysession.h"

#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QThread>

namespace fz {

ImportController::ImportController(LibrarySession *session, QStatusBar *statusBar, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_parent(dialogParent)
{
    m_label = new QLabel(statusBar);
    m_bar = new QProgressBar(statusBar);
    m_bar->setMaximumWidth(240);
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_cancel = new QPushButton(tr("Cancel import"), statusBar);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    statusBar->addPermanentWidget(m_label);
    statusBar->addPermanentWidget(m_bar);
    statusBar->addPermanentWidget(m_cancel);
    for (QWidget *w : {static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_bar), static_cast<QWidget *>(m_cancel)})
        w->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ImportController::cancel);
}

ImportController::~ImportController()
{
    if (m_thread) {
        m_job->cancel();
        m_thread->quit();
        m_thread->wait();
    }
}

bool ImportController::start(const QStringList &paths)
{
    if (m_thread || !m_session->isOpen() || paths.isEmpty())
        return false;
    m_job = new ImportJob(m_session->location(), paths);
    m_thread = new QThread(this);
    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, [job = m_job] { job->run(); });
    connect(m_job, &ImportJob::started, this, [this](int total) {
        m_bar->setRange(0, qMax(1, total));
        m_bar->setValue(0);
    }, Qt::QueuedConnection);
    connect(m_job, &ImportJob::progress, this, [this](int done, int total, const QString &file) {
        m_bar->setRange(0, qMax(1, total));
        m_bar->setValue(done);
        m_label->setText(tr("Importing %1 of %2: %3").arg(done).arg(total).arg(QFileInfo(file).fileName()));
        if (done % 50 == 0)
            m_session->notifyLibraryChanged(); // the library fills in as the import goes
    }, Qt::QueuedConnection);
    connect(m_job, &ImportJob::finished, this, &ImportController::done, Qt::QueuedConnection);
    m_label->setText(tr("Preparing import…"));
    for (QWidget *w : {static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_bar), static_cast<QWidget *>(m_cancel)})
        w->show();
    m_cancel->setEnabled(true);
    m_thread->start();
    return true;
}

void ImportController::cancel()
{
    if (m_job) {
        m_job->cancel();
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling after the current report…"));
    }
}

void ImportController::done(const ImportSummary &s)
{
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_job->deleteLater();
    m_thread = nullptr;
    m_job = nullptr;
    m_last = s;
    for (QWidget *w : {static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_bar), static_cast<QWidget *>(m_cancel)})
        w->hide();
    m_session->notifyLibraryChanged();
    Q_EMIT finished(s);
    if (!m_showSummary)
        return;
    if (!s.fatal.isEmpty()) {
        QMessageBox::critical(m_parent, tr("Import failed"), s.fatal);
        return;
    }
    QString text = tr("Imported %n report(s).", nullptr, s.added);
    if (s.duplicates)
        text += QLatin1Char(' ') + tr("%n already in the library (same text).", nullptr, s.duplicates);
    if (s.cancelled)
        text += QLatin1Char(' ') + tr("Cancelled: the remaining files were not imported.");
    QMessageBox box(s.failed ? QMessageBox::Warning : QMessageBox::Information, tr("Import"), text, QMessageBox::Ok, m_parent);
    if (s.failed) {
        box.setInformativeText(tr("%n file(s) could not be imported; see the details.", nullptr, s.failed));
        QStringList lines;
        for (const ImportProblem &p : s.failures)
            lines << QStringLiteral("%1: %2").arg(p.path, p.reason);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
    }
    box.exec();
}

} // namespace fz
