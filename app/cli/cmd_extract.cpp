// fazhi extract --json FILE...: analyses files without a database and prints the contract JSON.
#include "clicommon.h"
#include "commands.h"
#include "reportanalysis.h"
#include "reportjson.h"

#include <QJsonArray>

namespace fz::cli {

int runExtract(const QStringList &args)
{
    QStringList files;
    bool json = false, explain = false;
    for (const QString &a : args) {
        if (a == QLatin1String("--json")) json = true;
        else if (a == QLatin1String("--explain")) explain = true;
        else if (a.startsWith(QLatin1String("--"))) { fail(QStringLiteral("extract: unknown option %1").arg(a)); return 2; }
        else files << a;
    }
    if (!json || files.isEmpty()) {
        fail(QStringLiteral("usage: fazhi extract --json [--explain] FILE..."));
        return 2;
    }
    const IndicatorExtractor extractor;
    QJsonArray out;
    int failed = 0;
    for (const QString &f : files) {
        const ReportAnalysis a = analyseFile(f, &extractor);
        if (!a.ok()) {
            ++failed;
            err() << "fazhi: " << f << ": " << a.error << Qt::endl;
        }
        out.append(analysisToJson(a, explain));
    }
    fz::cli::out() << toJson(QJsonDocument(out)) << '\n';
    fz::cli::out().flush();
    return failed ? 1 : 0;
}

} // namespace fz::cli
