#pragma once
// Charts of comparison values (Qt Charts): bars across regions for one year (sorted, the value on
// each bar), grouped bars regions × years, lines over years per region. A missing value is a gap
// (no bar, a break in the line, "no data" where a bar would be), never a zero; approximate values
// are marked; money is shown in 元, 万元 or 亿元 as fits. Every drawn value links back to its
// report and sentence.
#include "comparisondata.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QtCharts/QChart>

namespace fz {

enum class ChartKind { Bar, Grouped, Line };

struct ChartSpec {
    QString key;             // one indicator per chart
    ChartKind kind = ChartKind::Bar;
    int year = 0;            // for Bar: the year shown (0: the latest with data)
    QStringList regions;     // the regions asked for (those without a value become gaps)
    QVector<int> years;      // the years asked for (Grouped, Line)
    QString title;           // default: the indicator's name
};

// What a bar or point stands for, for tooltips and clicks.
class ChartLinks : public QObject
{
    Q_OBJECT
public:
    explicit ChartLinks(QObject *parent = nullptr) : QObject(parent) {}
    void add(QObject *series, int index, const ComparisonValue &v) { m_links[series].insert(index, v); }
    const ComparisonValue *at(QObject *series, int index) const;
    // The unit the axis shows (万元 …) and the divisor applied.
    QString axisUnit;
    double divisor = 1;
    int gaps = 0;            // values asked for but missing
    int drawn = 0;           // values drawn

Q_SIGNALS:
    void hovered(const fz::ComparisonValue &value, bool entered);
    void clicked(const fz::ComparisonValue &value);

private:
    QHash<QObject *, QHash<int, ComparisonValue>> m_links;
};

class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fz::ChartBuilder)
public:
    // Builds a chart for one indicator; links receives what each bar or point stands for.
    static QChart *build(const QVector<ComparisonValue> &values, const ChartSpec &spec, ChartLinks *links);
    // The tooltip text of a value: region, year, value with unit, source sentence.
    static QString describe(const ComparisonValue &v);
    // Charts of a whole country draw the largest regions only: at most this many bars, or
    // lines/groups, when the regions were not chosen one by one.
    static constexpr int kMaxBars = 40, kMaxLines = 12;
    // The regions ordered by their value of `key` in `year`, largest first; those without a
    // value last, in the order given.
    static QStringList largestFirst(const ComparisonIndex &index, const QStringList &regions, const QString &key, int year);
    static QString kindName(ChartKind kind);
    static bool parseKind(const QString &name, ChartKind *kind);
};

} // namespace fz
