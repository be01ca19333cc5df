// fazhi chart: the workbench's comparison charts, rendered without a display to PNG, SVG and
// CSV — for reports, scripts and tests.
#include "chartbuilder.h"
#include "chartexport.h"
#include "clicommon.h"
#include "commands.h"
#include "comparisondata.h"
#include "database.h"
#include "indicatorcatalogue.h"
#include "indicatorstyle.h"

#include <QFile>
#include <QRegularExpression>
#include <memory>

namespace fz::cli {

int runChart(const QStringList &argv)
{
    const Args a = parseArgs(argv, {QStringLiteral("db"), QStringLiteral("indicator"), QStringLiteral("regions"), QStringLiteral("province"),
                                    QStringLiteral("city"), QStringLiteral("level"), QStringLiteral("years"), QStringLiteral("year"),
                                    QStringLiteral("kind"), QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("csv"),
                                    QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("dpi"), QStringLiteral("language")},
                             {});
    const QString usage = QStringLiteral(
        "usage: fazhi chart --db DB --indicator KEY [--indicator KEY] [--regions A,B | --province P | --city C | --level L] "
        "[--years 2016-2023] [--year Y] [--kind bar|grouped|line] --png OUT.png [--svg OUT.svg] [--csv OUT.csv] "
        "[--width 1600 --height 900] [--dpi 96]");
    if (!a.error.isEmpty() || !a.positional.isEmpty()) {
        fail(a.error.isEmpty() ? usage : a.error);
        return 2;
    }
    ComparisonQuery q;
    q.keys = a.values(QStringLiteral("indicator"));
    const IndicatorCatalogue &cat = IndicatorCatalogue::builtin();
    for (const QString &k : q.keys)
        if (!cat.indicator(k)) {
            fail(QStringLiteral("unknown indicator '%1' (known: %2)").arg(k, cat.keys().join(QLatin1String(", "))));
            return 2;
        }
    if (q.keys.isEmpty() || (!a.has(QStringLiteral("png")) && !a.has(QStringLiteral("svg")) && !a.has(QStringLiteral("csv")))) {
        fail(usage);
        return 2;
    }
    if (a.has(QStringLiteral("regions")))
        q.regions = a.value(QStringLiteral("regions")).split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts);
    q.province = a.value(QStringLiteral("province"));
    q.city = a.value(QStringLiteral("city"));
    q.level = a.value(QStringLiteral("level"));
    if (a.has(QStringLiteral("years")) && !ComparisonData::parseYears(a.value(QStringLiteral("years")), &q.yearFrom, &q.yearTo)) {
        fail(QStringLiteral("--years must look like 2016-2023"));
        return 2;
    }
    ChartKind kind = ChartKind::Bar;
    if (!ChartBuilder::parseKind(a.value(QStringLiteral("kind"), QStringLiteral("bar")), &kind)) {
        fail(QStringLiteral("--kind must be bar, grouped or line"));
        return 2;
    }
    bool okW = true, okH = true, okD = true;
    const QSize size(a.value(QStringLiteral("width"), QStringLiteral("1600")).toInt(&okW),
                     a.value(QStringLiteral("height"), QStringLiteral("900")).toInt(&okH));
    const qreal dpi = a.value(QStringLiteral("dpi"), QStringLiteral("96")).toDouble(&okD);
    if (!okW || !okH || !okD) {
        fail(QStringLiteral("--width, --height and --dpi take numbers"));
        return 2;
    }
    IndicatorStyle::setLanguage(a.value(QStringLiteral("language"), QStringLiteral("zh")));
    QString error;
    auto db = openLibrary(databaseLocation(a), Database::Mode::ReadOnly, &error);
    if (!db) {
        fail(error);
        return 1;
    }
    q.withSources = a.has(QStringLiteral("csv")); // sentences go into the table, not the picture
    const QVector<ComparisonValue> values = ComparisonData::query(*db, q, &error);
    if (!error.isEmpty()) {
        fail(error);
        return 1;
    }
    QVector<int> years;
    for (int y = q.yearFrom; y && y <= q.yearTo; ++y) years << y;
    QList<QChart *> charts;
    std::vector<std::unique_ptr<QChart>> owned;
    ChartLinks links;
    int drawn = 0, gaps = 0, trimmedFrom = 0, trimmedTo = 0;
    const ComparisonIndex index(values);
    for (const QString &k : q.keys) {
        ChartSpec spec;
        spec.key = k;
        spec.kind = kind;
        spec.year = a.value(QStringLiteral("year")).toInt();
        spec.regions = q.regions;
        spec.years = years;
        if (q.regions.isEmpty()) {
            // As in the workbench: a whole country's chart draws its largest regions.
            int year = spec.year;
            if (!year)
                for (const ComparisonValue &v : values)
                    if (v.key == k) year = std::max(year, v.year);
            QStringList present;
            for (const QString &r : ComparisonData::regions(values))
                if (kind != ChartKind::Bar || index.find(k, r, year)) present << r;
            const int limit = kind == ChartKind::Bar ? ChartBuilder::kMaxBars : ChartBuilder::kMaxLines;
            if (present.size() > limit) {
                trimmedFrom = std::max(trimmedFrom, int(present.size()));
                trimmedTo = limit;
                present = ChartBuilder::largestFirst(index, present, k, year).mid(0, limit);
                spec.regions = present;
            }
        }
        owned.emplace_back(ChartBuilder::build(values, spec, &links));
        charts << owned.back().get();
        drawn += links.drawn;
        gaps += links.gaps;
    }
    if (a.has(QStringLiteral("png")) && !exportChartsPng(charts, a.value(QStringLiteral("png")), size, dpi, &error)) {
        fail(error);
        return 1;
    }
    if (a.has(QStringLiteral("svg")) && !exportChartSvg(charts.first(), a.value(QStringLiteral("svg")), size, &error)) {
        fail(error);
        return 1;
    }
    if (a.has(QStringLiteral("csv"))) {
        QFile f(a.value(QStringLiteral("csv")));
        if (!f.open(QIODevice::WriteOnly) || f.write(ComparisonData::toCsv(values, q.keys, IndicatorStyle::language())) < 0) {
            fail(QStringLiteral("%1: cannot write: %2").arg(f.fileName(), f.errorString()));
            return 1;
        }
    }
    out() << "charted " << drawn << " value" << (drawn == 1 ? "" : "s") << " (" << gaps << " gap" << (gaps == 1 ? "" : "s") << ")";
    if (trimmedFrom)
        out() << ", the " << trimmedTo << " largest of " << trimmedFrom << " regions (name them with --regions, or narrow with --province)";
    for (const char *o : {"png", "svg", "csv"})
        if (a.has(QLatin1String(o))) out() << ", " << a.value(QLatin1String(o));
    out() << '\n';
    out().flush();
    return 0;
}

} // namespace fz::cli
