#pragma once
// SQL functions that the library's SQLite connections carry for full-text search.
#include <QString>

struct sqlite3;

namespace fz {

// Registers fz_has_phrase(text, folded) on the connection: 1 when the text, folded (simplified,
// half-width), contains `folded`, else 0. The trigram index knows only which reports hold each
// trigram of a phrase; this checks that they stand together.
bool registerSearchFunctions(sqlite3 *db, QString *error);

} // namespace fz
