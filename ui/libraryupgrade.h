#pragma once
// Upgrading an older library before the workbench opens it: the migration (a new search index
// over every report, say) runs on its own thread and connection while a progress dialog shows
// what is happening, instead of a window that stops answering for a minute.
#include <QCoreApplication>
#include <QString>

class QWidget;

namespace fz {

class LibraryUpgrade
{
    Q_DECLARE_TR_FUNCTIONS(LibraryUpgrade)

public:
    // Upgrades the SQLite library at `location` when it holds an older schema; true when it is
    // now current or needs nothing (new, current, PostgreSQL). On failure sets *error (the
    // library is left at its last complete version: each step commits whole).
    static bool runIfNeeded(const QString &location, QWidget *parent, QString *error, int *fromVersion = nullptr);
};

} // namespace fz
