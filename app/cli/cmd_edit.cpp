// The analyst's edits from the command line: mentions, annotate, set-value, verify, reject,
// headline, add-mention, set-metadata. Each prints what it did and exits 1 with a one-line
// reason when it cannot.
#include "chinesenumbers.h"
#include "clicommon.h"
#include "commands.h"
#include "database.h"
#include "indicatorcatalogue.h"
#include "reportedits.h"
#include "reportjson.h"
#include "textoffsets.h"

#include <QJsonArray>
#include <functional>
#include <QJsonObject>

namespace fz::cli {

namespace {

struct Session {
    std::unique_ptr<Database> db;
    bool open(const Args &args, Database::Mode mode)
    {
        QString error;
        db = openLibrary(databaseLocation(args), mode, &error);
        if (!db)
            fail(error);
        return db != nullptr;
    }
};

bool needId(const Args &a, const QString &name, qint64 *id)
{
    bool ok = false;
    *id = a.value(name).toLongLong(&ok);
    if (!ok || *id <= 0) {
        fail(QStringLiteral("--%1 ID is required").arg(name));
        return false;
    }
    return true;
}

// Prints what was done, or why not ("mention 12: not found"). The message is built by the
// caller after the edit ran, so it can show ids the edit assigned.
int report(EditResult r, ReportEdits &edits, const QString &subject, const std::function<QString()> &done)
{
    if (r == EditResult::Ok) {
        out() << done() << '\n';
        out().flush();
        return 0;
    }
    const QString detail = edits.lastError();
    fail(subject + QStringLiteral(": ") + ReportEdits::describe(r) +
         (detail.isEmpty() || r == EditResult::NotFound ? QString() : QStringLiteral(": ") + detail));
    return 1;
}

// A span given as --start/--end (code points) or as --text (its first occurrence, or the
// --occurrence'th).
bool spanFrom(const Args &a, const QString &text, int *start, int *end)
{
    if (a.has(QStringLiteral("text"))) {
        const QString needle = a.value(QStringLiteral("text"));
        const int occurrence = a.value(QStringLiteral("occurrence"), QStringLiteral("1")).toInt();
        qsizetype at = -1;
        for (int k = 0; k < qMax(1, occurrence); ++k) {
            at = text.indexOf(needle, at + 1);
            if (at < 0) break;
        }
        if (needle.isEmpty() || at < 0) {
            fail(QStringLiteral("text '%1' not found in the report").arg(needle));
            return false;
        }
        const OffsetMap offsets(text);
        *start = offsets.toCodePoint(int(at));
        *end = offsets.toCodePoint(int(at + needle.size()));
        return true;
    }
    bool ok1 = false, ok2 = false;
    *start = a.value(QStringLiteral("start")).toInt(&ok1);
    *end = a.value(QStringLiteral("end")).toInt(&ok2);
    if (!ok1 || !ok2) {
        fail(QStringLiteral("give the span as --start N --end N (code points) or --text TEXT"));
        return false;
    }
    return true;
}

QString codePointMid(const QString &text, int start, int end)
{
    const OffsetMap m(text);
    const int s = m.toUtf16(start), e = m.toUtf16(end);
    return text.mid(s, e - s);
}

} // namespace

int runMentions(const QStringList &argv)
{
    const Args a = parseArgs(argv, {QStringLiteral("db"), QStringLiteral("report")}, {QStringLiteral("json")});
    qint64 id = 0;
    if (!a.error.isEmpty()) { fail(a.error); return 2; }
    if (!needId(a, QStringLiteral("report"), &id)) return 2;
    Session s;
    if (!s.open(a, Database::Mode::ReadOnly)) return 1;
    ReportStore store(*s.db);
    if (!store.report(id)) { fail(QStringLiteral("no report %1").arg(id)); return 1; }
    const QVector<StoredMention> ms = store.mentions(id);
    if (a.has(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const StoredMention &m : ms) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), m.id);
            o.insert(QStringLiteral("key"), m.key);
            o.insert(QStringLiteral("value"), jsonNumber(m.value));
            o.insert(QStringLiteral("unit"), m.unit);
            o.insert(QStringLiteral("approximate"), m.approximate);
            o.insert(QStringLiteral("start"), m.start);
            o.insert(QStringLiteral("end"), m.end);
            o.insert(QStringLiteral("text"), m.sentence);
            o.insert(QStringLiteral("headline"), m.headline);
            o.insert(QStringLiteral("verified"), m.verified);
            o.insert(QStringLiteral("status"), m.status);
            o.insert(QStringLiteral("source"), m.source);
            o.insert(QStringLiteral("edited"), m.edited);
            o.insert(QStringLiteral("auto_value"), jsonNumber(m.autoValue));
            o.insert(QStringLiteral("version"), m.version);
            arr.append(o);
        }
        out() << toJson(QJsonDocument(arr)) << '\n';
    } else {
        for (const StoredMention &m : ms)
            out() << m.id << '\t' << m.key << '\t' << QString::number(m.value, 'g', 15) << m.unit << '\t'
                  << (m.headline ? "★" : "") << (m.verified ? "✓" : "") << (m.active() ? "" : "rejected") << '\t'
                  << m.sentence << '\n';
    }
    out().flush();
    return 0;
}

