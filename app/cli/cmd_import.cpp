// fazhi import [--db PATH] PATH...: files and folders into the library.
#include "clicommon.h"
#include "commands.h"
#include "importjob.h"

namespace fz::cli {

int runImport(const QStringList &argv)
{
    const Args args = parseArgs(argv, {QStringLiteral("db"), QStringLiteral("threads")}, {QStringLiteral("quiet")});
    if (!args.error.isEmpty() || args.positional.isEmpty()) {
        fail(args.error.isEmpty() ? QStringLiteral("usage: fazhi import [--db PATH] PATH...") : args.error);
        return 2;
    }
    const QString db = databaseLocation(args);
    announceUpgrade(db);
    ImportJob job(db, args.positional);
    if (args.has(QStringLiteral("threads")))
        job.setThreadCount(args.value(QStringLiteral("threads")).toInt());
    const bool quiet = args.has(QStringLiteral("quiet"));
    QObject::connect(&job, &ImportJob::fileFailed, [](const QString &path, const QString &reason) {
        err() << "fazhi: " << path << ": " << reason << Qt::endl;
    });
    const ImportSummary s = job.run();
    if (!s.fatal.isEmpty()) {
        fail(s.fatal);
        return 1;
    }
    if (!quiet)
        for (const ImportProblem &d : s.duplicateOf)
            out() << "duplicate: " << d.path << " (same text as " << d.reason << ")\n";
    out() << "imported " << s.added << " report" << (s.added == 1 ? "" : "s") << ", " << s.duplicates
          << " duplicate" << (s.duplicates == 1 ? "" : "s") << ", " << s.failed << " failed (database: " << db << ")\n";
    out().flush();
    return s.failed > 0 ? 1 : 0;
}

} // namespace fz::cli
