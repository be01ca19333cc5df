#include "comparisondata.h"
#include "csvwriter.h"
#include "indicatorcatalogue.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <map>

namespace fz {

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
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    // Where two reports cover the same region and year, an analyst's choice, then a verified
    // value, then the newest report wins.
    q.prepare(QStringLiteral(
        "SELECT m.key, r.region, r.province, r.year, m.value, m.unit, m.approximate, m.verified, m.headline_manual, "
        "r.id, m.id, m.start_pos, m.end_pos, m.sentence, r.title "
        "FROM mentions m JOIN reports r ON r.id = m.report_id WHERE %1 "
        "ORDER BY m.key, r.region, r.year, m.headline_manual DESC, m.verified DESC, r.id DESC").arg(where.join(QLatin1String(" AND "))));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        if (error) *error = q.lastError().text();
        return out;
    }
    QSet<QString> seen;
    while (q.next()) {
        ComparisonValue v;
        v.key = q.value(0).toString();
        v.region = q.value(1).toString();
        v.province = q.value(2).toString();
        v.year = q.value(3).toInt();
        const QString id = v.key + u'\x1f' + v.region + u'\x1f' + QString::number(v.year);
        if (seen.contains(id))
            continue;
        seen.insert(id);
        v.value = q.value(4).toDouble();
        v.unit = q.value(5).toString();
        v.approximate = q.value(6).toBool();
        v.verified = q.value(7).toBool();
        v.chosenByAnalyst = q.value(8).toBool();
        v.reportId = q.value(9).toLongLong();
        v.mentionId = q.value(10).toLongLong();
        v.start = q.value(11).toInt();
        v.end = q.value(12).toInt();
        v.sentence = q.value(13).toString();
        v.title = q.value(14).toString();
        out.append(v);
    }
    return out;
}

QStringList ComparisonData::regions(const QVector<ComparisonValue> &values)
{
    QStringList out;
    for (const ComparisonValue &v : values)
        if (!out.contains(v.region))
            out << v.region;
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return out;
}

QVector<int> ComparisonData::years(const QVector<ComparisonValue> &values)
{
    QVector<int> out;
    for (const ComparisonValue &v : values)
        if (!out.contains(v.year))
            out << v.year;
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
    for (const auto &[ry, province] : rows) {
        QStringList row{ry.first, province, QString::number(ry.second)};
        for (const QString &k : keys) {
            const std::optional<ComparisonValue> v = find(values, k, ry.first, ry.second);
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
