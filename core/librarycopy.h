#pragma once
// Moving a library: every report, mention and annotation copied with its id between SQLite and
// PostgreSQL (either way), in one transaction, then verified by row counts and a checksum of
// each table's contents on both sides.
#include "database.h"

#include <QString>
#include <functional>

namespace fz {

struct CopySummary {
    qint64 reports = 0, mentions = 0, annotations = 0;
    QString checksum;   // of the destination, equal to the source's
    QString error;      // empty when copied and verified
    bool ok() const { return error.isEmpty(); }
};

// The destination must be empty. progress(done, total) is called as reports are copied.
CopySummary copyLibrary(Database &from, Database &to, const std::function<void(qint64, qint64)> &progress = {});

// A checksum of a library's contents (every table, ordered by id), the same whatever the backend.
QString libraryChecksum(Database &db, QString *error = nullptr);

} // namespace fz
