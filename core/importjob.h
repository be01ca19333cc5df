#pragma once
// Importing files and folders into the library: files are read, analysed and turned into rows
// on a thread pool (every core), then written in order through one connection, in batches of
// reports that are each whole or absent (a savepoint per report). Reports progress, recognises
// texts already imported, goes on past bad files, and can be cancelled between reports (nothing
// is half-written).
#include <QAtomicInt>
#include <QObject>
#include <QStringList>
#include <QVector>

namespace fz {

struct ImportProblem {
    QString path;
    QString reason;
};

struct ImportSummary {
    int total = 0;
    int added = 0;
    int duplicates = 0;
    int failed = 0;
    bool cancelled = false;
    QString fatal;                     // the database could not be used at all
    QVector<ImportProblem> failures;
    QVector<ImportProblem> duplicateOf; // reason: the path of the copy already in the library
    QVector<qint64> addedIds;
    bool ok() const { return fatal.isEmpty() && failed == 0; }
};

class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(const QString &databaseLocation, const QStringList &paths, QObject *parent = nullptr);

    // Files to import from the given paths: folders are walked recursively for supported types.
    // Paths that are missing or of unsupported type are returned as problems.
    static QStringList collectFiles(const QStringList &paths, QVector<ImportProblem> *problems);

    // Runs to the end (or until cancelled) in the calling thread, which owns the connection.
    ImportSummary run();

    // Safe from any thread.
    void cancel() { m_cancel.storeRelease(1); }
    bool isCancelled() const { return m_cancel.loadAcquire() != 0; }

    void setThreadCount(int n) { m_threads = n; }

Q_SIGNALS:
    void started(int total);
    void progress(int done, int total, const QString &currentFile);
    void fileFailed(const QString &path, const QString &reason);
    void finished(const fz::ImportSummary &summary);

private:
    QString m_location;
    QStringList m_paths;
    QAtomicInt m_cancel;
    int m_threads = 0;
};

} // namespace fz

Q_DECLARE_METATYPE(fz::ImportSummary)
