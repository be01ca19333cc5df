// Exports: `fazhi export` writes indicator values (every mention or headlines only) and
// `fazhi export-annotations` the analysts' annotations, as CSV (UTF-8 with BOM, so spreadsheet
// programs read the Chinese right) or JSON.
#include "clicommon.h"
#include "commands.h"
#include "csvwriter.h"
#include "database.h"
#include "indicatorcatalogue.h"
#include "reportedits.h"
#include "reportjson.h"
#include "textoffsets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace fz::cli {

namespace {

bool emit(const Args &a, const QByteArray &bytes)
{
    if (!a.has(QStringLiteral("out"))) {
        out().flush();
        QFile so;
        so.open(stdout, QIODevice::WriteOnly);
        so.write(bytes);
        return true;
    }
    QFile f(a.value(QStringLiteral("out")));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        fail(QStringLiteral("%1: cannot write: %2").arg(a.value(QStringLiteral("out")), f.errorString()));
        return false;
    }
    return true;
}

bool formatOption(const Args &a, bool *csv)
{
    const bool c = a.has(QStringLiteral("csv")), j = a.has(QStringLiteral("json"));
    if (c == j) {
        fail(QStringLiteral("choose one of --csv or --json"));
        return false;
    }
    *csv = c;
    return true;
}

} // namespace

int runExport(const QStringList &argv)
{
    const Args a = parseArgs(argv, {QStringLiteral("db"), QStringLiteral("out"), QStringLiteral("key"), QStringLiteral("language")},
                             {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("headlines")});
    bool csv = false;
    if (!a.error.isEmpty()) { fail(a.error); return 2; }
    if (!formatOption(a, &csv)) return 2;
    QString error;
    auto db = openLibrary(databaseLocation(a), Database::Mode::ReadOnly, &error);
    if (!db) { fail(error); return 1; }
    ReportStore store(*db);
    const IndicatorCatalogue &cat = IndicatorCatalogue::builtin();
    const QString lang = a.value(QStringLiteral("language"), QStringLiteral("zh"));
    const QStringList keys = a.values(QStringLiteral("key"));
    CsvWriter w;
    w.row({QStringLiteral("report_id"), QStringLiteral("region"), QStringLiteral("parents"), QStringLiteral("level"),
           QStringLiteral("year"), QStringLiteral("key"), QStringLiteral("indicator"), QStringLiteral("value"), QStringLiteral("unit"),
           QStringLiteral("approximate"), QStringLiteral("headline"), QStringLiteral("verified"), QStringLiteral("source"),
           QStringLiteral("edited"), QStringLiteral("sentence"), QStringLiteral("file")});
    QJsonArray arr;
    for (const ReportSummary &r : store.list()) {
        for (const StoredMention &m : store.mentions(r.id)) {
            if (!m.active() || (a.has(QStringLiteral("headlines")) && !m.headline) || (!keys.isEmpty() && !keys.contains(m.key)))
                continue;
            const IndicatorDef *d = cat.indicator(m.key);
            const QString name = d ? d->name(lang) : m.key;
            w.row({QString::number(r.id), r.region, r.parents.join(u'/'), r.level, r.year ? QString::number(r.year) : QString(),
                   m.key, name, QString::number(m.value, 'g', 15), m.unit, m.approximate ? QStringLiteral("1") : QStringLiteral("0"),
                   m.headline ? QStringLiteral("1") : QStringLiteral("0"), m.verified ? QStringLiteral("1") : QStringLiteral("0"),
                   m.source, m.edited ? QStringLiteral("1") : QStringLiteral("0"), m.sentence, r.file});
            QJsonObject o;
            o.insert(QStringLiteral("report_id"), r.id);
            o.insert(QStringLiteral("region"), r.region);
            o.insert(QStringLiteral("parents"), QJsonArray::fromStringList(r.parents));
            o.insert(QStringLiteral("level"), r.level);
            o.insert(QStringLiteral("year"), r.year ? QJsonValue(r.year) : QJsonValue());
            o.insert(QStringLiteral("mention_id"), m.id);
            o.insert(QStringLiteral("key"), m.key);
            o.insert(QStringLiteral("indicator"), name);
            o.insert(QStringLiteral("value"), jsonNumber(m.value));
            o.insert(QStringLiteral("unit"), m.unit);
            o.insert(QStringLiteral("approximate"), m.approximate);
            o.insert(QStringLiteral("headline"), m.headline);
            o.insert(QStringLiteral("verified"), m.verified);
            o.insert(QStringLiteral("source"), m.source);
            o.insert(QStringLiteral("edited"), m.edited);
            o.insert(QStringLiteral("sentence"), m.sentence);
            o.insert(QStringLiteral("start"), m.start);
            o.insert(QStringLiteral("end"), m.end);
            o.insert(QStringLiteral("file"), r.file);
            arr.append(o);
        }
    }
    return emit(a, csv ? w.bytes() : toJson(QJsonDocument(arr), true)) ? 0 : 1;
}