int runAnnotate(const QStringList &argv)
{
    const Args a = parseArgs(argv, {QStringLiteral("db"), QStringLiteral("report"), QStringLiteral("start"), QStringLiteral("end"),
                                    QStringLiteral("text"), QStringLiteral("occurrence"), QStringLiteral("note"),
                                    QStringLiteral("color"), QStringLiteral("delete"), QStringLiteral("edit")}, {});
    if (!a.error.isEmpty()) { fail(a.error); return 2; }
    Session s;
    if (a.has(QStringLiteral("delete")) || a.has(QStringLiteral("edit"))) {
        if (!s.open(a, Database::Mode::ReadWrite)) return 1;
        ReportEdits edits(*s.db);
        const bool del = a.has(QStringLiteral("delete"));
        const qint64 id = a.value(del ? QStringLiteral("delete") : QStringLiteral("edit")).toLongLong();
        if (del)
            return report(edits.deleteAnnotation(id), edits, QStringLiteral("annotation %1").arg(id),
                          [&] { return QStringLiteral("deleted annotation %1").arg(id); });
        const std::optional<Annotation> old = edits.annotation(id);
        if (!old) { fail(QStringLiteral("no annotation %1").arg(id)); return 1; }
        const EditResult r = edits.updateAnnotation(id, a.value(QStringLiteral("note"), old->note), a.value(QStringLiteral("color"), old->color));
        return report(r, edits, QStringLiteral("annotation %1").arg(id), [&] { return QStringLiteral("updated annotation %1").arg(id); });
    }
    qint64 reportId = 0;
    if (!needId(a, QStringLiteral("report"), &reportId)) return 2;
    if (!s.open(a, Database::Mode::ReadWrite)) return 1;
    const std::optional<ReportRecord> rec = ReportStore(*s.db).report(reportId);
    if (!rec) { fail(QStringLiteral("no report %1").arg(reportId)); return 1; }
    Annotation ann;
    ann.reportId = reportId;
    if (!spanFrom(a, rec->text, &ann.start, &ann.end)) return 2;
    ann.note = a.value(QStringLiteral("note"));
    ann.color = a.value(QStringLiteral("color"));
    ReportEdits edits(*s.db);
    const EditResult r = edits.addAnnotation(ann);
    return report(r, edits, QStringLiteral("report %1").arg(reportId), [&] {
        return QStringLiteral("annotation %1 on «%2»").arg(ann.id).arg(codePointMid(rec->text, ann.start, ann.end));
    });
}

int runSetValue(const QStringList &argv)
{
    const Args a = parseArgs(argv, {QStringLiteral("db"), QStringLiteral("mention"), QStringLiteral("value"), QStringLiteral("if-version")}, {});
    qint64 id = 0;
    if (!a.error.isEmpty()) { fail(a.error); return 2; }
    if (!needId(a, QStringLiteral("mention"), &id)) return 2;
    double value = 0;
    if (!parseNumberText(a.value(QStringLiteral("value")), &value)) {
        fail(QStringLiteral("--value must be a number (219.4万 and 十三 are read too)"));
        return 2;
    }
    Session s;
    if (!s.open(a, Database::Mode::ReadWrite)) return 1;
    ReportEdits edits(*s.db);
    const int expected = a.value(QStringLiteral("if-version"), QStringLiteral("-1")).toInt();
    const EditResult r = edits.setValue(id, value, expected);
    return report(r, edits, QStringLiteral("mention %1").arg(id),
                  [&] { return QStringLiteral("mention %1 = %2").arg(id).arg(QString::number(value, 'g', 15)); });
}

namespace {
// verify and reject: a flag on a mention, set or (with --undo) cleared.
int runMentionFlag(const QStringList &argv, EditResult (ReportEdits::*set)(qint64, bool, int),
                   const char *onWord, const char *offWord)
{
    const Args a = parseArgs(argv, {QStringLiteral("db"), QStringLiteral("mention")}, {QStringLiteral("undo")});
    qint64 id = 0;
    if (!a.error.isEmpty()) { fail(a.error); return 2; }
    if (!needId(a, QStringLiteral("mention"), &id)) return 2;
    Session s;
    if (!s.open(a, Database::Mode::ReadWrite)) return 1;
    ReportEdits edits(*s.db);
    const bool on = !a.has(QStringLiteral("undo"));
    const EditResult r = (edits.*set)(id, on, -1);
    return report(r, edits, QStringLiteral("mention %1").arg(id),
                  [&] { return QStringLiteral("mention %1 %2").arg(id).arg(QLatin1String(on ? onWord : offWord)); });
}
} // namespace

