// fazhi list [--db PATH] [--json]: the reports in the library.
#include "clicommon.h"
#include "commands.h"
#include "database.h"
#include "reportstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fz::cli {

int runList(const QStringList &argv)
{
    const Args args = parseArgs(argv, {QStringLiteral("db")}, {QStringLiteral("json")});
    if (!args.error.isEmpty() || !args.positional.isEmpty()) {
        fail(args.error.isEmpty() ? QStringLiteral("usage: fazhi list [--db PATH] [--json]") : args.error);
        return 2;
    }
    QString error;
    auto db = openLibrary(databaseLocation(args), Database::Mode::ReadOnly, &error);
    if (!db) {
        fail(error);
        return 1;
    }
    ReportStore store(*db);
    const QVector<ReportSummary> reports = store.list();
    if (args.has(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const ReportSummary &r : reports) {
            QJsonObject o;
            auto str = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
            o.insert(QStringLiteral("id"), r.id);
            o.insert(QStringLiteral("file"), r.file);
            o.insert(QStringLiteral("title"), str(r.title));
            o.insert(QStringLiteral("region"), str(r.region));
            o.insert(QStringLiteral("parents"), QJsonArray::fromStringList(r.parents));
            o.insert(QStringLiteral("level"), str(r.level));
            o.insert(QStringLiteral("year"), r.year ? QJsonValue(r.year) : QJsonValue(QJsonValue::Null));
            o.insert(QStringLiteral("published"), str(r.published));
            o.insert(QStringLiteral("encoding"), str(r.encoding));
            o.insert(QStringLiteral("format"), str(r.format));
            o.insert(QStringLiteral("imported_at"), r.importedAt);
            o.insert(QStringLiteral("mentions"), r.mentions);
            o.insert(QStringLiteral("annotations"), r.annotations);
            o.insert(QStringLiteral("unverified"), r.unverified);
            arr.append(o);
        }
        out() << toJson(QJsonDocument(arr)) << '\n';
    } else {
        for (const ReportSummary &r : reports) {
            out() << r.id << '\t' << (r.region.isEmpty() ? QStringLiteral("?") : r.region) << '\t'
                  << (r.parents.isEmpty() ? QStringLiteral("-") : r.parents.join(u'/')) << '\t'
                  << (r.level.isEmpty() ? QStringLiteral("?") : r.level) << '\t'
                  << (r.year ? QString::number(r.year) : QStringLiteral("?")) << '\t'
                  << (r.published.isEmpty() ? QStringLiteral("-") : r.published) << '\t' << r.encoding << '\t'
                  << r.mentions << " mentions\t" << r.title << '\n';
        }
        out() << reports.size() << " report" << (reports.size() == 1 ? "" : "s") << '\n';
    }
    out().flush();
    return 0;
}

} // namespace fz::cli