int runExportAnnotations(const QStringList &argv)
{
    const Args a = parseArgs(argv, {QStringLiteral("db"), QStringLiteral("out"), QStringLiteral("report")},
                             {QStringLiteral("csv"), QStringLiteral("json")});
    bool csv = false;
    if (!a.error.isEmpty()) { fail(a.error); return 2; }
    if (!formatOption(a, &csv)) return 2;
    QString error;
    auto db = openLibrary(databaseLocation(a), Database::Mode::ReadOnly, &error);
    if (!db) { fail(error); return 1; }
    ReportStore store(*db);
    ReportEdits edits(*db);
    const qint64 only = a.value(QStringLiteral("report")).toLongLong();
    CsvWriter w;
    w.row({QStringLiteral("annotation_id"), QStringLiteral("report_id"), QStringLiteral("region"), QStringLiteral("year"),
           QStringLiteral("title"), QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("text"), QStringLiteral("note"),
           QStringLiteral("color"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    QJsonArray arr;
    QHash<qint64, ReportRecord> cache;
    for (const Annotation &an : only ? edits.annotations(only) : edits.allAnnotations()) {
        if (!cache.contains(an.reportId))
            if (const auto r = store.report(an.reportId)) cache.insert(an.reportId, *r);
        const ReportRecord &r = cache[an.reportId];
        const OffsetMap m(r.text);
        const int s = m.toUtf16(an.start), e = m.toUtf16(an.end);
        const QString text = r.text.mid(s, e - s);
        w.row({QString::number(an.id), QString::number(an.reportId), r.summary.region, r.summary.year ? QString::number(r.summary.year) : QString(),
               r.summary.title, QString::number(an.start), QString::number(an.end), text, an.note, an.color, an.createdAt, an.updatedAt});
        QJsonObject o;
        o.insert(QStringLiteral("id"), an.id);
        o.insert(QStringLiteral("report_id"), an.reportId);
        o.insert(QStringLiteral("region"), r.summary.region);
        o.insert(QStringLiteral("year"), r.summary.year ? QJsonValue(r.summary.year) : QJsonValue());
        o.insert(QStringLiteral("title"), r.summary.title);
        o.insert(QStringLiteral("start"), an.start);
        o.insert(QStringLiteral("end"), an.end);
        o.insert(QStringLiteral("text"), text);
        o.insert(QStringLiteral("note"), an.note);
        o.insert(QStringLiteral("color"), an.color);
        o.insert(QStringLiteral("created_at"), an.createdAt);
        o.insert(QStringLiteral("updated_at"), an.updatedAt);
        arr.append(o);
    }
    return emit(a, csv ? w.bytes() : toJson(QJsonDocument(arr), true)) ? 0 : 1;
}

} // namespace fz::cli
