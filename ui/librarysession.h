#pragma once
// The open library as the workbench sees it: the main-thread connection, its store and edits,
// and signals that tell every view what changed.
#include "database.h"
#include "reportedits.h"
#include "reportstore.h"

#include <QObject>
#include <memory>

namespace fz {

class LibrarySession : public QObject
{
    Q_OBJECT
public:
    explicit LibrarySession(QObject *parent = nullptr);
    ~LibrarySession() override;

    // Opens (or creates) a library; on failure keeps the current one and sets *error.
    bool open(const QString &location, QString *error);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString location() const { return m_db ? m_db->location() : QString(); }

    Database &database() { return *m_db; }
    ReportStore &store() { return *m_store; }
    ReportEdits &edits() { return *m_edits; }

    // Views call these after a change so that every other view refreshes.
    void notifyReportChanged(qint64 reportId) { Q_EMIT reportChanged(reportId); }
    void notifyLibraryChanged() { Q_EMIT libraryChanged(); }

Q_SIGNALS:
    void opened(const QString &location);
    void closed();
    void libraryChanged();             // reports added, removed or re-extracted
    void reportChanged(qint64 reportId); // a report's mentions, annotations or metadata

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReportStore> m_store;
    std::unique_ptr<ReportEdits> m_edits;
};

} // namespace fz
