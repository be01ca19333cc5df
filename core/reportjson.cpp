#include "reportjson.h"
#include "textoffsets.h"

#include <QJsonArray>
#include <cmath>

namespace fz {

QJsonValue jsonNumber(double v)
{
    if (std::isnan(v))
        return QJsonValue::Null;
    if (std::fabs(v) < 9e15 && v == std::floor(v))
        return QJsonValue(qint64(v));
    return QJsonValue(v);
}

static QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject mentionToJson(const Mention &m, const QString &text, const OffsetMap &offsets, bool explain)
{
    QJsonObject o;
    o.insert(QStringLiteral("key"), m.key);
    o.insert(QStringLiteral("value"), jsonNumber(m.value));
    o.insert(QStringLiteral("unit"), m.unit);
    o.insert(QStringLiteral("approximate"), m.approximate);
    o.insert(QStringLiteral("start"), offsets.toCodePoint(m.start));
    o.insert(QStringLiteral("end"), offsets.toCodePoint(m.end));
    o.insert(QStringLiteral("text"), text.mid(m.contextStart, m.contextEnd - m.contextStart).trimmed());
    o.insert(QStringLiteral("headline"), m.headline);
    if (explain) {
        QJsonObject why;
        why.insert(QStringLiteral("part"), m.subpart);
        why.insert(QStringLiteral("department"), m.department);
        why.insert(QStringLiteral("subunits"), m.subunits);
        why.insert(QStringLiteral("campaign"), m.campaign);
        why.insert(QStringLiteral("body"), m.body);
        why.insert(QStringLiteral("whole"), m.whole);
        why.insert(QStringLiteral("total_cues"), m.total);
        why.insert(QStringLiteral("sector_cues"), m.sector);
        why.insert(QStringLiteral("table"), m.fromTable);
        why.insert(QStringLiteral("zero_in_words"), m.zero);
        o.insert(QStringLiteral("why"), why);
    }
    return o;
}

QJsonObject analysisToJson(const ReportAnalysis &a, bool explain)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), a.path);
    if (!a.ok()) {
        o.insert(QStringLiteral("error"), a.error);
        return o;
    }
    o.insert(QStringLiteral("title"), orNull(a.meta.title));
    o.insert(QStringLiteral("region"), orNull(a.meta.region));
    o.insert(QStringLiteral("parents"), QJsonArray::fromStringList(a.meta.parents));
    o.insert(QStringLiteral("level"), orNull(a.meta.level));
    o.insert(QStringLiteral("year"), a.meta.year ? QJsonValue(a.meta.year) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("published"), orNull(a.meta.published));
    o.insert(QStringLiteral("encoding"), orNull(a.encoding));
    const OffsetMap offsets(a.text);
    QJsonArray arr;
    for (const Mention &m : a.mentions)
        arr.append(mentionToJson(m, a.text, offsets, explain));
    o.insert(QStringLiteral("indicators"), arr);
    return o;
}

} // namespace fz
