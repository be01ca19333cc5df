// fazhi copy --from DB --to DB: a whole library between SQLite and PostgreSQL, verified by row
// counts and checksums. DB is a file or postgresql://user@host:port/dbname.
#include "clicommon.h"
#include "commands.h"
#include "database.h"
#include "librarycopy.h"

namespace fz::cli {

int runCopy(const QStringList &argv)
{
    const Args a = parseArgs(argv, {QStringLiteral("from"), QStringLiteral("to")}, {});
    if (!a.error.isEmpty() || !a.has(QStringLiteral("from")) || !a.has(QStringLiteral("to"))) {
        fail(a.error.isEmpty() ? QStringLiteral("usage: fazhi copy --from DB --to DB") : a.error);
        return 2;
    }
    QString error;
    auto from = openLibrary(a.value(QStringLiteral("from")), Database::Mode::ReadOnly, &error);
    if (!from) { fail(error); return 1; }
    auto to = openLibrary(a.value(QStringLiteral("to")), Database::Mode::ReadWrite, &error);
    if (!to) { fail(error); return 1; }
    const CopySummary s = copyLibrary(*from, *to, [](qint64 done, qint64 total) {
        err() << "\rcopied " << done << " of " << total << " reports" << Qt::flush;
    });
    err() << Qt::endl;
    if (!s.ok()) {
        fail(s.error);
        return 1;
    }
    out() << "copied " << s.reports << " reports, " << s.mentions << " mentions, " << s.annotations
          << " annotations; verified (checksum " << s.checksum.left(16) << ")\n";
    out().flush();
    return 0;
}

} // namespace fz::cli
