#include "comparisondata.h"
#include "boundstatement.h"
#include "csvwriter.h"
#include "indicatorcatalogue.h"

#include <QCollator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <map>
#include <numeric>

namespace fz {

namespace {

QString slotOf(const QString &key, const QString &region, int year)
{
    return key + u'\x1f' + region + u'\x1f' + QString::number(year);
}

// Where two reports cover the same region and year: an analyst's choice, then a verified value,
// then the newest report.
bool better(bool chosenByAnalyst, bool verified, qint64 reportId, const ComparisonValue &b)
{
    if (chosenByAnalyst != b.chosenByAnalyst) return chosenByAnalyst;
    if (verified != b.verified) return verified;
    return reportId > b.reportId;
}

} // namespace

ComparisonIndex::ComparisonIndex(const QVector<ComparisonValue> &values) : m_values(values)
{
    m_at.reserve(values.size());
    for (int i = 0; i < values.size(); ++i)
        m_at.insert(slotOf(values.at(i).key, values.at(i).region, values.at(i).year), i);
}

const ComparisonValue *ComparisonIndex::find(const QString &key, const QString &region, int year) const
{
    const auto it = m_at.constFind(slotOf(key, region, year));
    return it == m_at.constEnd() ? nullptr : &m_values.at(it.value());
}

namespace {

// Texts repeated from row to row (indicator, unit, province) decoded once and shared.
class TextCache
{
public:
    QString text(const BoundStatement &s, int c)
    {
        const QByteArray bytes = s.utf8At(c);
        if (bytes.isNull())
            return {};
        const auto it = m_seen.constFind(bytes);
        if (it != m_seen.constEnd())
            return it.value();
        const QString t = QString::fromUtf8(bytes);
        m_seen.insert(QByteArray(bytes.constData(), bytes.size()), t); // a copy: bytes are the row's
        return t;
    }

private:
    QHash<QByteArray, QString> m_seen;
};

} // namespace

QVector<ComparisonValue> ComparisonData::query(Database &db, const ComparisonQuery &cq, QString *error)
{
    QVector<ComparisonValue> out;
    if (cq.keys.isEmpty())
        return out;
    QStringList where;
    QVariantList binds;
    QStringList keyMarks;
    for (const QString &k : cq.keys) {
        keyMarks << QStringLiteral("?");
        binds << k;
    }
    where << QStringLiteral("m.key IN (%1)").arg(keyMarks.join(u','));
    where << QStringLiteral("m.headline = 1 AND m.status = 'active' AND r.year IS NOT NULL AND r.region IS NOT NULL");
    if (!cq.regions.isEmpty()) {
        QStringList marks;
        for (const QString &r : cq.regions) {
            marks << QStringLiteral("?");
            binds << r;
        }
        where << QStringLiteral("r.region IN (%1)").arg(marks.join(u','));
    }
    if (!cq.province.isEmpty()) { where << QStringLiteral("r.province = ?"); binds << cq.province; }
    if (!cq.city.isEmpty()) { where << QStringLiteral("r.city = ?"); binds << cq.city; }
    if (!cq.level.isEmpty()) { where << QStringLiteral("r.level = ?"); binds << cq.level; }
    if (cq.yearFrom > 0) { where << QStringLiteral("r.year >= ?"); binds << cq.yearFrom; }
    if (cq.yearTo > 0) { where << QStringLiteral("r.year <= ?"); binds << cq.yearTo; }
    // Without sources, the mentions_chart and reports_chart indexes answer alone; the winner of
    // each region and year is picked here rather than by sorting in SQL.
    auto sqlFor = [&](const QString &keyColumn) {
        return QStringLiteral(
                   "SELECT %1, r.region, r.province, r.year, m.value, m.unit, m.approximate, m.verified, m.headline_manual, "
                   "r.id, m.id, m.start_pos, m.end_pos%2 "
                   "FROM mentions m JOIN reports r%3 ON r.id = m.report_id WHERE %4")
            .arg(keyColumn, cq.withSources ? QStringLiteral(", m.sentence, r.title") : QString(),
                 // SQLite looks rows up by id in the table itself unless told to use
                 // the narrow reports_chart index, a tenth of the pages to read.
                 !cq.withSources && !db.isPostgres() ? QStringLiteral(" INDEXED BY reports_chart") : QString(),
                 where.join(QLatin1String(" AND ")));
    };
    // One value per indicator, region and year. Regions are numbered as they come, and each
    // keeps the few values found for it (indicators × years): per row one look-up of the region's
    // bytes, and a value is only built when it is new or beats the one kept. The numbers then
    // order the result without comparing strings. Rows are read through SQLite's C interface or
    // libpq: a chart over 100,000 reports reads 50,000 rows, and Qt's driver would turn every
    // column of every row into a QVariant first.
    const bool oneKey = cq.keys.size() == 1;
    // With one indicator its name is known: not read from every row.
    const std::unique_ptr<BoundStatement> s = prepareStatement(db, sqlFor(oneKey ? QStringLiteral("NULL") : QStringLiteral("m.key")));
    for (const QVariant &b : std::as_const(binds)) {
        if (b.typeId() == QMetaType::Int)
            s->add(b.toLongLong());
        else
            s->add(b.toString());
    }
    if (!s->exec()) {
        if (error) *error = s->error();
        return {};
    }
    enum Column { Key, Region, Province, Year, Value, Unit, Approximate, Verified, Chosen, ReportId, MentionId, Start, End, Sentence, Title };
    QHash<QByteArray, int> regionIds;
    QStringList regionNames;
    TextCache repeated;                 // province, unit, indicator
    QVector<int> firstOf;               // region -> its latest value in out, or -1
    QVector<int> regionOf, keyOf, next; // per value in out: region, indicator, the region's previous value
    while (s->next()) {
        const QByteArray regionBytes = s->utf8At(Region);
        auto r = regionIds.constFind(regionBytes);
        if (r == regionIds.constEnd()) {
            r = regionIds.insert(QByteArray(regionBytes.constData(), regionBytes.size()), int(regionNames.size()));
            regionNames << QString::fromUtf8(regionBytes);
            firstOf.append(-1);
        }
        const int region = r.value();
        const int year = int(s->int64At(Year));
        const QString key = oneKey ? cq.keys.first() : repeated.text(*s, Key);
        const int keyIndex = oneKey ? 0 : int(cq.keys.indexOf(key));
        const bool chosen = s->int64At(Chosen) != 0, verified = s->int64At(Verified) != 0;
        const qint64 reportId = s->int64At(ReportId);
        int kept = -1;
        for (int i = firstOf.at(region); i >= 0; i = next.at(i))
            if (keyOf.at(i) == keyIndex && out.at(i).year == year) {
                kept = i;
                break;
            }
        if (kept >= 0 && !better(chosen, verified, reportId, out.at(kept)))
            continue;
        ComparisonValue v;
        v.key = key;
        v.region = regionNames.at(region); // one shared copy of each name
        v.province = repeated.text(*s, Province);
        v.year = year;
        v.value = s->doubleAt(Value);
        v.unit = repeated.text(*s, Unit);
        v.approximate = s->int64At(Approximate) != 0;
        v.verified = verified;
        v.chosenByAnalyst = chosen;
        v.reportId = reportId;
        v.mentionId = s->int64At(MentionId);
        v.start = int(s->int64At(Start));
        v.end = int(s->int64At(End));
        if (cq.withSources) {
            v.sentence = s->textAt(Sentence);
            v.title = s->textAt(Title);
        }
        if (kept >= 0) {
            out[kept] = std::move(v);
            continue;
        }
        next.append(firstOf.at(region));
        firstOf[region] = int(out.size());
        regionOf.append(region);
        keyOf.append(keyIndex);
        out.append(std::move(v));
    }
    if (!s->error().isEmpty()) {
        if (error) *error = s->error();
        return {};
    }
    // A stable order for tables and the command line: indicator, region, year. Names are
    // ranked once; the values are then sorted by numbers.
    QVector<int> keyRank(cq.keys.size());
    {
        QVector<int> byName(cq.keys.size());
        std::iota(byName.begin(), byName.end(), 0);
        std::sort(byName.begin(), byName.end(), [&](int a, int b) { return cq.keys.at(a) < cq.keys.at(b); });
        for (int i = 0; i < byName.size(); ++i)
            keyRank[byName.at(i)] = i;
    }
    QVector<int> regionRank(regionNames.size());
    {
        QVector<int> byName(regionNames.size());
        std::iota(byName.begin(), byName.end(), 0);
        std::sort(byName.begin(), byName.end(), [&](int a, int b) { return regionNames.at(a) < regionNames.at(b); });
        for (int i = 0; i < byName.size(); ++i)
            regionRank[byName.at(i)] = i;
    }
    std::vector<std::pair<quint64, int>> order;
    order.reserve(out.size());
    for (int i = 0; i < out.size(); ++i)
        order.emplace_back((quint64(keyRank.at(keyOf.at(i)) & 0xffff) << 48) | (quint64(regionRank.at(regionOf.at(i))) << 16) |
                               quint64(out.at(i).year & 0xffff),
                           i);
    std::sort(order.begin(), order.end());
    // Moved into place cycle by cycle: a second array of 50,000 values would be as large again.
    std::vector<bool> placed(out.size());
    for (int start = 0; start < int(out.size()); ++start) {
        if (placed[start])
            continue;
        ComparisonValue held = std::move(out[start]);
        int at = start;
        for (;;) {
            placed[at] = true;
            const int from = order[at].second;
            if (from == start) {
                out[at] = std::move(held);
                break;
            }
            out[at] = std::move(out[from]);
            at = from;
        }
    }
    return out;
}

bool ComparisonData::addSources(Database &db, QVector<ComparisonValue> &values, QString *error)
{
    QHash<qint64, QPair<QString, QString>> found;
    QVariantList ids;
    auto flush = [&]() {
        if (ids.isEmpty())
            return true;
        QSqlQuery q(db.db());
        q.setForwardOnly(true);
        QStringList marks;
        for (int i = 0; i < ids.size(); ++i)
            marks << QStringLiteral("?");
        q.prepare(QStringLiteral("SELECT m.id, m.sentence, r.title FROM mentions m JOIN reports r ON r.id = m.report_id "
                                 "WHERE m.id IN (%1)").arg(marks.join(u',')));
        for (const QVariant &id : ids)
            q.addBindValue(id);
        if (!q.exec()) {
            if (error) *error = q.lastError().text();
            return false;
        }
        while (q.next())
            found.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
        ids.clear();
        return true;
    };
    for (const ComparisonValue &v : values) {
        if (v.sentence.isEmpty() && v.mentionId > 0)
            ids << v.mentionId;
        if (ids.size() >= 500 && !flush())
            return false;
    }
    if (!flush())
        return false;
    for (ComparisonValue &v : values) {
        const auto it = found.constFind(v.mentionId);
        if (it != found.constEnd()) {
            v.sentence = it->first;
            v.title = it->second;
        }
    }
    return true;
}

ComparisonValue ComparisonData::source(Database &db, const ComparisonValue &value)
{
    QVector<ComparisonValue> one{value};
    addSources(db, one);
    return one.first();
}

QStringList ComparisonData::regions(const QVector<ComparisonValue> &values)
{
    QSet<QString> seen;
    QStringList out;
    for (const ComparisonValue &v : values)
        if (!seen.contains(v.region)) {
            seen.insert(v.region);
            out << v.region;
        }
    // Collation keys once each, not a locale comparison per step of the sort.
    const QCollator collator;
    std::vector<std::pair<QCollatorSortKey, QString>> keyed;
    keyed.reserve(out.size());
    for (const QString &r : out)
        keyed.emplace_back(collator.sortKey(r), r);
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
    out.clear();
    for (const auto &k : keyed)
        out << k.second;
    return out;
}

QVector<int> ComparisonData::years(const QVector<ComparisonValue> &values)
{
    QSet<int> seen;
    for (const ComparisonValue &v : values)
        seen.insert(v.year);
    QVector<int> out(seen.begin(), seen.end());
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<ComparisonValue> ComparisonData::find(const QVector<ComparisonValue> &values, const QString &key,
                                                    const QString &region, int year)
{
    for (const ComparisonValue &v : values)
        if (v.key == key && v.region == region && v.year == year)
            return v;
    return std::nullopt;
}

bool ComparisonData::parseYears(const QString &text, int *from, int *to)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{4})?\\s*(?:([-–~至])\\s*(\\d{4})?)?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch() || text.trimmed().isEmpty())
        return false;
    *from = m.captured(1).toInt();
    *to = m.captured(2).isEmpty() ? *from : m.captured(3).toInt();
    return !(*from && *to && *from > *to);
}

