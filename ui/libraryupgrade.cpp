#include "libraryupgrade.h"
#include "database.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <memory>

namespace fz {

bool LibraryUpgrade::runIfNeeded(const QString &location, QWidget *parent, QString *error, int *fromVersion)
{
    const int stored = Database::storedSchemaVersion(location);
    if (fromVersion)
        *fromVersion = stored;
    if (!Database::needsUpgrade(stored))
        return true; // new, current, newer (open() explains that), or not SQLite
    QProgressDialog progress(tr("Upgrading the library for this version of the workbench (schema %1 → %2)…\n%3")
                                 .arg(stored).arg(Database::kSchemaVersion).arg(location),
                             QString(), 0, 0, parent);
    progress.setWindowTitle(tr("Upgrading library"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setCancelButton(nullptr); // a step stops only at its end; the dialog closes then
    bool ok = false;
    QString why;
    // The worker's connection is opened, used and closed on the worker's thread.
    std::unique_ptr<QThread> worker(QThread::create([&] {
        ok = Database::open(location, Database::Mode::ReadWrite, &why) != nullptr;
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    progress.reset();
    if (!ok && error)
        *error = why;
    return ok;
}

} // namespace fz
