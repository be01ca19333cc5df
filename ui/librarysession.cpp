#include "librarysession.h"

namespace fz {

LibrarySession::LibrarySession(QObject *parent) : QObject(parent) {}

LibrarySession::~LibrarySession() = default;

bool LibrarySession::open(const QString &location, QString *error)
{
    std::unique_ptr<Database> db = Database::open(location, Database::Mode::ReadWrite, error);
    if (!db)
        return false;
    close();
    m_db = std::move(db);
    m_store = std::make_unique<ReportStore>(*m_db);
    m_edits = std::make_unique<ReportEdits>(*m_db);
    Q_EMIT opened(location);
    Q_EMIT libraryChanged();
    return true;
}

void LibrarySession::close()
{
    if (!m_db)
        return;
    m_edits.reset();
    m_store.reset();
    m_db.reset();
    Q_EMIT closed();
}

} // namespace fz
