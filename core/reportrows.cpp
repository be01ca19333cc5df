#include "reportrows.h"
#include "gazetteer.h"
#include "textfold.h"
#include "textoffsets.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>

namespace fz {

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString spansToJson(const QVector<Span> &spans)
{
    QJsonArray arr;
    for (const Span &s : spans)
        arr.append(QJsonArray{s.start, s.end});
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

MentionRow mentionRow(const Mention &m, const QString &text, const OffsetMap &offsets)
{
    MentionRow r;
    r.key = m.key;
    r.value = m.value;
    r.unit = m.unit;
    r.approximate = m.approximate;
    r.start = offsets.toCodePoint(m.start);
    r.end = offsets.toCodePoint(m.end);
    r.sentence = text.mid(m.contextStart, m.contextEnd - m.contextStart).trimmed();
    // A sentence that a PDF's page width broke (罚没款1,\n234.5万元), or a data card's label over
    // its value, reads as one line where it is shown and exported.
    if (r.sentence.contains(u'\n')) {
        r.sentence.remove(u'\r');
        static const QRegularExpression breaks(QStringLiteral("\\s*\\n\\s*"));
        r.sentence.replace(breaks, QString());
    }
    r.headline = m.headline;
    return r;
}

ReportRows reportRows(const ReportAnalysis &a, qint64 sizeBytes)
{
    ReportRows r;
    const OffsetMap offsets(a.text);
    r.contentHash = QString::fromLatin1(a.contentHash);
    r.path = a.path.isEmpty() ? QString(QLatin1String("")) : a.path;
    r.format = a.format.isEmpty() ? QStringLiteral("txt") : a.format;
    r.encoding = a.encoding;
    r.bodyStart = offsets.toCodePoint(a.layout.bodyStart);
    r.bodyEnd = offsets.toCodePoint(a.layout.bodyEnd);
    QVector<Span> chrome;
    for (const Span &s : a.layout.chrome)
        chrome.append({offsets.toCodePoint(s.start), offsets.toCodePoint(s.end)});
    r.chromeJson = spansToJson(chrome);
    r.title = a.meta.title;
    r.region = a.meta.region;
    r.parentsJson = jsonList(a.meta.parents);
    r.level = a.meta.level;
    r.year = a.meta.year;
    r.published = a.meta.published;
    r.regionCode = a.meta.regionCode;
    r.sizeBytes = sizeBytes;
    r.charCount = offsets.toCodePoint(int(a.text.size()));
    const DivisionContext context = divisionContext(a.meta.region, a.meta.parents, a.meta.level);
    r.province = context.province;
    r.city = context.city;
    r.textUtf8 = a.text.toUtf8();
    r.searchTitle = fold(a.meta.title);
    r.searchBodyUtf8 = (a.folded.isEmpty() ? fold(a.text) : a.folded).toUtf8();
    r.mentions.reserve(a.mentions.size());
    for (const Mention &m : a.mentions)
        r.mentions.append(mentionRow(m, a.text, offsets));
    return r;
}

} // namespace fz
