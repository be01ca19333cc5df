#include "comparisondata.h"
#include "csvwriter.h"
#include "indicatorcatalogue.h"

#include <QCollator>
#include <QSqlDriver>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <functional>
#include <map>
#include <numeric>
#include <sqlite3.h>

namespace fz {

namespace {

QString slotOf(const QString &key, const QString &region, int year)
{
    return key + u'\x1f' + region + u'\x1f' + QString::number(year);
}

// Where two reports cover the same region and year: an analyst's choice, then a verified value,
// then the newest report.
bool better(const ComparisonValue &a, const ComparisonValue &b)
{
    if (a.chosenByAnalyst != b.chosenByAnalyst) return a.chosenByAnalyst;
    if (a.verified != b.verified) return a.verified;
    return a.reportId > b.reportId;
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

// Texts repeated from row to row (indicator, unit, province, region) decoded once and shared.
class TextCache
{
public:
    QString text(sqlite3_stmt *s, int c)
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, c));
        if (!p)
            return {};
        const int n = sqlite3_column_bytes(s, c);
        const auto it = m_seen.constFind(QByteArray::fromRawData(p, n));
        if (it != m_seen.constEnd())
            return it.value();
        const QString t = QString::fromUtf8(p, n);
        m_seen.insert(QByteArray(p, n), t);
        return t;
    }

private:
    QHash<QByteArray, QString> m_seen;
};

QString columnText(sqlite3_stmt *s, int c)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, c));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(s, c)) : QString();
}

// Runs a query, handing each row's columns to `row` as ComparisonValue fields. SQLite is read
// through its C interface: a chart over 100,000 reports reads 50,000 rows, and Qt's driver
// would turn every column of every row into a QVariant first.
bool readValues(Database &db, const QString &sql, const QVariantList &binds, bool withSources,
                const std::function<void(ComparisonValue &&)> &row, QString *error)
{
    if (sqlite3 *h = db.sqliteHandle()) {
        sqlite3_stmt *s = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(h, text.constData(), int(text.size()), &s, nullptr) != SQLITE_OK) {
            if (error) *error = QString::fromUtf8(sqlite3_errmsg(h));
            return false;
        }
        for (int i = 0; i < binds.size(); ++i) {
            if (binds.at(i).typeId() == QMetaType::Int) {
                sqlite3_bind_int64(s, i + 1, binds.at(i).toLongLong());
            } else {
                const QByteArray b = binds.at(i).toString().toUtf8();
                sqlite3_bind_text(s, i + 1, b.constData(), int(b.size()), SQLITE_TRANSIENT);
            }
        }
        int rc;
        TextCache repeated;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            ComparisonValue v;
            v.key = repeated.text(s, 0);
            v.region = repeated.text(s, 1);
            v.province = repeated.text(s, 2);
            v.year = sqlite3_column_int(s, 3);
            v.value = sqlite3_column_double(s, 4);
            v.unit = repeated.text(s, 5);
            v.approximate = sqlite3_column_int(s, 6) != 0;
            v.verified = sqlite3_column_int(s, 7) != 0;
            v.chosenByAnalyst = sqlite3_column_int(s, 8) != 0;
            v.reportId = sqlite3_column_int64(s, 9);
            v.mentionId = sqlite3_column_int64(s, 10);
            v.start = sqlite3_column_int(s, 11);
            v.end = sqlite3_column_int(s, 12);
            if (withSources) {
                v.sentence = columnText(s, 13);
                v.title = columnText(s, 14);
            }
            row(std::move(v));
        }
        if (rc != SQLITE_DONE && error)
            *error = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(s);
        return rc == SQLITE_DONE;
    }
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        if (error) *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        ComparisonValue v;
        v.key = q.value(0).toString();
        v.region = q.value(1).toString();
        v.province = q.value(2).toString();
        v.year = q.value(3).toInt();
        v.value = q.value(4).toDouble();
        v.unit = q.value(5).toString();
        v.approximate = q.value(6).toInt() != 0;
        v.verified = q.value(7).toInt() != 0;
        v.chosenByAnalyst = q.value(8).toInt() != 0;
        v.reportId = q.value(9).toLongLong();
        v.mentionId = q.value(10).toLongLong();
        v.start = q.value(11).toInt();
        v.end = q.value(12).toInt();
        if (withSources) {
            v.sentence = q.value(13).toString();
            v.title = q.value(14).toString();
        }
        row(std::move(v));
    }
    return true;
}

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
    // name, no string building. The numbers then order the result without comparing strings.
    const bool oneKey = cq.keys.size() == 1;
    QHash<QString, int> regionIds;
    QStringList regionNames;
    QVector<int> firstOf;               // region -> its latest value in out, or -1
    QVector<int> regionOf, keyOf, next; // per value in out: region, indicator, the region's previous value
    auto keep = [&](ComparisonValue &&v) {
        auto r = regionIds.constFind(v.region);
        if (r == regionIds.constEnd()) {
            r = regionIds.insert(v.region, int(regionNames.size()));
            regionNames << v.region;
            firstOf.append(-1);
        }
        v.region = r.key(); // one shared copy of each name
        if (oneKey)
            v.key = cq.keys.first();
        const int region = r.value();
        const int key = oneKey ? 0 : int(cq.keys.indexOf(v.key));
        for (int i = firstOf.at(region); i >= 0; i = next.at(i)) {
            if (keyOf.at(i) == key && out.at(i).year == v.year) {
                if (better(v, out.at(i)))
                    out[i] = std::move(v);
                return;
            }
        }
        next.append(firstOf.at(region));
        firstOf[region] = int(out.size());
        regionOf.append(region);
        keyOf.append(key);
        out.append(std::move(v));
    };
    // With one indicator its name is known: not read from every row.
    const QString sql = sqlFor(oneKey ? QStringLiteral("NULL") : QStringLiteral("m.key"));
    if (!readValues(db, sql, binds, cq.withSources, keep, error))
        return {};
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
