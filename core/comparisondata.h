#pragma once
// The numbers behind every comparison: one value per indicator, region and year, taken from the
// report's headline (or the mention an analyst chose). A missing value is absent, never zero.
// Each value keeps where it came from: the report, the mention and its sentence.
#include "database.h"

#include <QString>
#include <QHash>
#include <QStringList>
#include <QVector>
#include <optional>

namespace fz {

struct ComparisonQuery {
    QStringList keys;          // indicators; at least one
    QStringList regions;       // by name; empty: all that match the filters below
    QString province;          // all reports of a province …
    QString city;              // … or of a prefecture city
    QString level;             // province, city, district, street, department
    int yearFrom = 0;
    int yearTo = 0;
    // The sentence and report title of every value. Charts of thousands of regions leave them
    // out and ask for one value's source when it is shown (source()) or exported (addSources()).
    bool withSources = true;
};

struct ComparisonValue {
    QString key;
    QString region;
    QString province;
    int year = 0;
    double value = 0;
    QString unit;
    bool approximate = false;
    bool verified = false;
    bool chosenByAnalyst = false;
    qint64 reportId = 0;
    qint64 mentionId = 0;
    int start = 0;             // code points of the stated value in the report
    int end = 0;
    QString sentence;
    QString title;
};
} // namespace fz
Q_DECLARE_TYPEINFO(fz::ComparisonValue, Q_RELOCATABLE_TYPE); // strings and numbers: moved as bytes
namespace fz {

// Values by indicator, region and year, for drawing and tables: one hash look-up each.
class ComparisonIndex
{
public:
    explicit ComparisonIndex(const QVector<ComparisonValue> &values);
    const ComparisonValue *find(const QString &key, const QString &region, int year) const;

private:
    QVector<ComparisonValue> m_values; // shared, not copied
    QHash<QString, int> m_at;
};

class ComparisonData
{
public:
    // Runs the query; *error is set and an empty list returned on a database error.
    static QVector<ComparisonValue> query(Database &db, const ComparisonQuery &q, QString *error = nullptr);

    // Fills in sentence and title where they are missing (values queried without sources).
    static bool addSources(Database &db, QVector<ComparisonValue> &values, QString *error = nullptr);
    // One value with its sentence and title.
    static ComparisonValue source(Database &db, const ComparisonValue &value);

    // The regions present, ordered by name.
    static QStringList regions(const QVector<ComparisonValue> &values);
    static QVector<int> years(const QVector<ComparisonValue> &values);
    static std::optional<ComparisonValue> find(const QVector<ComparisonValue> &values, const QString &key,
                                               const QString &region, int year);

    // Parses "2016-2023", "2020", "2016-" into a range; false when malformed.
    static bool parseYears(const QString &text, int *from, int *to);

    // The table a chart draws, as CSV (UTF-8 with BOM): region, year, then one column per key
    // (value, unit, approximate, verified, report, sentence).
    static QByteArray toCsv(const QVector<ComparisonValue> &values, const QStringList &keys, const QString &language);
};

} // namespace fz