int runVerify(const QStringList &argv)
{
    return runMentionFlag(argv, &ReportEdits::setVerified, "verified", "unverified");
}

int runReject(const QStringList &argv)
{
    return runMentionFlag(argv, &ReportEdits::setRejected, "rejected", "restored");
}

int runHeadline(const QStringList &argv)
{
    const Args a = parseArgs(argv, {QStringLiteral("db"), QStringLiteral("mention")}, {});
    qint64 id = 0;
    if (!a.error.isEmpty()) { fail(a.error); return 2; }
    if (!needId(a, QStringLiteral("mention"), &id)) return 2;
    Session s;
    if (!s.open(a, Database::Mode::ReadWrite)) return 1;
    ReportEdits edits(*s.db);
    const EditResult r = edits.makeHeadline(id);
    return report(r, edits, QStringLiteral("mention %1").arg(id), [&] { return QStringLiteral("mention %1 is now the headline").arg(id); });
}

int runAddMention(const QStringList &argv)
{
    const Args a = parseArgs(argv, {QStringLiteral("db"), QStringLiteral("report"), QStringLiteral("key"), QStringLiteral("start"),
                                    QStringLiteral("end"), QStringLiteral("text"), QStringLiteral("occurrence"),
                                    QStringLiteral("value"), QStringLiteral("unit")}, {QStringLiteral("verified")});
    qint64 reportId = 0;
    if (!a.error.isEmpty()) { fail(a.error); return 2; }
    if (!needId(a, QStringLiteral("report"), &reportId)) return 2;
    const IndicatorDef *def = IndicatorCatalogue::builtin().indicator(a.value(QStringLiteral("key")));
    if (!def) {
        fail(QStringLiteral("--key must be one of: %1").arg(IndicatorCatalogue::builtin().keys().join(QLatin1String(", "))));
        return 2;
    }
    Session s;
    if (!s.open(a, Database::Mode::ReadWrite)) return 1;
    const std::optional<ReportRecord> rec = ReportStore(*s.db).report(reportId);
    if (!rec) { fail(QStringLiteral("no report %1").arg(reportId)); return 1; }
    StoredMention m;
    m.reportId = reportId;
    m.key = def->key;
    if (!spanFrom(a, rec->text, &m.start, &m.end)) return 2;
    const QString selected = codePointMid(rec->text, m.start, m.end);
    const QString valueText = a.value(QStringLiteral("value"), selected);
    NumberKind kind = NumberKind::Number;
    if (!parseNumberText(valueText, &m.value, &kind)) {
        fail(QStringLiteral("no number in «%1»; give --value").arg(valueText));
        return 2;
    }
    m.unit = a.value(QStringLiteral("unit"), def->unit);
    m.sentence = selected;
    m.verified = a.has(QStringLiteral("verified"));
    ReportEdits edits(*s.db);
    const EditResult r = edits.addMention(m);
    return report(r, edits, QStringLiteral("report %1").arg(reportId), [&] {
        return QStringLiteral("mention %1: %2 = %3 «%4»").arg(m.id).arg(m.key).arg(QString::number(m.value, 'g', 15), selected);
    });
}

int runSetMetadata(const QStringList &argv)
{
    const Args a = parseArgs(argv, {QStringLiteral("db"), QStringLiteral("report"), QStringLiteral("field"), QStringLiteral("value"),
                                    QStringLiteral("if-value")}, {});
    qint64 id = 0;
    if (!a.error.isEmpty()) { fail(a.error); return 2; }
    if (!needId(a, QStringLiteral("report"), &id)) return 2;
    Session s;
    if (!s.open(a, Database::Mode::ReadWrite)) return 1;
    ReportEdits edits(*s.db);
    const QString field = a.value(QStringLiteral("field"));
    // Values as typed: parents as a list, anything else as text.
    auto typed = [&](const QString &text) -> QVariant {
        if (field == QLatin1String("parents"))
            return text.split(QRegularExpression(QStringLiteral("[,/，、]")), Qt::SkipEmptyParts);
        return text;
    };
    const QVariant value = typed(a.value(QStringLiteral("value")));
    // --if-value: the value last read; someone else's edit since then is refused, not overwritten.
    std::optional<QVariant> expected;
    if (a.has(QStringLiteral("if-value")))
        expected = typed(a.value(QStringLiteral("if-value")));
    const EditResult r = edits.setMetadata(id, field, value, expected);
    return report(r, edits, QStringLiteral("report %1").arg(id),
                  [&] { return QStringLiteral("report %1: %2 = %3").arg(id).arg(field, a.value(QStringLiteral("value"))); });
}

} // namespace fz::cli
