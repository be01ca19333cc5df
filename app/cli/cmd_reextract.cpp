// fazhi reextract [--db PATH] [--report ID]: re-runs the current catalogue over stored reports,
// keeping every manual edit and verification.
#include "clicommon.h"
#include "commands.h"
#include "database.h"
#include "reportstore.h"

namespace fz::cli {

int runReextract(const QStringList &argv)
{
    const Args args = parseArgs(argv, {QStringLiteral("db"), QStringLiteral("report")}, {});
    if (!args.error.isEmpty() || !args.positional.isEmpty()) {
        fail(args.error.isEmpty() ? QStringLiteral("usage: fazhi reextract [--db PATH] [--report ID]") : args.error);
        return 2;
    }
    QString error;
    auto db = openLibrary(databaseLocation(args), Database::Mode::ReadWrite, &error);
    if (!db) {
        fail(error);
        return 1;
    }
    ReportStore store(*db);
    QVector<qint64> ids;
    if (args.has(QStringLiteral("report")))
        ids = {args.value(QStringLiteral("report")).toLongLong()};
    else
        ids = store.reportIds();
    const IndicatorExtractor extractor;
    int failed = 0;
    for (qint64 id : ids) {
        if (!store.reextract(id, extractor, &error)) {
            ++failed;
            err() << "fazhi: report " << id << ": " << error << Qt::endl;
        }
    }
    out() << "re-extracted " << (ids.size() - failed) << " report" << (ids.size() - failed == 1 ? "" : "s")
          << (failed ? QStringLiteral(", %1 failed").arg(failed) : QString()) << '\n';
    out().flush();
    return failed ? 1 : 0;
}

} // namespace fz::cli
