#include "searchfunctions.h"
#include "textfold.h"

#include <sqlite3.h>
#include <cstring>
#include <string_view>

namespace fz {

namespace {

std::string_view argText(sqlite3_value *v)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(v));
    return p ? std::string_view(p, size_t(sqlite3_value_bytes(v))) : std::string_view();
}

void hasPhrase(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    const std::string_view text = argText(argv[0]);
    const std::string_view needle = argText(argv[1]);
    // Most reports are written in simplified characters: the phrase as it stands is found
    // without decoding anything.
    if (text.find(needle) != std::string_view::npos) {
        sqlite3_result_int(ctx, 1);
        return;
    }
    const QString folded = fold(QString::fromUtf8(text.data(), qsizetype(text.size())));
    const QString phrase = QString::fromUtf8(needle.data(), qsizetype(needle.size()));
    sqlite3_result_int(ctx, folded.contains(phrase) ? 1 : 0);
}

} // namespace

bool registerSearchFunctions(sqlite3 *db, QString *error)
{
    const int rc = sqlite3_create_function_v2(db, "fz_has_phrase", 2,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                              nullptr, &hasPhrase, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

} // namespace fz