QByteArray ComparisonData::toCsv(const QVector<ComparisonValue> &values, const QStringList &keys, const QString &language)
{
    CsvWriter w;
    QStringList header{QStringLiteral("region"), QStringLiteral("province"), QStringLiteral("year")};
    const IndicatorCatalogue &cat = IndicatorCatalogue::builtin();
    for (const QString &k : keys) {
        const IndicatorDef *d = cat.indicator(k);
        const QString name = d ? d->name(language) : k;
        header << k << name + QStringLiteral(" unit") << name + QStringLiteral(" approximate")
               << name + QStringLiteral(" verified") << name + QStringLiteral(" report") << name + QStringLiteral(" sentence");
    }
    w.row(header);
    std::map<std::pair<QString, int>, QString> rows; // (region, year) -> province, sorted
    for (const ComparisonValue &v : values)
        rows[{v.region, v.year}] = v.province;
    const ComparisonIndex index(values);
    for (const auto &[ry, province] : rows) {
        QStringList row{ry.first, province, QString::number(ry.second)};
        for (const QString &k : keys) {
            const ComparisonValue *v = index.find(k, ry.first, ry.second);
            if (!v) {
                row << QString() << QString() << QString() << QString() << QString() << QString(); // a gap stays empty
                continue;
            }
            row << QString::number(v->value, 'g', 15) << v->unit << (v->approximate ? QStringLiteral("1") : QStringLiteral("0"))
                << (v->verified ? QStringLiteral("1") : QStringLiteral("0")) << QString::number(v->reportId) << v->sentence;
        }
        w.row(row);
    }
    return w.bytes();
}

} // namespace fz
